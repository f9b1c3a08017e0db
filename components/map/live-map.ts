// The reader's request for the live map, between the map drawn on the server (each page's, which
// hears the gesture) and the map island (the layout's, which starts MapLibre). A few lines with no
// MapLibre in them: everything a page loads before the reader asks for the map (decision 009).
import { BASEMAP_URL, MAPLIBRE_WORKER_URL } from "@/components/map/assets.generated";

/**
 * What the reader did that asks for the live map; it is done again on the live map once it is
 * ready, so the gesture that started it is not lost.
 */
export type Intent =
  | { kind: "explore" }
  | { kind: "zoom"; delta: number; at?: [number, number] }
  | { kind: "pan"; dx: number; dy: number }
  | { kind: "key"; key: string };

type Listener = (intent: Intent) => void;
const listeners = new Set<Listener>();
/** Intents made before the island listens (it may hydrate after the drawn map): handed over when it does. */
const early: Intent[] = [];

/** Asks for the live map (the first call starts it; later calls are gestures to do on it). */
export function requestLiveMap(intent: Intent): void {
  if (listeners.size === 0) early.push(intent);
  for (const l of listeners) l(intent);
}

/** Hears requests, starting with any made before; returns the unsubscribe. */
export function onLiveMapRequest(listener: Listener): () => void {
  listeners.add(listener);
  for (const intent of early.splice(0)) listener(intent);
  return () => listeners.delete(listener);
}

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
