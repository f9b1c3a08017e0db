import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { MapIsland } from "@/components/map/map-island";
import { StaticMap } from "@/components/map/static-map";
import { centers } from "@/lib/centers";
import { centerPins } from "@/lib/pins";
import { centerPath } from "@/lib/routes";
import { usePageLocale } from "@/lib/use-centers";

/**
 * The map's region on a page: the live map island (client), and for readers without
 * JavaScript the same six centres on a static map, each a link.
 */
export function MapRegion({ className, embedded = false }: { className: string; embedded?: boolean }) {
  const locale = usePageLocale();
  const t = useTranslations("map");
  const pins = centerPins(locale);
  return (
    <section aria-label={t("regionLabel")} className={className}>
      <Suspense fallback={<div className="bg-water h-full w-full" data-testid="map-placeholder" />}>
        <MapIsland pins={pins} range={centers.asofRange} embedded={embedded} />
      </Suspense>
      <noscript>
        <div className="bg-water absolute inset-0 z-20">
          <StaticMap
            pins={pins}
            date={centers.asofRange.max}
            selected={null}
            hrefs={Object.fromEntries(pins.map((p) => [p.slug, centerPath(p.slug, embedded, locale)]))}
          />
        </div>
      </noscript>
    </section>
  );
}
