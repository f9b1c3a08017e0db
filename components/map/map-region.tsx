import { Suspense } from "react";
import { MapIsland } from "@/components/map/map-island";
import { StaticMap } from "@/components/map/static-map";
import { centers } from "@/lib/centers";
import { centerPins } from "@/lib/pins";
import { centerPath } from "@/lib/routes";

/**
 * The map's region on a page: the live map island (client), and for readers without
 * JavaScript the same six centres on a static map, each a link.
 */
export function MapRegion({ className, embedded = false }: { className: string; embedded?: boolean }) {
  const pins = centerPins();
  return (
    <section aria-label="Map of the six Japan Centers" className={className}>
      <Suspense fallback={<div className="bg-water h-full w-full" data-testid="map-placeholder" />}>
        <MapIsland pins={pins} range={centers.asofRange} embedded={embedded} />
      </Suspense>
      <noscript>
        <div className="bg-water absolute inset-0 z-20">
          <StaticMap
            pins={pins}
            date={centers.asofRange.max}
            selected={null}
            hrefFor={(slug) => centerPath(slug, embedded)}
          />
        </div>
      </noscript>
    </section>
  );
}
