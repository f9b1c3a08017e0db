"use client";

import { useEffect, useRef } from "react";
import { EmbedPopup } from "@/components/map/embed-popup";
import { MarkerBody } from "@/components/map/marker-body";
import { IntentLink } from "@/components/panel/dated-link.client";
import { asofParam } from "@/lib/asof";
import { useTranslations } from "@/lib/client/i18n";
import { useStateDates, useView } from "@/lib/client/use-view";
import { contract } from "@/lib/contract";
import { statusPeriods } from "@/lib/date-state";
import { project } from "@/lib/map-frame";
import { LABEL_FALLBACK_WIDTH } from "@/lib/map-labels";
import { readFlag, rememberOpener, takeOpener } from "@/lib/page-state";
import type { CenterPin } from "@/lib/server/centers";

const n = (v: number) => Math.round(v * 1000) / 1000;

type Props = {
  pins: CenterPin[];
  /** The frame's centre in world pixels: the map box's middle. */
  center: [number, number];
  widths: Record<string, number>;
  embedded: boolean;
};

/**
 * The markers of the map drawn on the server: links to the centres (client-side navigation; the
 * address becomes the centre's, with the date shown), each at its place on the frame by the same
 * CSS scale as the basemap, the centre shown marked current. Each marker carries its centre's
 * status in every period, marked with the states it belongs to (lib/date-state.ts): the page's
 * date chooses, from the first paint, and moving the date re-renders nothing here. West to east,
 * so Tab crosses the map in reading order.
 */
export function StaticMarkers({ pins, center, widths, embedded }: Props) {
  const { view, asof } = useView();
  const dates = useStateDates();
  const t = useTranslations("map");
  const tStatus = useTranslations("status");
  // Back on the overview from a panel a marker opened: that marker has focus again.
  const box = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    // The live map, when it has taken over, does this for its own markers (centers-map.tsx).
    if (view.slug !== null || readFlag("liveMap") === "ready") return;
    const slug = takeOpener();
    const map = box.current?.parentElement;
    if (slug) map?.querySelector<HTMLElement>(`[data-marker="${slug}"]`)?.focus();
  }, [view.slug]);
  const here = { ...view, embedded, asof: asofParam(asof) };
  const selected = pins.find((p) => p.slug === view.slug);
  const statusesOf = (pin: CenterPin) =>
    statusPeriods(pin.transitions, dates).map(({ transition, attrs }) => ({
      status: transition?.status ?? ("not-yet-opened" as const),
      attrs,
    }));
  const at = (lon: number, lat: number) => {
    const [x, y] = project(lon, lat);
    return { left: `calc(50% + ${n(x - center[0])} * var(--s))`, top: `calc(50% + ${n(y - center[1])} * var(--s))` };
  };
  return (
    <nav aria-label={t("markersLabel")}>
      <span ref={box} hidden />
      {[...pins]
        .sort((a, b) => a.lon - b.lon)
        .map((pin) => {
          const statuses = statusesOf(pin);
          return (
            <IntentLink
              key={pin.slug}
              href={contract.link(here, { page: "centre", slug: pin.slug })}
              scroll={false}
              data-marker={pin.slug}
              aria-current={pin.slug === view.slug ? "page" : undefined}
              onClick={() => rememberOpener(pin.slug)}
              className="jcm-marker"
              style={at(pin.lon, pin.lat)}
            >
              {/* The accessible name: the centre and its status on the date shown. */}
              {statuses.map(({ status, attrs }, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the periods of one centre, in order, never reordered
                <span key={i} className="sr-only" data-marker-status={status} {...attrs}>
                  {t("markerLabel", { name: pin.name, status: tStatus(status) })}
                </span>
              ))}
              <MarkerBody name={pin.name} statuses={statuses} width={widths[pin.slug] ?? LABEL_FALLBACK_WIDTH} />
            </IntentLink>
          );
        })}
      {/* An embed with ?panel=0 shows the selected centre in a card at its marker (app/globals.css). */}
      {embedded && selected ? (
        <div className="jcm-static-popup" style={at(selected.lon, selected.lat)}>
          <EmbedPopup
            pin={selected}
            statuses={statusesOf(selected)}
            href={contract.link(here, { page: "centre", slug: selected.slug, embedded: false })}
          />
        </div>
      ) : null}
    </nav>
  );
}
