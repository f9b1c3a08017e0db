import { contract } from "@/lib/contract";
import { cardPng } from "@/lib/server/images/card-image";
import { ogCard } from "@/lib/server/og-card";

// Social cards, 1200×630 PNG, drawn once at build time for every page and language:
// /og/overview.png, /og/<slug>.png, and /og/<name>.ja.png, /og/<name>.ru.png (contract.ogImage).
// Drawn as the map images are (lib/server/images/card-image.ts: an SVG whose lines are laid out
// with the fonts' own metrics, rasterized by resvg), so each line is drawn as it was measured.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return contract.ogImages().map((path) => ({ name: path.slice("/og/".length) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const card = ogCard((await params).name);
  if (!card) return new Response("Not found", { status: 404 });
  const png = await cardPng(card);
  return new Response(png as BodyInit, {
    // The headers next/og's ImageResponse gave the cards before.
    headers: {
      "Content-Type": "image/png",
      "Cache-Control":
        process.env.NODE_ENV === "development" ? "no-cache, no-store" : "public, max-age=0, must-revalidate",
    },
  });
}
