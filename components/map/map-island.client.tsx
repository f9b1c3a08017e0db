"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { MapProblem, MapStatus } from "@/components/map/map-status";
import { useTranslations } from "@/lib/client/i18n";
import { useFlag } from "@/lib/client/use-flag";
import { useView } from "@/lib/client/use-view";
import { type Intent, on, setFlag } from "@/lib/page-state";
import type { CenterPin } from "@/lib/server/centers";
import { statusAt } from "@/lib/status";

// The live map (MapLibre, about 450 KB gzipped with its worker and the basemap) starts only when
// the reader asks for it: a pan or zoom on the map drawn on the server, a zoom button, keyboard
// focus on the map's pan and zoom surface, "Explore the map", or an address that carries a camera
// (`#map=`). Never on a timer, on idle, or because the device looks fast (decision 009). Until
// then the page's own map, drawn on the server, is the map.
let mapModule: Promise<typeof import("@/components/map/centers-map.client")> | undefined;
function loadMap() {
  mapModule ??= import("@/components/map/centers-map.client");
  return mapModule;
}

type CentersMapComponent = typeof import("@/components/map/centers-map.client").CentersMap;

/** Whether the address names a camera (`#map=zoom/lat/lon`): then the live map is what the reader linked to. */
const hashHasCamera = () => typeof window !== "undefined" && /^#map=/.test(window.location.hash);

/**
 * The live map's island, mounted once in the layout so it survives navigation between the views;
 * the view (centre, date) comes from the address. It lies over the map drawn on the server and
 * stays invisible until MapLibre has drawn the same view, then takes its place: "ready" sets the
 * `liveMap` flag on <html> (lib/page-state.ts), which hides the drawn map (app/globals.css). No
 * WebGL, or MapLibre failing, leaves the drawn map as the map, with a notice.
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
  const [status, setStatusState] = useState<MapStatus | "idle">("idle");
  // What the map region says (MapNotes, which sits outside the island, over the drawn map): the
  // `liveMapError` flag, which MapNotes hears through lib/page-state.ts.
  const setStatus = useCallback((next: MapStatus, problem?: MapProblem) => {
    setStatusState(next);
    if (problem || next === "error") setFlag("liveMapError", problem ?? "webgl");
  }, []);
  const [CentersMap, setCentersMap] = useState<CentersMapComponent | null>(null);
  // Gestures made before the live map was ready, done again on it in order.
  const intents = useRef<Intent[]>([]);
  const [pending, setPending] = useState(0);

  const start = useCallback(() => {
    setStatusState((s) => (s === "idle" ? "loading" : s));
    loadMap().then(
      (m) => setCentersMap(() => m.CentersMap),
      (error: unknown) => {
        console.error("the map could not be loaded", error);
        setStatus("error", "webgl");
      },
    );
  }, [setStatus]);

  useEffect(() => {
    const off = on("liveMapRequest", (intent) => {
      if (intent.kind !== "explore") {
        intents.current.push(intent);
        setPending((n) => n + 1);
      }
      start();
    });
    if (hashHasCamera()) start();
    return off;
  }, [start]);

  // The drawn map steps aside once the live one has drawn (and comes back if it fails). Keyboard
  // focus on it moves to the same control of the live map: its canvas, a zoom button, a marker.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (status !== "ready" || !(active instanceof HTMLElement) || !active.closest("[data-server-map]")) return;
    const live = box.current;
    const zoom = active.dataset.zoom;
    const marker = active.dataset.marker;
    const target = zoom
      ? live?.querySelector<HTMLElement>(`.maplibregl-ctrl-zoom-${zoom}`)
      : marker
        ? live?.querySelector<HTMLElement>(`[data-marker="${marker}"]`)
        : live?.querySelector<HTMLElement>(".maplibregl-canvas");
    target?.focus();
  }, [status]);
  useEffect(() => {
    setFlag("liveMap", status === "ready" ? "ready" : null);
    return () => setFlag("liveMap", null);
  }, [status]);

  const takeIntents = useCallback(() => intents.current.splice(0), []);

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

  const live = status === "ready";
  return (
    <>
      <div
        ref={box}
        className={`absolute inset-0 z-30 ${live ? "" : "pointer-events-none invisible"}`}
        data-testid="map"
        data-map-ready={live ? "true" : "false"}
        data-map-status={status}
        data-selected={selected ?? ""}
        data-asof={asof.date}
      >
        {CentersMap && status !== "error" ? (
          <CentersMap
            pins={pins}
            selected={selected}
            asof={asof}
            embedded={embedded}
            onStatus={setStatus}
            takeIntents={takeIntents}
            pendingIntents={pending}
          />
        ) : null}
      </div>
      {/* Outside the live map's box, which is hidden until it runs: heard with either map. */}
      <p aria-live="polite" className="sr-only" data-testid="map-announcer">
        {announcement}
      </p>
    </>
  );
}

/**
 * What the map region says over whichever map is shown when the live map could not start. Outside
 * the island's box, so it shows over the drawn map; it hears the island's `liveMapError` flag
 * through lib/page-state.ts. (Where the markers stand is the region's caption, under the map:
 * components/map/map-region.tsx.)
 */
export function MapNotes() {
  const t = useTranslations("map");
  const problem = useFlag("liveMapError");
  return (
    <>
      {problem === "webgl" ? (
        <p
          role="status"
          data-map-note
          className="bg-paper/95 absolute inset-x-2 top-2 z-40 me-12 rounded p-2 text-sm shadow"
        >
          {t("webglError")}
        </p>
      ) : null}
      {problem === "basemap" ? (
        <p
          role="status"
          data-map-note
          data-testid="basemap-missing"
          className="bg-paper/95 absolute inset-x-2 top-2 z-40 me-12 rounded p-2 text-sm shadow"
        >
          {t("basemapMissing")}
        </p>
      ) : null}
    </>
  );
}
