"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import type { LngLatBoundsLike } from "maplibre-gl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import MapGL, { type MapRef, Marker, NavigationControl, Popup } from "react-map-gl/maplibre";
import { BASEMAP_BBOX, BASEMAP_URL, MAPLIBRE_WORKER_URL } from "@/components/map/assets.generated";
import type { MapStatus } from "@/components/map/map-status";
import { embeddedStyle, palette, type Theme } from "@/components/map/map-style";
import { STATUS_STYLE } from "@/components/map/status-style";
import { type Asof, asofParam } from "@/lib/asof";
import type { CenterPin } from "@/lib/centers";
import { contract, type Slug } from "@/lib/contract";
import { useTranslations } from "@/lib/i18n-client";
import { MAP_STYLE_URL } from "@/lib/site";
import { statusAt } from "@/lib/status";
import { useView } from "@/lib/use-view";

/** How long MapLibre may take to draw for the first time before the static map replaces it. */
const START_TIMEOUT_MS = 20_000;

/** Zoom for one centre: enough to see the region around it. */
const cityZoom = (width: number) => (width < 640 ? 3.8 : 4.6);
/** Room around the six when fitting them: labels stick out, most of them to the right. */
const fitPadding = (width: number) =>
  width < 640 ? { top: 40, bottom: 30, left: 56, right: 124 } : { top: 64, bottom: 56, left: 96, right: 160 };
const viewportWidth = () => (typeof window === "undefined" ? 1024 : window.innerWidth);

/** Where each label sits around its dot, so the close western and Far Eastern cities do not collide. */
type LabelPlacement = "right" | "left" | "left-up" | "left-down";
const LABEL_PLACEMENT: Record<string, LabelPlacement> = {
  "saint-petersburg": "right",
  moscow: "left",
  "nizhny-novgorod": "right",
  khabarovsk: "left-up",
  vladivostok: "left-down",
  "yuzhno-sakhalinsk": "right",
};
const LABEL_CLASS: Record<LabelPlacement, string> = {
  right: "left-full ms-1 top-1/2 -translate-y-1/2",
  left: "right-full me-1 top-1/2 -translate-y-1/2",
  "left-up": "right-full me-0.5 bottom-1/2",
  "left-down": "right-full me-0.5 top-1/2",
};

function boundsOf(pins: CenterPin[]): LngLatBoundsLike {
  const lons = pins.map((p) => p.lon);
  const lats = pins.map((p) => p.lat);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}

/** [west, south, east, north], the form react-map-gl takes for maxBounds. */
const BASEMAP_BOUNDS: [number, number, number, number] = [...BASEMAP_BBOX];

const prefersReducedMotion = () =>
  typeof window !== "undefined" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/** The page's theme (`data-theme` on <html>), following changes made by the theme toggle. */
const readTheme = (): Theme => (document.documentElement.dataset.theme === "dark" ? "dark" : "light");

function useDocumentTheme(): Theme {
  const [theme, setTheme] = useState<Theme>(readTheme);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(readTheme()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    return () => observer.disconnect();
  }, []);
  return theme;
}

/**
 * The live map. Without WebGL (disabled, blocklisted, a very old device) MapLibre's constructor
 * throws; react-map-gl passes that to onError with no map (`target` null) and the island shows
 * the static map. There is no separate WebGL probe: on a software renderer a probe context cost
 * as much as MapLibre's own (docs/performance.md).
 */
