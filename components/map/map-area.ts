// Where the map sits in each layout. The layout's map region (the live map, which must survive
// navigation) and the page's map overlay (the static layer, drawn for the page's own view) take
// the same box: the overlay is absolutely positioned over the region, so both class lists change
// together here.
export const MAP_AREA = {
  site: {
    // Side by side from 1024 px: narrower, a tablet's map would be a tall strip, taller than the
    // whole world at the scale that fits the six across (MapLibre cannot show that; decision 009).
    region: "relative h-[46vh] shrink-0 lg:h-auto lg:flex-1",
    overlay: "absolute inset-x-0 top-0 h-[46vh] lg:inset-y-0 lg:right-[30rem] lg:h-auto",
    panel: "lg:w-[30rem]",
  },
  embed: {
    region: "relative h-[300px] shrink-0 sm:h-full sm:flex-1",
    // With ?panel=0 the map takes the whole width (app/globals.css).
    overlay: "absolute inset-x-0 top-0 h-[300px] sm:inset-y-0 sm:right-[22rem] sm:h-auto",
    panel: "sm:w-[22rem]",
  },
} as const;
