import { MAP_AREA } from "@/components/map/map-area";
import { StaticMap } from "@/components/map/static-map";
import { type Asof, asofParam } from "@/lib/asof";
import { contract, type View } from "@/lib/contract";
import { centerPins } from "@/lib/pins";
import { useCenters } from "@/lib/use-centers";

/**
 * The page's layer of the map: drawn on the server for this page's view (its date and centre),
 * so a reader without JavaScript sees the markers in the state the panel describes. It lies over
 * the layout's map region (MAP_AREA); with JavaScript the live map (in the layout) is the map.
 */
export function MapOverlay({ view, asof }: { view: View; asof: Asof }) {
  const centers = useCenters();
  const pins = centerPins(centers, view.locale);
  const here = { ...view, asof: asofParam(asof) };
  return (
    <div data-map-overlay className={`${MAP_AREA[view.embedded ? "embed" : "site"].overlay} pointer-events-none z-20`}>
      <noscript>
        <div className="bg-water pointer-events-auto absolute inset-0" data-testid="static-map-noscript">
          <StaticMap
            pins={pins}
            date={asof.date}
            selected={view.slug}
            hrefs={Object.fromEntries(pins.map((p) => [p.slug, contract.link(here, { page: "centre", slug: p.slug })]))}
          />
        </div>
      </noscript>
    </div>
  );
}
