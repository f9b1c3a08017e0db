"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { EmbedPopup } from "@/components/map/embed-popup";
import { MarkerBody } from "@/components/map/marker-body";
import { rememberOpener, takeOpener } from "@/components/map/marker-focus";
import { asofParam } from "@/lib/asof";
import type { CenterPin } from "@/lib/centers";
import { contract, type View } from "@/lib/contract";
import { useTranslations } from "@/lib/i18n-client";
import { project } from "@/lib/map-frame";
import { LABEL_FALLBACK_WIDTH } from "@/lib/map-labels";
import { statusAt } from "@/lib/status";
import { useView } from "@/lib/use-view";

const n = (v: number) => Math.round(v * 1000) / 1000;

type Props = {
  pins: CenterPin[];
  /** The frame's centre in world pixels: the map box's middle. */
  center: [number, number];
  widths: Record<string, number>;
  embedded: boolean;
};

/**
 * The markers of the map drawn on the server, following the address: the date shown (the
 * timeline, Play) restyles them at once, and the centre shown is marked current.
 */
export function StaticMarkers(props: Props) {
  const { view, asof } = useView();
  // Back on the overview from a panel a marker opened: that marker has focus again.
  const box = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    // The live map, when it has taken over, does this for its own markers (centers-map.tsx).
    if (view.slug !== null || document.documentElement.dataset.liveMap === "ready") return;
    const slug = takeOpener();
    const map = box.current?.parentElement;
    if (slug) map?.querySelector<HTMLElement>(`[data-marker="${slug}"]`)?.focus();
  }, [view.slug]);
  return (
    <>
      <span ref={box} hidden />
      <StaticMarkersView {...props} view={view} date={asof.date} linkDate={asofParam(asof)} />
    </>
  );
}

/**
 * The markers for a view on a date: links to the centres (client-side navigation; the address
 * becomes the centre's), each at its place on the frame by the same CSS scale as the basemap.
 * West to east, so Tab crosses the map in reading order. Rendered as it is in the first HTML,
 * before the address is read.
 */
export function StaticMarkersView({
  pins,
  center,
  widths,
  embedded,
  view,
  date,
  linkDate,
}: Props & { view: View; date: string; linkDate: string | null }) {
  const t = useTranslations("map");
  const tStatus = useTranslations("status");
  const here = { ...view, embedded, asof: linkDate };
  const selected = pins.find((p) => p.slug === view.slug);
  const at = (lon: number, lat: number) => {
    const [x, y] = project(lon, lat);
    return { left: `calc(50% + ${n(x - center[0])} * var(--s))`, top: `calc(50% + ${n(y - center[1])} * var(--s))` };
  };
  return (
    <nav aria-label={t("markersLabel")}>
      {[...pins]
        .sort((a, b) => a.lon - b.lon)
        .map((pin) => {
          const status = statusAt(pin.transitions, date);
          return (
            <Link
              key={pin.slug}
              href={contract.link(here, { page: "centre", slug: pin.slug })}
              scroll={false}
              data-marker={pin.slug}
              data-status={status}
              aria-label={t("markerLabel", { name: pin.name, status: tStatus(status) })}
              aria-current={pin.slug === view.slug ? "page" : undefined}
              onClick={() => rememberOpener(pin.slug)}
              className="jcm-marker"
              style={at(pin.lon, pin.lat)}
            >
              <MarkerBody name={pin.name} status={status} width={widths[pin.slug] ?? LABEL_FALLBACK_WIDTH} />
            </Link>
          );
        })}
      {/* An embed with ?panel=0 shows the selected centre in a card at its marker (app/globals.css). */}
      {embedded && selected ? (
        <div className="jcm-static-popup" style={at(selected.lon, selected.lat)}>
          <EmbedPopup
            pin={selected}
            status={statusAt(selected.transitions, date)}
            href={contract.link(here, { page: "centre", slug: selected.slug, embedded: false })}
          />
        </div>
      ) : null}
    </nav>
  );
}
