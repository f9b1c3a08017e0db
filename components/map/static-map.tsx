"use client";

import { LOCATOR } from "@/components/map/assets.generated";
import { STATUS_STYLE } from "@/components/map/status-style";
import type { CenterPin } from "@/lib/centers";
import { useTranslations } from "@/lib/i18n-client";
import { type CenterStatus, statusAt } from "@/lib/status";

function project(lon: number, lat: number): [number, number] {
  const [west, , , north] = LOCATOR.bbox;
  return [(lon - west) * LOCATOR.k * LOCATOR.scale, (north - lat) * LOCATOR.scale];
}

/** Label offsets in the SVG's units, so the close western cities do not collide. */
const LABEL: Record<string, { dx: number; dy: number; anchor: "start" | "end" }> = {
  "saint-petersburg": { dx: 16, dy: -10, anchor: "start" },
  moscow: { dx: -16, dy: 14, anchor: "end" },
  "nizhny-novgorod": { dx: 16, dy: 16, anchor: "start" },
  khabarovsk: { dx: -16, dy: -8, anchor: "end" },
  vladivostok: { dx: -16, dy: 16, anchor: "end" },
  "yuzhno-sakhalinsk": { dx: 16, dy: 6, anchor: "start" },
};

/** The status's shape, as on the live map: ring, half-filled dot, dot, diamond, square. */
function Shape({ status, x, y, r }: { status: CenterStatus; x: number; y: number; r: number }) {
  const colour = STATUS_STYLE[status].colour;
  switch (status) {
    case "not-yet-opened":
      return <circle cx={x} cy={y} r={r} fill="#ffffff" stroke={colour} strokeWidth={4} />;
    case "earlier-or-disputed":
      return (
        <g>
          <circle cx={x} cy={y} r={r} fill="#ffffff" stroke={colour} strokeWidth={4} />
          <path d={`M${x},${y - r} A${r},${r} 0 0 0 ${x},${y + r} Z`} fill={colour} />
        </g>
      );
    case "operating":
      return <circle cx={x} cy={y} r={r} fill={colour} stroke="#ffffff" strokeWidth={4} />;
    case "memoranda-ended":
      return (
        <polygon
          points={`${x},${y - r * 1.3} ${x + r * 1.3},${y} ${x},${y + r * 1.3} ${x - r * 1.3},${y}`}
          fill={colour}
          stroke="#ffffff"
          strokeWidth={4}
        />
      );
    case "closure-announced":
      return <rect x={x - r} y={y - r} width={r * 2} height={r * 2} fill={colour} stroke="#ffffff" strokeWidth={4} />;
  }
}

/**
 * The six centres on a static map (an SVG from the same basemap and coordinates), each marker a
 * link to its page. Shown without JavaScript, and when WebGL is missing or MapLibre fails.
 */
export function StaticMap({
  pins,
  date,
  selected,
  hrefs,
}: {
  pins: CenterPin[];
  date: string;
  selected: string | null;
  /** Each centre's link, by slug. */
  hrefs: Record<string, string>;
}) {
  const t = useTranslations("map");
  const tStatus = useTranslations("status");
  return (
    <nav aria-label={t("staticLabel")} className="h-full w-full" data-testid="static-map">
      <svg
        viewBox={`0 0 ${LOCATOR.width} ${LOCATOR.height}`}
        className="bg-water h-full w-full"
        preserveAspectRatio="xMidYMid meet"
      >
        <title>{t("staticTitle")}</title>
        <path d={LOCATOR.path} className="fill-[#f3efe6] stroke-[#b9c3cc]" strokeWidth={1.5} />
        {pins.map((pin) => {
          const [x, y] = project(pin.lon, pin.lat);
          const status = statusAt(pin.transitions, date);
          const label = LABEL[pin.slug] ?? { dx: 16, dy: 6, anchor: "start" as const };
          const on = pin.slug === selected;
          return (
            <a
              key={pin.slug}
              href={hrefs[pin.slug]}
              aria-label={t("markerLabel", { name: pin.name, status: tStatus(status) })}
            >
              <Shape status={status} x={x} y={y} r={on ? 13 : 10} />
              <text
                x={x + label.dx}
                y={y + label.dy}
                textAnchor={label.anchor}
                fontSize={22}
                fontWeight={on ? 700 : 600}
                fill="#1c2430"
                stroke="#ffffff"
                strokeWidth={5}
                paintOrder="stroke"
              >
                {pin.name}
              </text>
            </a>
          );
        })}
      </svg>
    </nav>
  );
}
