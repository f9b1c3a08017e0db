import type { Metadata } from "next";
import type { Asof } from "@/lib/asof";
import type { City } from "@/lib/centers";
import { formatPartialDate } from "@/lib/dates";
import { centerPath } from "@/lib/routes";
import { SITE_URL } from "@/lib/site";
import { cityDescription, overviewDescription } from "@/lib/text";

const OVERVIEW_TITLE = "Japan Centers in Russia, 1994–2025";

/**
 * Social cards and oEmbed discovery for a page: Open Graph and Twitter tags with the page's
 * 1200×630 image, and `<link rel="alternate" type="application/json+oembed">`.
 */
export function shareMetadata(path: string, title: string, description: string, image: string): Metadata {
  const images = [{ url: `/og/${image}.png`, width: 1200, height: 630, alt: title }];
  return {
    alternates: {
      canonical: path,
      types: { "application/json+oembed": `/oembed?url=${encodeURIComponent(`${SITE_URL}${path}`)}&format=json` },
    },
    openGraph: { type: "website", siteName: "Japan Centers Map", url: path, title, description, images },
    twitter: { card: "summary_large_image", title, description, images: images.map((i) => i.url) },
  };
}

/** Title suffix for a dated view: " — as of 1 June 2025". */
function asofSuffix(asof: Asof): string {
  return asof.kind === "date" || asof.kind === "clamped" ? ` — as of ${formatPartialDate(asof.date)}` : "";
}

/** Metadata of the overview; a dated view keeps the plain page as its canonical URL. */
export function overviewMetadata(asof: Asof): Metadata {
  const title = `${OVERVIEW_TITLE}${asofSuffix(asof)}`;
  const description = overviewDescription();
  return {
    title: { absolute: `${title} · Japan Centers Map` },
    description,
    ...shareMetadata("/", title, description, "overview"),
  };
}

/** Metadata of a centre's page. */
export function centerMetadata(city: City, asof: Asof): Metadata {
  const title = `${city.names.en} Japan Center (${city.names.ru}, ${city.names.ja})${asofSuffix(asof)}`;
  const description = cityDescription(city);
  return { title, description, ...shareMetadata(centerPath(city.slug), title, description, city.slug) };
}

/** Metadata of an embed: not indexed, canonical at the full page. */
export function embedMetadata(city: City | null, asof: Asof): Metadata {
  const base = city ? centerMetadata(city, asof) : overviewMetadata(asof);
  return { ...base, robots: { index: false, follow: true } };
}
