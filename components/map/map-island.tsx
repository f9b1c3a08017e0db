"use client";

import dynamic from "next/dynamic";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { StaticMap } from "@/components/map/static-map";
import { isLocale } from "@/i18n/routing";
import { type AsofRange, asofQuery, parseAsof } from "@/lib/asof";
import type { CenterPin } from "@/lib/centers";
import { useLocale, useTranslations } from "@/lib/i18n-client";
import { centerPath, centerSlugFromPath, publicPath } from "@/lib/routes";
import { statusAt } from "@/lib/status-core";

export type MapStatus = "loading" | "ready" | "error";

// MapLibre (about 300 KB gzipped) is a separate chunk, fetched after the page has painted.
// (Waiting for the load event and an idle moment was measured: no less blocking time, a later
// map; see docs/performance.md.)
const CentersMap = dynamic(() => import("@/components/map/centers-map").then((m) => m.CentersMap), {
  ssr: false,
  loading: () => null,
});

/**
 * The map's client island. Mounted once in the (map) layout so it survives navigation
 * between the overview and the centre pages; the selected centre comes from the URL.
 */
export function MapIsland({
  pins,
  range,
  embedded = false,
}: {
  pins: CenterPin[];
  range: AsofRange;
  /** The chrome-less /embed variant: links stay in /embed, gestures are cooperative in an iframe. */
  embedded?: boolean;
}) {
  const t = useTranslations("map");
  const tStatus = useTranslations("status");
  const current = useLocale();
  const locale = isLocale(current) ? current : "en";
  const pathname = publicPath(usePathname());
  const searchParams = useSearchParams();
  const asof = parseAsof(searchParams.get("asof"), range);
  const selected = centerSlugFromPath(
    pathname,
    pins.map((p) => p.slug),
  );
  // "error": no WebGL (disabled, blocklisted, very old device) or MapLibre failed to start; the
  // static map takes the canvas's place.
  const [status, setStatus] = useState<MapStatus>("loading");
  const [basemapMissing, setBasemapMissing] = useState(false);
  const onBasemapMissing = useCallback(() => setBasemapMissing(true), []);
  // Screen readers hear which centre is shown when it changes (not on the first render).
  const [announcement, setAnnouncement] = useState("");
  const previous = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (previous.current !== undefined && previous.current !== selected) {
      const pin = pins.find((p) => p.slug === selected);
      setAnnouncement(
        pin
          ? t("announceSelected", { name: pin.name, status: tStatus(statusAt(pin.transitions, asof.date)) })
          : t("announceOverview"),
      );
    }
    previous.current = selected;
  }, [selected, pins, asof.date, t, tStatus]);

  return (
    <div
      className="bg-water relative h-full w-full overflow-hidden"
      data-testid="map"
      data-map-ready={status === "ready" ? "true" : "false"}
      data-map-status={status}
      data-selected={selected ?? ""}
      data-asof={asof.date}
    >
      {status === "error" ? (
        <StaticMap
          pins={pins}
          date={asof.date}
          selected={selected}
          hrefs={Object.fromEntries(
            pins.map((p) => [
              p.slug,
              `${centerPath(p.slug, embedded, locale)}${embedded ? (searchParams.toString() ? `?${searchParams}` : "") : asofQuery(asof)}`,
            ]),
          )}
        />
      ) : (
        <CentersMap
          pins={pins}
          selected={selected}
          asof={asof}
          embedded={embedded}
          search={searchParams.toString()}
          onStatus={setStatus}
          onBasemapMissing={onBasemapMissing}
        />
      )}
      {status === "loading" ? (
        <p className="text-muted pointer-events-none absolute inset-0 flex items-center justify-center text-sm">
          {t("loading")}
        </p>
      ) : null}
      {basemapMissing && status !== "error" ? (
        <p
          role="status"
          data-testid="basemap-missing"
          className="bg-paper/95 absolute inset-x-2 top-2 z-10 me-12 rounded p-2 text-sm shadow"
        >
          {t("basemapMissing")}
        </p>
      ) : null}
      {status === "error" ? (
        <p role="status" className="bg-paper/95 absolute inset-x-2 top-2 rounded p-2 text-sm shadow">
          {t("webglError")}
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only" data-testid="map-announcer">
        {announcement}
      </p>
      <p className="text-muted bg-paper/90 pointer-events-none absolute bottom-2 left-2 z-10 max-w-[calc(100%-4rem)] rounded px-1.5 py-0.5 text-[0.7rem]">
        {t("note")}
      </p>
    </div>
  );
}
