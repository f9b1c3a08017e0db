import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { MAP_AREA } from "@/components/map/map-area";
import { MapIsland, MapNotes } from "@/components/map/map-island";
import type { Locale } from "@/lib/contract";
import { centerPins } from "@/lib/pins";
import { useCenters } from "@/lib/use-centers";

/**
 * The map's region in a layout: the live map's island, mounted once so it survives navigation,
 * and the notes over the map. Each page draws its own map over the region (MapOverlay, drawn on
 * the server), which is the map until the reader asks for the live one (decision 009).
 */
export function MapRegion({ locale, embedded = false }: { locale: Locale; embedded?: boolean }) {
  const t = useTranslations("map");
  const pins = centerPins(useCenters(), locale);
  return (
    <section aria-label={t("regionLabel")} className={MAP_AREA[embedded ? "embed" : "site"].region}>
      <Suspense fallback={<div className="bg-water h-full w-full" data-testid="map-placeholder" />}>
        <MapIsland pins={pins} embedded={embedded} />
      </Suspense>
      <MapNotes />
    </section>
  );
}
