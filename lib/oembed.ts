// oEmbed 1.0 (https://oembed.com) for our page URLs: a `rich` response with the embed snippet.

import { parseAsof } from "@/lib/asof";
import { centers } from "@/lib/centers";
import { buildEmbedSnippet, DEFAULT_EMBED_OPTIONS, parseEmbedOptions } from "@/lib/embed";
import { ogImagePath } from "@/lib/page-metadata";
import { splitLocale } from "@/lib/routes";
import { centreTitle, storySpan, translator } from "@/lib/text";

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

  // Any page of ours, in any language: a centre (or its embed) gets that centre; the others get
  // the overview. The embed is in the page's language (`/ja/...`, or an embed's `?lang=`).
  const { locale: pathLocale, rest } = splitLocale(url.pathname);
  const m = /^\/(?:(?:centers|embed)\/([a-z-]+)|embed|sources|about)?\/?$/.exec(rest);
  const slug = m?.[1] ?? null;
  if (!m || (slug && !centers.city(slug))) return { status: 404, body: { error: "no such page on this site" } };

  const city = slug ? centers.city(slug) : undefined;
  const asof = parseAsof(url.searchParams.get("asof"), centers.asofRange);
  const asofDate = asof.kind === "date" || asof.kind === "clamped" ? asof.date : null;
  const parsed = rest.startsWith("/embed") ? parseEmbedOptions(url.searchParams) : DEFAULT_EMBED_OPTIONS;
  const options = { ...parsed, lang: pathLocale === "en" ? parsed.lang : pathLocale };
  const origin = origins[0] ?? url.origin;
  const t = translator(options.lang);
  const title = city
    ? t("oembed.titleCity", { title: centreTitle(city, options.lang) })
    : t("oembed.title", storySpan());
  const maxwidth = positiveInt(params.get("maxwidth"));
  const maxheight = positiveInt(params.get("maxheight"));
  const width = maxwidth ? clamp(maxwidth, 300, 1200) : 640;
  const height = maxheight ? clamp(maxheight, 300, 900) : options.panel ? 640 : 460;

  return {
    status: 200,
    body: {
      version: "1.0",
      type: "rich",
      provider_name: t("site.name"),
      provider_url: `${origin}/`,
      title,
      html: buildEmbedSnippet({ origin, slug, options, title, asof: asofDate }).replace(
        /height="\d+"/,
        `height="${height}"`,
      ),
      width,
      height,
      thumbnail_url: `${origin}${ogImagePath(slug ?? "overview", options.lang)}`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
      cache_age: 86400,
    },
  };
}
