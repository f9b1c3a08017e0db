import type { FlagValue } from "@/lib/page-state";

/** The live map's state: starting, drawn (MapLibre's `idle`), or unable to run (the drawn map stays). */
export type MapStatus = "loading" | "ready" | "error";

/**
 * What the map region tells the reader: the live map cannot run here, or it runs without its
 * basemap. The values of the `liveMapError` flag on <html> (lib/page-state.ts).
 */
export type MapProblem = FlagValue<"liveMapError">;
