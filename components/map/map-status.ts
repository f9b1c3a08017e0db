/** The live map's state: starting, drawn (MapLibre's `idle`), or unable to run (the static map shows). */
export type MapStatus = "loading" | "ready" | "error";
