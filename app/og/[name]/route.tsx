import { ImageResponse } from "next/og";
import { LOCATOR } from "@/components/map/assets.generated";
import { isLocale, LOCALES, type Locale } from "@/i18n/routing";
import { type City, centers } from "@/lib/centers";
import { notoFontsFor } from "@/lib/og-fonts";
import { ogImagePath } from "@/lib/page-metadata";
import { earlierOpenings, preferredOpening, transitionAt } from "@/lib/status";
import { centreTitle, formatDateIn, KEY_EVENTS, requireEvent, storySpan, translator } from "@/lib/text";

// Social cards, 1200×630 PNG, drawn once at build time for every page and language:
// /og/overview.png, /og/<slug>.png, and /og/<name>.ja.png, /og/<name>.ru.png (lib/page-metadata.ts).
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  const names = ["overview", ...centers.citySlugs()];
  return LOCALES.flatMap((locale) => names.map((n) => ({ name: ogImagePath(n, locale).slice("/og/".length) })));
}

const SIZE = { width: 1200, height: 630 };

function project(lon: number, lat: number): [number, number] {
  const [west, , , north] = LOCATOR.bbox;
  return [(lon - west) * LOCATOR.k * LOCATOR.scale, (north - lat) * LOCATOR.scale];
}

function Locator({ highlight }: { highlight: string | null }) {
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: drawn into a PNG by next/og, never shown as SVG
    <svg
      width={480}
      height={Math.round((480 * LOCATOR.height) / LOCATOR.width)}
      viewBox={`0 0 ${LOCATOR.width} ${LOCATOR.height}`}
    >
      <rect width={LOCATOR.width} height={LOCATOR.height} fill="#cfe0ea" />
      <path d={LOCATOR.path} fill="#f3efe6" stroke="#b9c3cc" strokeWidth={2} />
      {centers.cities().map((c) => {
        const [x, y] = project(c.coordinates.lon, c.coordinates.lat);
        const on = highlight === null || highlight === c.slug;
        return (
          <circle
            key={c.slug}
            cx={x}
            cy={y}
            r={on ? 16 : 9}
            fill={on ? "#8c1d18" : "#9aa3ad"}
            stroke="#fff"
            strokeWidth={4}
          />
        );
      })}
    </svg>
  );
}

/** A centre card's facts: its opening, an earlier centre or date where the sources give one, its latest status. */
function cityLines(city: City, locale: Locale): string[] {
  const t = translator(locale);
  const date = (d: string) => formatDateIn(locale, d);
  const lines = [t("og.opened", { date: date(preferredOpening(city).date) })];
  const earlier = earlierOpenings(city)[0];
  const transitions = centers.transitions(city.slug);
  if (earlier) {
    const basis = transitions.find((tr) => tr.status === "earlier-or-disputed")?.basis;
    lines.push(t(basis === "earlier-centre" ? "og.earlierCentre" : "og.earlierDate", { date: date(earlier.date) }));
  }
  const latest = transitionAt(transitions, centers.asofRange.max);
  if (latest) lines.push(t("og.statusSince", { status: t(`status.${latest.status}`), date: date(latest.date) }));
  return lines;
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const m = /^([a-z-]+)(?:\.([a-z]{2}))?\.png$/.exec((await params).name);
  const name = m?.[1] ?? "";
  const locale: Locale | null = m?.[2] === undefined ? "en" : isLocale(m[2]) && m[2] !== "en" ? m[2] : null;
  const city = name === "overview" ? null : centers.city(name);
  if (!locale || (name !== "overview" && !city)) return new Response("Not found", { status: 404 });
  const closure = requireEvent(KEY_EVENTS.closureAnnounced);
  const t = translator(locale);
  const date = (d: string) => formatDateIn(locale, d);

  const TAGLINE = t("og.tagline");
  const FOOTNOTE = t("og.footnote");
  const title = city ? centreTitle(city, locale) : t("overview.title");
  const subtitle = city
    ? LOCALES.filter((l) => l !== locale)
        .map((l) => city.names[l])
        .join(" · ")
    : LOCALES.filter((l) => l !== locale)
        .map((l) => translator(l)("overview.title"))
        .join(" · ");
  const lines = city
    ? cityLines(city, locale)
    : [t("og.six", storySpan()), t("og.closureAll", { date: date(closure.date) })];

  const fonts = notoFontsFor([TAGLINE, FOOTNOTE, title, subtitle, ...lines].join(""));
  return new ImageResponse(
    <div
      style={{
        display: "flex",
        width: "100%",
        height: "100%",
        background: "#ffffff",
        padding: 56,
        gap: 40,
        fontFamily: fonts.map((f) => `"${f.name}"`).join(", "),
      }}
    >
      <div style={{ display: "flex", flexDirection: "column", flex: 1, justifyContent: "space-between" }}>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 26, color: "#4f5b6b", letterSpacing: 2 }}>{TAGLINE}</div>
          <div
            style={{
              fontSize: title.length > 22 ? 60 : 76,
              fontWeight: 700,
              color: "#1c2430",
              marginTop: 18,
              lineHeight: 1.05,
            }}
          >
            {title}
          </div>
          <div style={{ fontSize: 40, color: "#4f5b6b", marginTop: 14 }}>{subtitle}</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", fontSize: 29, color: "#1c2430" }}>
          {lines.map((l) => (
            <div key={l} style={{ display: "flex", marginTop: 8 }}>
              {l}
            </div>
          ))}
          <div style={{ display: "flex", marginTop: 22, fontSize: 22, color: "#4f5b6b" }}>{FOOTNOTE}</div>
        </div>
      </div>
      <div style={{ display: "flex", alignItems: "center" }}>
        <Locator highlight={city?.slug ?? null} />
      </div>
    </div>,
    { ...SIZE, fonts },
  );
}
