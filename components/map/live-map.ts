// Getting the live map ready before the reader asks for it, without running it. A few lines with no
// MapLibre in them: everything a page loads before the reader asks for the map (decision 009). The
// request itself is an event (lib/page-state.ts `liveMapRequest`, with the gesture, an `Intent`),
// sent by the map drawn on the server (each page's, which hears the gesture) and heard by the map
// island (the layout's, which starts MapLibre).
import { BASEMAP_URL, MAPLIBRE_WORKER_URL } from "@/generated/assets";

// Whether the prefetch has been made: once a page (a guard on a side effect, shared with no one).
let prefetched = false;
/**
 * On a desktop pointer hovering the map: download the live map's data files (the basemap and
 * MapLibre's worker) into the HTTP cache, without running anything.
 */
export function prefetchLiveMap(): void {
  if (prefetched) return;
  prefetched = true;
  for (const url of [BASEMAP_URL, MAPLIBRE_WORKER_URL]) {
    void fetch(url, { priority: "low" } as RequestInit).catch(() => undefined);
  }
}
