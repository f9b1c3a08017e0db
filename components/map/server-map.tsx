import { useTranslations } from "next-intl";
import { MapSurface } from "@/components/map/map-surface.client";
import { StaticMarkers } from "@/components/map/static-markers.client";
import { FRAMES, LABEL_WIDTHS } from "@/generated/frames";
import type { View } from "@/lib/contract";
import { frameKey } from "@/lib/frame-key";
import { cssScale } from "@/lib/map-frame";
import { LABEL_FALLBACK_WIDTH, labelCss, placementTable } from "@/lib/map-labels";
import type { CenterPin } from "@/lib/server/centers";
import { useCenters } from "@/lib/server/use-centers";

const n = (v: number) => Math.round(v * 1000) / 1000;

/**
 * The map drawn on the server: the view's frame in Web Mercator, as the live map opens on it. The
 * basemap is the frame's SVG file (public/map/, cached, coloured by the page's theme through
 * `<use>`), scaled by CSS to fit the map's box exactly as MapLibre's camera would (lib/map-frame.ts);
 * the markers are links placed by the same arithmetic, their labels placed for every size of box
 * by container queries, their statuses for every state (the page's date chooses: lib/date-state.ts).
 * It needs no script; with one, a pan or zoom starts the live map (components/map/map-surface.client.tsx).
 */
export function ServerMap({ view, pins }: { view: View; pins: CenterPin[] }) {
  const t = useTranslations("map");
  const count = useCenters().cities().length;
  const { locale, embedded } = view;
  const key = frameKey(view.slug);
  const { frame, box, url } = FRAMES[key];
  const cx = (frame.x0 + frame.x1) / 2;
  const cy = (frame.y0 + frame.y1) / 2;
  const widths = LABEL_WIDTHS[locale] ?? {};
  const points = pins.map((p) => ({
    slug: p.slug,
    lon: p.lon,
    lat: p.lat,
    width: widths[p.slug] ?? LABEL_FALLBACK_WIDTH,
  }));
  const scope = `[data-server-map="${key}"]`;
  const css = labelCss(scope, frame, placementTable(key, frame, points), widths);
  return (
    <div
      data-server-map={key}
      className="jcm-server-map bg-water absolute inset-0 overflow-hidden"
      style={{ "--s": cssScale(frame) } as React.CSSProperties}
    >
      <style
        // biome-ignore lint/security/noDangerouslySetInnerHtml: rules computed from our data, no input in them
        dangerouslySetInnerHTML={{ __html: css }}
      />
      <MapSurface label={t("canvasLabel", { count })} embedded={embedded}>
        <svg
          aria-hidden="true"
          className="jcm-basemap"
          viewBox={`${n(box.x0)} ${n(box.y0)} ${n(box.x1 - box.x0)} ${n(box.y1 - box.y0)}`}
          style={{
            left: `calc(50% + ${n(box.x0 - cx)} * var(--s))`,
            top: `calc(50% + ${n(box.y0 - cy)} * var(--s))`,
            width: `calc(${n(box.x1 - box.x0)} * var(--s))`,
            height: `calc(${n(box.y1 - box.y0)} * var(--s))`,
          }}
        >
          <use href={`${url}#map`} />
        </svg>
        <StaticMarkers pins={pins} center={[cx, cy]} widths={widths} embedded={embedded} />
      </MapSurface>
    </div>
  );
}
