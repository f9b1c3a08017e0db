// Where the map sits in each layout. The layout's map region (the live map, which must survive
// navigation) and the page's map overlay (the static layer, drawn for the page's own view) take
// the same box: the overlay is absolutely positioned over the region, so both class lists change
// together here.
export const MAP_AREA = {
  site: {
    region: "relative h-[46vh] shrink-0 md:h-auto md:flex-1",
    overlay: "absolute inset-x-0 top-0 h-[46vh] md:inset-y-0 md:right-[26rem] md:h-auto lg:right-[30rem]",
    panel: "md:w-[26rem] lg:w-[30rem]",
  },
  embed: {
    region: "relative h-[300px] shrink-0 sm:h-full sm:flex-1",
    // With ?panel=0 the map takes the whole width (app/globals.css).
    overlay: "absolute inset-x-0 top-0 h-[300px] sm:inset-y-0 sm:right-[22rem] sm:h-auto",
    panel: "sm:w-[22rem]",
  },
} as const;
