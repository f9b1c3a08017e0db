"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import type { LngLatBoundsLike, Map as MaplibreMap } from "maplibre-gl";
import { type CSSProperties, useEffect, useMemo, useRef, useState } from "react";
import MapGL, { type MapRef, Marker, NavigationControl, Popup } from "react-map-gl/maplibre";
import { EmbedPopup } from "@/components/map/embed-popup";
import type { MapProblem, MapStatus } from "@/components/map/map-status";
import { MarkerBody } from "@/components/map/marker-body";
import { IntentLink } from "@/components/panel/dated-link.client";
import { BASEMAP_URL, MAPLIBRE_WORKER_URL } from "@/generated/assets";
import { FRAMES, LABEL_WIDTHS } from "@/generated/frames";
import { type Asof, asofParam } from "@/lib/asof";
import { useLocale, useTranslations } from "@/lib/client/i18n";
import { useFlag } from "@/lib/client/use-flag";
import { useView } from "@/lib/client/use-view";
import { contract } from "@/lib/contract";
import { frameKey } from "@/lib/frame-key";
import { FRAME_PADDING, scaleSteps, unproject } from "@/lib/map-frame";
import { LABEL_FALLBACK_WIDTH, labelVars, placementsAt, stepFor, targetsAt } from "@/lib/map-labels";
import { embeddedStyle, palette, type Theme } from "@/lib/map-style";
import { type Intent, readFlag, rememberOpener, takeOpener } from "@/lib/page-state";
import type { CenterPin } from "@/lib/server/centers";
import { MAP_STYLE_URL } from "@/lib/site";
import { statusAt } from "@/lib/status";

/** How long MapLibre may take to draw for the first time before the drawn map stays for good. */
const START_TIMEOUT_MS = 20_000;

/** The frame a view opens on, as MapLibre bounds: [[west, south], [east, north]]. */
function frameBounds(slug: string | null): LngLatBoundsLike {
  const { frame } = FRAMES[frameKey(slug)];
  const [west, north] = unproject(frame.x0, frame.y0);
  const [east, south] = unproject(frame.x1, frame.y1);
  return [
    [west, south],
    [east, north],
  ];
}

/** Keyboard intents done again on the live map, as MapLibre's keyboard handler does them. */
const KEY_PAN = 100;

const prefersReducedMotion = () =>
  typeof window !== "undefined" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/** The page's theme (the `theme` flag on <html>, lib/page-state.ts), following the theme toggle. */
function useDocumentTheme(): Theme {
  return useFlag("theme") === "dark" ? "dark" : "light";
}

/**
 * The gestures the reader made on the drawn map, done again on the live map: the pans and zooms
 * added up into one camera (a trackpad sends dozens of wheel events), then applied at once.
 */
function replay(map: MaplibreMap, intents: Intent[]) {
  let dx = 0;
  let dy = 0;
  let zoom = 0;
  let around: [number, number] | undefined;
  for (const intent of intents) {
    if (intent.kind === "pan") {
      dx += intent.dx;
      dy += intent.dy;
    } else if (intent.kind === "zoom") {
      zoom += intent.delta;
      around = intent.at ?? around;
    } else if (intent.kind === "key") {
      const k = intent.key;
      if (k === "+" || k === "=") zoom += 1;
      else if (k === "-" || k === "_") zoom -= 1;
      else {
        dx -= k === "ArrowLeft" ? -KEY_PAN : k === "ArrowRight" ? KEY_PAN : 0;
        dy -= k === "ArrowUp" ? -KEY_PAN : k === "ArrowDown" ? KEY_PAN : 0;
      }
    }
  }
  // A drag moves the map with the pointer: the camera goes the other way.
  if (dx !== 0 || dy !== 0) map.panBy([-dx, -dy], { animate: false });
  if (zoom !== 0) {
    map.easeTo({
      zoom: Math.max(map.getMinZoom(), Math.min(map.getMaxZoom(), map.getZoom() + zoom)),
      around: around ? map.unproject(around) : undefined,
      duration: prefersReducedMotion() ? 0 : 250,
    });
  }
}

