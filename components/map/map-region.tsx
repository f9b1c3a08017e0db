import { useTranslations } from "next-intl";
import { type ReactNode, Suspense } from "react";
import { MAP_AREA } from "@/components/map/map-area";
import { MapIsland, MapNotes } from "@/components/map/map-island";
import type { Locale } from "@/lib/contract";
import { centerPins } from "@/lib/pins";
import { useCenters } from "@/lib/use-centers";

/**
 * The map's region in a layout: the view's map drawn on the server (the `@map` slot), the live
 * map's island over it (mounted once, so it survives navigation; invisible until the reader has
 * asked for it and it has drawn), and the notes over both (decision 009).
 */
export function MapRegion({
  locale,
  embedded = false,
  children,
}: {
  locale: Locale;
  embedded?: boolean;
  /** The view's map drawn on the server (the layout's `@map` slot). */
  children: ReactNode;
}) {
  const t = useTranslations("map");
  const pins = centerPins(useCenters(), locale);
  return (
    <section aria-label={t("regionLabel")} className={MAP_AREA[embedded ? "embed" : "site"].region}>
      {children}
      <Suspense fallback={<div className="bg-water h-full w-full" data-testid="map-placeholder" />}>
        <MapIsland pins={pins} embedded={embedded} />
      </Suspense>
      <MapNotes />
    </section>
  );
}
