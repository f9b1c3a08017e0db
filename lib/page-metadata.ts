import type { Metadata } from "next";
import type { Asof } from "@/lib/asof";
import type { City } from "@/lib/centers";
import { formatPartialDate } from "@/lib/dates";
import { centerPath } from "@/lib/routes";
import { cityDescription, overviewDescription } from "@/lib/text";

const OVERVIEW_TITLE = "Japan Centers in Russia, 1994–2025";

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
    alternates: { canonical: "/" },
    openGraph: { type: "website", url: "/", title, description },
  };
}

/** Metadata of a centre's page. */
export function centerMetadata(city: City, asof: Asof): Metadata {
  const title = `${city.names.en} Japan Center (${city.names.ru}, ${city.names.ja})${asofSuffix(asof)}`;
  const description = cityDescription(city);
  return {
    title,
    description,
    alternates: { canonical: centerPath(city.slug) },
    openGraph: { type: "article", url: centerPath(city.slug), title, description },
  };
}