/**
 * The live map. It opens on the camera the drawn map shows (the view's frame fitted to the box,
 * lib/map-frame.ts), with the same markers and labels placed the same way (lib/map-labels.ts), so
 * that taking over moves nothing; then it does the gestures the reader made meanwhile. Without
 * WebGL (disabled, blocklisted, a very old device) MapLibre's constructor throws; react-map-gl
 * passes that to onError with no map (`target` null), and the drawn map stays, with a notice.
 * There is no separate WebGL probe: on a software renderer a probe context cost as much as
 * MapLibre's own (docs/performance.md).
 */
export function CentersMap({
  pins,
  selected,
  asof,
  embedded,
  onStatus,
  takeIntents,
  pendingIntents,
}: {
  pins: CenterPin[];
  selected: string | null;
  asof: Asof;
  embedded: boolean;
  /** "error" keeps the drawn map; a problem names what the map region should say. */
  onStatus: (status: MapStatus, problem?: MapProblem) => void;
  /** The gestures made on the drawn map that the live map has not done yet (each taken once). */
  takeIntents: () => Intent[];
  /** Changes when a gesture is waiting. */
  pendingIntents: number;
}) {
  const t = useTranslations("map");
  const tStatus = useTranslations("status");
  const locale = useLocale();
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
  // West to east, so Tab moves across the map in reading order.
  const ordered = useMemo(() => [...pins].sort((a, b) => a.lon - b.lon), [pins]);
  const widths = LABEL_WIDTHS[locale] ?? {};
  const labelPoints = useMemo(
    () => pins.map((p) => ({ slug: p.slug, lon: p.lon, lat: p.lat, width: widths[p.slug] ?? LABEL_FALLBACK_WIDTH })),
    [pins, widths],
  );
  const theme = useDocumentTheme();
  const mapStyle = useMemo(() => MAP_STYLE_URL ?? embeddedStyle(BASEMAP_URL, theme), [theme]);
  // Inside a newsroom's iframe the map must not capture page scrolling: modifier + wheel, two-finger pan.
  const [cooperative] = useState(() => embedded && window.self !== window.top);
  const [panelHidden] = useState(() => embedded && readFlag("panel") === "0");
  const [loaded, setLoaded] = useState(false);
  const [ready, setReady] = useState(false);
  // The labels are placed for the view's frame at the scale shown, in the same steps as the drawn
  // map places them for its box: the same placement at the moment of taking over.
  const [zoom, setZoom] = useState<number | null>(null);
  const layout = useMemo(() => {
    if (zoom === null) return null;
    const { frame } = FRAMES[frameKey(selected)];
    const scale = stepFor(scaleSteps(frame), 2 ** zoom);
    return { placements: placementsAt(frame, scale, labelPoints), targets: targetsAt(frame, scale, labelPoints) };
  }, [zoom, selected, labelPoints]);

  // MapLibre that never becomes ready (its worker failed to load, say) raises no error: after
  // START_TIMEOUT_MS without `idle`, the drawn map stays.
  const readyRef = useRef(false);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (!readyRef.current) onStatus("error", "webgl");
    }, START_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [onStatus]);

  // The first camera: the view's frame fitted to the box, as the drawn map shows it (unless the
  // address names a camera, which MapLibre's hash then sets).
  const [initialViewState] = useState(() => ({
    bounds: frameBounds(selected),
    fitBoundsOptions: { padding: FRAME_PADDING },
  }));

  // Gestures made on the drawn map, done once the live map has drawn.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!ready || !map || pendingIntents === 0) return;
    replay(map, takeIntents());
  }, [ready, pendingIntents, takeIntents]);

  // A new view: fly to its frame.
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map || shownRef.current === selected) return;
    shownRef.current = selected;
    const duration = prefersReducedMotion() ? 0 : 1400;
    map.fitBounds(frameBounds(selected), { padding: FRAME_PADDING, duration });
  }, [selected, loaded]);

  const selectedPin = pins.find((p) => p.slug === selected);

  // The marker that opened the current panel gets focus back when the panel closes.
  useEffect(() => {
    if (selected !== null || !readyRef.current) return;
    const slug = takeOpener();
    if (slug) mapRef.current?.getContainer().querySelector<HTMLElement>(`[data-marker="${slug}"]`)?.focus();
  }, [selected]);

  return (
    <MapGL
      ref={mapRef}
      mapStyle={mapStyle}
      workerUrl={MAPLIBRE_WORKER_URL}
      initialViewState={initialViewState}
      // No maxBounds: on a wide, short box MapLibre would zoom in to keep the view inside them, and
      // the camera would no longer be the drawn map's (decision 009). Beyond the basemap is sea.
      minZoom={0}
      maxZoom={8}
      dragRotate={false}
      cooperativeGestures={cooperative}
      hash="map"
      locale={mapUiStrings}
      // The embedded basemap's credit is in the map's caption (map-region.tsx), always visible; a
      // hosted style brings its own attribution.
      attributionControl={MAP_STYLE_URL ? { compact: true } : false}
      // No fade-in: fewer frames to draw while the page is still loading.
      fadeDuration={0}
      // Polygons and lines need no more than 2× pixels; fewer pixels, less work on weak phones.
      pixelRatio={typeof window === "undefined" ? 1 : Math.min(window.devicePixelRatio || 1, 2)}
      pitchWithRotate={false}
      touchPitch={false}
      style={{ position: "absolute", inset: 0 }}
      onLoad={(e) => {
        setZoom(e.target.getZoom());
        setLoaded(true);
      }}
      onZoomEnd={(e) => setZoom(e.target.getZoom())}
      onStyleData={(e) => {
        // Which theme the live map is drawing (read back from the style MapLibre applied), for
        // tests and for anyone inspecting the page.
        const water = e.target.getLayer("water") ? e.target.getPaintProperty("water", "background-color") : null;
        e.target.getContainer().dataset.mapTheme = water === palette("dark").water ? "dark" : "light";
      }}
      onIdle={() => {
        if (readyRef.current) return;
        readyRef.current = true;
        setReady(true);
        onStatus("ready");
      }}
      onError={(e) => {
        // No map at all: MapLibre could not start (no WebGL context, most often).
        if (!e.target) {
          onStatus("error", "webgl");
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
          // Said over the map; a live map already shown stays shown.
          onStatus(readyRef.current ? "ready" : "loading", "basemap");
        } else if (!mapRef.current?.getMap().isStyleLoaded()) onStatus("error", "webgl");
        console.error("map error", e.error);
      }}
    >
      <NavigationControl position="top-right" showCompass={false} />
      {ordered.map((pin) => {
        const isSelected = pin.slug === selected;
        const status = statusAt(pin.transitions, asof.date);
        const width = widths[pin.slug] ?? LABEL_FALLBACK_WIDTH;
        const placement = layout?.placements[pin.slug];
        return (
          <Marker
            key={pin.slug}
            longitude={pin.lon}
            latitude={pin.lat}
            anchor="center"
            style={{ zIndex: isSelected ? 3 : 1 }}
          >
            {/* A link, as on the drawn map: the same control before and after the hand-over. */}
            <IntentLink
              href={contract.link(here, { page: "centre", slug: pin.slug })}
              scroll={false}
              prefetch={false}
              data-marker={pin.slug}
              data-status={status}
              aria-label={t("markerLabel", { name: pin.name, status: tStatus(status) })}
              aria-current={isSelected ? "page" : undefined}
              onClick={(event) => {
                event.stopPropagation();
                rememberOpener(pin.slug);
              }}
              className="jcm-marker"
              style={placement ? (labelVars(placement, width, layout?.targets[pin.slug]) as CSSProperties) : undefined}
            >
              <MarkerBody name={pin.name} statuses={[{ status }]} width={width} />
            </IntentLink>
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
          <EmbedPopup
            pin={selectedPin}
            statuses={[{ status: statusAt(selectedPin.transitions, asof.date) }]}
            href={contract.link(here, { page: "centre", slug: selectedPin.slug, embedded: false })}
          />
        </Popup>
      ) : null}
    </MapGL>
  );
}
