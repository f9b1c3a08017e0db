// Where the map region and the panel sit in each layout (the drawn map and the live map both fill
// the region above its caption). A phone held sideways keeps a map at least 240 px tall (the
// region's 17rem, less a caption of up to two lines): a wider, shorter box would show more than the
// drawn map's basemap covers.
export const MAP_AREA = {
  site: {
    // Side by side from 1024 px: narrower, a tablet's map would be a tall strip, taller than the
    // whole world at the scale that fits the six across (MapLibre cannot show that; decision 009).
    region: "relative h-[46vh] min-h-[17rem] shrink-0 lg:h-auto lg:flex-1",
    panel: "lg:w-[30rem]",
  },
  embed: {
    region: "relative h-[300px] shrink-0 sm:h-full sm:flex-1",
    panel: "sm:w-[22rem]",
  },
} as const;
