import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { MAP_AREA } from "@/components/map/map-area";
import { MapIsland, MapNotes } from "@/components/map/map-island.client";
import type { Locale } from "@/lib/contract";
import { centerPins } from "@/lib/server/pins";
import { useCenters } from "@/lib/server/use-centers";

/**
 * The map's region in a layout: the view's map drawn on the server (the `@map` slot), the live
 * map's island over it (mounted once, so it survives navigation; invisible until the reader has
 * asked for it and it has drawn), the notes over both (decision 009), and under them the caption
 * saying where the markers stand.
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
  const centers = useCenters();
  const pins = centerPins(centers, locale);
  return (
    <section
      aria-label={t("regionLabel", { count: centers.cities().length })}
      className={`flex flex-col ${MAP_AREA[embedded ? "embed" : "site"].region}`}
    >
      <div className="relative min-h-0 flex-1">
        {children}
        <MapIsland pins={pins} embedded={embedded} />
        <MapNotes />
      </div>
      {/* A caption under the map, not over it: no label or marker can be under it (issue 25). */}
      <p data-map-note className="text-muted bg-surface border-line border-t px-2 py-0.5 text-[0.7rem] leading-snug">
        {t("note")}
      </p>
    </section>
  );
}
