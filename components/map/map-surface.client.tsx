"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";
import { prefetchLiveMap } from "@/components/map/live-map";
import { useTranslations } from "@/lib/client/i18n";
import { emit } from "@/lib/page-state";

/**
 * The zoom change of one wheel event, as MapLibre's scroll zoom computes it for a mouse wheel
 * (2 / (1 + e^(−|Δ|/100)) as a scale): one notch (100 px) is about half a zoom level.
 */
function wheelZoom(event: WheelEvent): number {
  const pixels = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 40 : event.deltaY;
  const scale = 2 / (1 + Math.exp(-Math.abs(pixels) / 100));
  return Math.sign(-pixels) * Math.log2(scale);
}

/** Keys that pan and zoom the live map (MapLibre's keyboard handler). */
const MAP_KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "+", "=", "-", "_"]);

/**
 * The map drawn on the server, made to listen: the reader's first pan or zoom (pointer down,
 * wheel, a zoom button, keyboard focus on the map's pan and zoom surface, or "Explore the map")
 * asks for the live map, and the gesture goes on meanwhile: a drag moves the drawn map, and is
 * done again on the live map when it takes over. A pointer over the map on a desktop downloads
 * the live map's data files, and runs nothing. In an iframe a wheel or one finger scrolls the
 * article, as the live map's cooperative gestures do: Ctrl or ⌘ + wheel, or two fingers, pan and zoom.
 */
export function MapSurface({ label, embedded, children }: { label: string; embedded: boolean; children: ReactNode }) {
  const t = useTranslations("map");
  const ref = useRef<HTMLDivElement>(null);
  // Where the drawn map has been dragged to (all drags so far), and the drag under way.
  const [offset, setOffset] = useState<[number, number]>([0, 0]);
  const drag = useRef<{ id: number; x: number; y: number; dx: number; dy: number; from: [number, number] } | null>(
    null,
  );
  const [framed, setFramed] = useState(true);
  useEffect(() => {
    setFramed(window.self !== window.top);
  }, []);
  // An embed is taken to be in an article's iframe until the script knows: a swipe over it then
  // scrolls the article even before hydration.
  const cooperative = embedded && framed;

  // A wheel over the map zooms it (not the page), so the listener is not passive.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onWheel = (event: WheelEvent) => {
      if (cooperative && !event.ctrlKey && !event.metaKey) return;
      if (event.deltaY === 0) return;
      event.preventDefault();
      const box = el.getBoundingClientRect();
      emit("liveMapRequest", {
        kind: "zoom",
        delta: wheelZoom(event),
        at: [event.clientX - box.left, event.clientY - box.top],
      });
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  }, [cooperative]);

  const onMarkerOrControl = (target: EventTarget | null) =>
    target instanceof Element && target.closest("a, button, [data-map-control]") !== null;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: gestures on a map; its keyboard controls are the surface and buttons below
    <div
      ref={ref}
      data-map-surface
      className={`absolute inset-0 ${cooperative ? "touch-pan-x touch-pan-y" : "touch-none"}`}
      onPointerEnter={(event) => {
        if (event.pointerType === "mouse") prefetchLiveMap();
      }}
      onPointerDown={(event) => {
        if (event.button !== 0 || onMarkerOrControl(event.target)) return;
        // In an iframe one finger scrolls the article; the buttons start the map there.
        if (cooperative && event.pointerType === "touch") return;
        emit("liveMapRequest", { kind: "explore" });
        drag.current = { id: event.pointerId, x: event.clientX, y: event.clientY, dx: 0, dy: 0, from: offset };
        event.currentTarget.setPointerCapture(event.pointerId);
      }}
      onPointerMove={(event) => {
        const d = drag.current;
        if (!d || d.id !== event.pointerId) return;
        d.dx = event.clientX - d.x;
        d.dy = event.clientY - d.y;
        setOffset([d.from[0] + d.dx, d.from[1] + d.dy]);
      }}
      onPointerUp={(event) => {
        const d = drag.current;
        if (!d || d.id !== event.pointerId) return;
        drag.current = null;
        if (d.dx !== 0 || d.dy !== 0) emit("liveMapRequest", { kind: "pan", dx: d.dx, dy: d.dy });
      }}
      onPointerCancel={() => {
        // The browser took the gesture (a scroll): what was dragged so far is kept and done again.
        const d = drag.current;
        drag.current = null;
        if (d && (d.dx !== 0 || d.dy !== 0)) emit("liveMapRequest", { kind: "pan", dx: d.dx, dy: d.dy });
      }}
      onDoubleClick={(event) => {
        if (onMarkerOrControl(event.target)) return;
        const box = event.currentTarget.getBoundingClientRect();
        emit("liveMapRequest", { kind: "zoom", delta: 1, at: [event.clientX - box.left, event.clientY - box.top] });
      }}
    >
      {/* The pan and zoom surface: after the markers for Tab, under them for the pointer. Focus
          on it is the reader reaching for the map's keyboard controls. */}
      <div className="jcm-map-layer absolute inset-0 z-10" style={{ translate: `${offset[0]}px ${offset[1]}px` }}>
        {children}
      </div>
      <section
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the map's keyboard surface, as MapLibre's canvas (a focusable region)
        tabIndex={0}
        aria-label={label}
        data-pan-surface
        className="absolute inset-0 z-0 focus-visible:-outline-offset-4"
        onFocus={() => emit("liveMapRequest", { kind: "explore" })}
        onKeyDown={(event) => {
          if (!MAP_KEYS.has(event.key)) return;
          event.preventDefault();
          emit("liveMapRequest", { kind: "key", key: event.key });
        }}
      />
      {/* The controls are drawn on the server, so an embed looks the same before and after it boots;
          hidden where scripts do not run (app/globals.css), where they could do nothing. */}
      <div data-map-control className="absolute top-2.5 right-2.5 z-20 flex flex-col items-end gap-2">
        <div className="jcm-zoom rounded shadow">
          <button
            type="button"
            data-zoom="in"
            aria-label={t("zoomIn")}
            title={t("zoomIn")}
            onClick={() => emit("liveMapRequest", { kind: "zoom", delta: 1 })}
          >
            <span aria-hidden="true">+</span>
          </button>
          <button
            type="button"
            data-zoom="out"
            aria-label={t("zoomOut")}
            title={t("zoomOut")}
            onClick={() => emit("liveMapRequest", { kind: "zoom", delta: -1 })}
          >
            <span aria-hidden="true">−</span>
          </button>
        </div>
      </div>
      <button
        type="button"
        data-map-control
        data-explore
        className="bg-paper/95 text-ink hover:bg-hover absolute right-2.5 bottom-2 z-20 rounded px-2 py-1 text-xs font-medium shadow"
        onClick={() => emit("liveMapRequest", { kind: "explore" })}
      >
        {t("explore")}
      </button>
    </div>
  );
}
