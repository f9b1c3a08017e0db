import { MAP_AREA } from "@/components/map/map-area";
import { ServerMap } from "@/components/map/server-map";
import type { Asof } from "@/lib/asof";
import type { View } from "@/lib/contract";
import { centerPins } from "@/lib/pins";
import { useCenters } from "@/lib/use-centers";

/**
 * The page's layer of the map: the map drawn on the server for this page's view (its frame, date
 * and centre), complete without any script. It lies over the layout's map region (MAP_AREA); the
 * live map, which the layout keeps across pages, covers it once the reader has asked for it and it
 * has drawn (decision 009).
 */
export function MapOverlay({ view, asof }: { view: View; asof: Asof }) {
  const pins = centerPins(useCenters(), view.locale);
  return (
    <div data-map-overlay className={`${MAP_AREA[view.embedded ? "embed" : "site"].overlay} z-20`}>
      <ServerMap view={view} asof={asof} pins={pins} />
    </div>
  );
}
