import { ImageResponse } from "next/og";
import { LOCATOR } from "@/components/map/assets.generated";
import { centers } from "@/lib/centers";
import { contract } from "@/lib/contract";
import { ogCard } from "@/lib/og-card";
import { notoFontsFor } from "@/lib/og-fonts";

// Social cards, 1200×630 PNG, drawn once at build time for every page and language:
// /og/overview.png, /og/<slug>.png, and /og/<name>.ja.png, /og/<name>.ru.png (contract.ogImage).
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return contract.ogImages().map((path) => ({ name: path.slice("/og/".length) }));
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

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const card = ogCard((await params).name);
  if (!card) return new Response("Not found", { status: 404 });
  const { city, title, subtitle, lines } = card;
  const TAGLINE = card.tagline;
  const FOOTNOTE = card.footnote;

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
