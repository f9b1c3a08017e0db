// oEmbed 1.0 (https://oembed.com) for our page URLs: a `rich` response with the embed snippet.
import "server-only";
import { contract } from "@/lib/contract";
import { buildEmbedSnippet } from "@/lib/embed";
import { centersFor } from "@/lib/server/centers";
import { centreTitle, translator } from "@/lib/server/text";

export type OembedResult = { status: number; body: Record<string, unknown> };

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d{1,5}$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
}

/**
 * Answers `/oembed?url=&maxwidth=&maxheight=&format=` for the site at `origins[0]`.
 * 400: `url` missing or not a URL; 404: not one of our pages; 501: a format other than JSON.
 */
export function oembed(params: URLSearchParams, origins: readonly string[]): OembedResult {
  const format = params.get("format");
  if (format !== null && format !== "" && format !== "json") {
    return { status: 501, body: { error: `format "${format.slice(0, 20)}" is not supported; use json` } };
  }
  const raw = params.get("url");
  if (!raw) return { status: 400, body: { error: "the url parameter is required" } };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { status: 400, body: { error: "url is not a valid absolute URL" } };
  }
  if (!/^https?:$/.test(url.protocol)) return { status: 400, body: { error: "url must be http(s)" } };
  if (!origins.includes(url.origin)) return { status: 404, body: { error: "not a page of this site" } };

  // Any page of ours, in any language (an English embed's `?lang=` too): a centre (or its embed)
  // gets that centre's embed; the others get the overview's. A date the page parses is kept.
  const route = contract.route(url.pathname, url.searchParams);
  const location = route.kind === "redirect" ? new URL(route.location, url) : null;
  const view =
    route.kind === "page" ? route.view : location ? contract.parseView(location.pathname, location.searchParams) : null;
  if (!view) return { status: 404, body: { error: "no such page on this site" } };

  const centers = centersFor(view.locale);
  const city = view.slug ? centers.city(view.slug) : undefined;
  const asof = centers.parseAsof(view.asof);
  const embed = contract.view({
    ...view,
    page: city ? "centre" : "overview",
    embedded: true,
    asof: asof.kind === "date" || asof.kind === "clamped" ? asof.date : null,
  });
  const origin = origins[0] ?? url.origin;
  const t = translator(view.locale);
  const title = city
    ? t("oembed.titleCity", { title: centreTitle(city, view.locale) })
    : t("oembed.title", centers.storySpan());
  const maxwidth = positiveInt(params.get("maxwidth"));
  const maxheight = positiveInt(params.get("maxheight"));
  const width = maxwidth ? clamp(maxwidth, 300, 1200) : 640;
  const height = maxheight ? clamp(maxheight, 300, 900) : embed.options.panel ? 640 : 460;

  return {
    status: 200,
    body: {
      version: "1.0",
      type: "rich",
      provider_name: t("site.name"),
      provider_url: `${origin}/`,
      title,
      html: buildEmbedSnippet({ origin, view: embed, title, height }),
      width,
      height,
      thumbnail_url: `${origin}${contract.ogImage(embed)}`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
      cache_age: 86400,
    },
  };
}
