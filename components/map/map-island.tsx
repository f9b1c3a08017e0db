"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { BASEMAP_URL } from "@/components/map/assets.generated";
import type { MapStatus } from "@/components/map/map-status";
import { StaticMap } from "@/components/map/static-map";
import { asofParam } from "@/lib/asof";
import type { CenterPin } from "@/lib/centers";
import { contract } from "@/lib/contract";
import { useTranslations } from "@/lib/i18n-client";
import { MAP_STYLE_URL } from "@/lib/site";
import { statusAt } from "@/lib/status";
import { useView } from "@/lib/use-view";

// MapLibre (about 300 KB gzipped) is a separate chunk, fetched once the island has rendered,
// after the page has painted. Three downloads start together: the map component, MapLibre (left
// to react-map-gl, it would only be asked for once the component had run) and the basemap
// (MapLibre's worker would ask for it only after MapLibre had started). The basemap is read as
// bytes, not parsed, so the main thread does no work on it; the worker's own request is answered
// by the HTTP cache (the file is content-hashed and immutable).
// Not next/dynamic: that is React.lazy under a Suspense boundary, and React holds back the reveal
// of a boundary that has shown its fallback (up to 300 ms), which delayed the map by about that.
// Measured effects of each choice: docs/performance.md.
let mapModule: Promise<typeof import("@/components/map/centers-map")> | undefined;
function loadMap() {
  if (!mapModule) {
    void import("maplibre-gl");
    if (!MAP_STYLE_URL) {
      void fetch(BASEMAP_URL)
        .then((r) => r.arrayBuffer())
        .catch(() => undefined);
    }
    mapModule = import("@/components/map/centers-map");
  }
  return mapModule;
}

type CentersMapComponent = typeof import("@/components/map/centers-map").CentersMap;

/** The live map's component once its chunk has loaded; a chunk that fails to load is a dead map. */
function useMapComponent(setStatus: (status: MapStatus) => void): CentersMapComponent | null {
  const [component, setComponent] = useState<CentersMapComponent | null>(null);
  useEffect(() => {
    let live = true;
    loadMap().then(
      (m) => live && setComponent(() => m.CentersMap),
      (error: unknown) => {
        console.error("the map could not be loaded", error);
        if (live) setStatus("error");
      },
    );
    return () => {
      live = false;
    };
  }, [setStatus]);
  return component;
}

/**
 * The map's client island. Mounted once in the (map) layout so it survives navigation
 * between the overview and the centre pages; the selected centre comes from the URL.
 */
export function MapIsland({
  pins,
  embedded = false,
}: {
  pins: CenterPin[];
  /** The chrome-less /embed variant: links stay in /embed, gestures are cooperative in an iframe. */
  embedded?: boolean;
}) {
  const t = useTranslations("map");
  const tStatus = useTranslations("status");
  const { view, asof } = useView();
  const selected = view.slug;
  // Links from the map keep the language, the embed's options and the date shown.
  const here = { ...view, embedded, asof: asofParam(asof) };
  // "error": no WebGL (disabled, blocklisted, very old device) or MapLibre failed to start; the
  // static map takes the canvas's place.
  const [status, setStatus] = useState<MapStatus>("loading");
  const CentersMap = useMapComponent(setStatus);
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
          hrefs={Object.fromEntries(pins.map((p) => [p.slug, contract.link(here, { page: "centre", slug: p.slug })]))}
        />
      ) : CentersMap ? (
        <CentersMap
          pins={pins}
          selected={selected}
          asof={asof}
          embedded={embedded}
          onStatus={setStatus}
          onBasemapMissing={onBasemapMissing}
        />
      ) : null}
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