export function CentersMap({
  pins,
  selected,
  asof,
  embedded,
  onStatus,
  onBasemapMissing,
}: {
  pins: CenterPin[];
  selected: string | null;
  asof: Asof;
  embedded: boolean;
  onStatus: (status: MapStatus) => void;
  /** The basemap file could not be loaded (the map works, without its background). */
  onBasemapMissing: () => void;
}) {
  const router = useRouter();
  const t = useTranslations("map");
  const tStatus = useTranslations("status");
  const { view } = useView();
  // Links from the map keep the language, the embed's options and the date shown.
  const here = useMemo(() => ({ ...view, embedded, asof: asofParam(asof) }), [view, embedded, asof]);
  const mapRef = useRef<MapRef>(null);
  // MapLibre's own words (the canvas's accessible name, zoom buttons, gesture hints) in the page's language.
  const [mapUiStrings] = useState(() => ({
    "Map.Title": t("canvasLabel"),
    "NavigationControl.ZoomIn": t("zoomIn"),
    "NavigationControl.ZoomOut": t("zoomOut"),
    "CooperativeGesturesHandler.WindowsHelpText": t("coopWindows"),
    "CooperativeGesturesHandler.MacHelpText": t("coopMac"),
    "CooperativeGesturesHandler.MobileHelpText": t("coopMobile"),
  }));
  const shownRef = useRef<string | null>(selected);
  const bounds = useMemo(() => boundsOf(pins), [pins]);
  // West to east, so Tab moves across the map in reading order.
  const ordered = useMemo(() => [...pins].sort((a, b) => a.lon - b.lon), [pins]);
  const theme = useDocumentTheme();
  const mapStyle = useMemo(() => MAP_STYLE_URL ?? embeddedStyle(BASEMAP_URL, theme), [theme]);
  // Inside a newsroom's iframe the map must not capture page scrolling: modifier + wheel, two-finger pan.
  const [cooperative] = useState(() => embedded && window.self !== window.top);
  const [panelHidden] = useState(() => embedded && document.documentElement.dataset.panel === "0");
  const [loaded, setLoaded] = useState(false);
  // MapLibre that never becomes ready (its worker failed to load, say) raises no error: after
  // START_TIMEOUT_MS without `idle`, the static map takes over.
  const readyRef = useRef(false);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (!readyRef.current) onStatus("error");
    }, START_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [onStatus]);

  // The first camera comes from the URL; later changes of the URL move it.
  const [initialViewState] = useState(() => {
    const pin = pins.find((p) => p.slug === selected);
    const width = viewportWidth();
    return pin
      ? { longitude: pin.lon, latitude: pin.lat, zoom: cityZoom(width) }
      : { bounds, fitBoundsOptions: { padding: fitPadding(width) } };
  });

  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map || shownRef.current === selected) return;
    shownRef.current = selected;
    const duration = prefersReducedMotion() ? 0 : 1400;
    const width = map.getContainer().clientWidth;
    const pin = pins.find((p) => p.slug === selected);
    if (pin) {
      const zoom = Math.max(cityZoom(width), Math.min(map.getZoom(), 6));
      map.flyTo({ center: [pin.lon, pin.lat], zoom, duration, essential: false });
    } else {
      map.fitBounds(bounds, { padding: fitPadding(width), duration });
    }
  }, [selected, pins, bounds, loaded]);

  const selectedPin = pins.find((p) => p.slug === selected);

  // The marker that opened the current panel gets focus back when the panel closes.
  const openedBy = useRef<string | null>(null);
  useEffect(() => {
    if (selected !== null || !openedBy.current) return;
    const slug = openedBy.current;
    openedBy.current = null;
    mapRef.current?.getContainer().querySelector<HTMLButtonElement>(`[data-marker="${slug}"]`)?.focus();
  }, [selected]);

  const select = useCallback(
    (slug: Slug) => {
      openedBy.current = slug;
      router.push(contract.link(here, { page: "centre", slug }), { scroll: false });
    },
    [router, here],
  );

  return (
    <MapGL
      ref={mapRef}
      mapStyle={mapStyle}
      workerUrl={MAPLIBRE_WORKER_URL}
      initialViewState={initialViewState}
      minZoom={0}
      // Keep the camera over the region the embedded basemap covers (its edges are cut).
      maxBounds={MAP_STYLE_URL ? undefined : BASEMAP_BOUNDS}
      maxZoom={8}
      dragRotate={false}
      cooperativeGestures={cooperative}
      hash="map"
      locale={mapUiStrings}
      // The embedded basemap's credit is in the map's note (map-island.tsx), always visible; a
      // hosted style brings its own attribution.
      attributionControl={MAP_STYLE_URL ? { compact: true } : false}
      // No fade-in: fewer frames to draw while the page is still loading.
      fadeDuration={0}
      // Polygons and lines need no more than 2× pixels; fewer pixels, less work on weak phones.
      pixelRatio={typeof window === "undefined" ? 1 : Math.min(window.devicePixelRatio || 1, 2)}
      pitchWithRotate={false}
      touchPitch={false}
      style={{ position: "absolute", inset: 0 }}
      onLoad={() => setLoaded(true)}
      onStyleData={(e) => {
        // Which theme the live map is drawing (read back from the style MapLibre applied), for
        // tests and for anyone inspecting the page.
        const water = e.target.getLayer("water") ? e.target.getPaintProperty("water", "background-color") : null;
        e.target.getContainer().dataset.mapTheme = water === palette("dark").water ? "dark" : "light";
      }}
      onIdle={() => {
        readyRef.current = true;
        onStatus("ready");
      }}
      onError={(e) => {
        // No map at all: MapLibre could not start (no WebGL context, most often).
        if (!e.target) {
          onStatus("error");
          console.error("map could not start", e.error);
          return;
        }
        // The basemap file failing leaves a working map without its background: say so, keep
        // the markers. Any other failure before the style has loaded is a dead map.
        if ((e as unknown as { sourceId?: string }).sourceId === "basemap") {
          // Drop the background's layers and source so the map settles (and fires idle) without it.
          const map = e.target;
          for (const layer of map.getStyle().layers) {
            if ("source" in layer && layer.source === "basemap") map.removeLayer(layer.id);
          }
          if (map.getSource("basemap")) map.removeSource("basemap");
          onBasemapMissing();
        } else if (!mapRef.current?.getMap().isStyleLoaded()) onStatus("error");
        console.error("map error", e.error);
      }}
    >
      <NavigationControl position="top-right" showCompass={false} />
      {ordered.map((pin) => {
        const isSelected = pin.slug === selected;
        const placement = LABEL_PLACEMENT[pin.slug] ?? "right";
        const status = statusAt(pin.transitions, asof.date);
        return (
          <Marker
            key={pin.slug}
            longitude={pin.lon}
            latitude={pin.lat}
            anchor="center"
            style={{ zIndex: isSelected ? 3 : 1 }}
          >
            <button
              type="button"
              data-marker={pin.slug}
              data-status={status}
              aria-label={t("markerLabel", { name: pin.name, status: tStatus(status) })}
              aria-current={isSelected ? "page" : undefined}
              onClick={(event) => {
                event.stopPropagation();
                select(pin.slug);
              }}
              className={`jcm-marker relative block ${isSelected ? "h-5 w-5" : "h-4 w-4"}`}
            >
              <span
                aria-hidden="true"
                className={`absolute inset-0 shadow ring-white ${STATUS_STYLE[status].shape} ${
                  isSelected ? "outline-ink ring-[3px] outline-2" : "ring-2"
                }`}
              />
              <span
                aria-hidden="true"
                className={`absolute rounded px-1 text-[0.72rem] leading-tight font-semibold whitespace-nowrap shadow-sm sm:text-[0.8rem] ${
                  LABEL_CLASS[placement]
                } ${isSelected ? "bg-ink text-paper" : "text-ink bg-paper/90"}`}
              >
                {pin.name}
              </span>
            </button>
          </Marker>
        );
      })}
      {panelHidden && selectedPin ? (
        <Popup
          longitude={selectedPin.lon}
          latitude={selectedPin.lat}
          anchor="top"
          offset={14}
          closeButton={false}
          closeOnClick={false}
          className="jcm-popup"
        >
          <div data-testid="embed-popup" className="text-ink text-sm">
            <p className="font-semibold">{selectedPin.name}</p>
            <p>{t("popupOpened", { date: selectedPin.opened })}</p>
            <p>{tStatus(statusAt(selectedPin.transitions, asof.date))}</p>
            <a
              href={contract.link(here, { page: "centre", slug: selectedPin.slug, embedded: false })}
              target="_blank"
              rel="noopener"
              className="text-link underline"
            >
              {t("popupLink")}
            </a>
          </div>
        </Popup>
      ) : null}
    </MapGL>
  );
}
