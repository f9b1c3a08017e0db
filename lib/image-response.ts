// The map images' responses (app/images/[name], app/[locale]/images/[name]): the address read by
// the URL contract, the date by the dataset, the picture drawn by lib/map-image.ts. Drawn when
// asked (a PNG takes resvg about half a second, off the event loop) and kept for the next reader.
import "server-only";
import { createHash } from "node:crypto";
import { renderAsync } from "@resvg/resvg-js";
import { centers } from "@/lib/centers";
import { contract } from "@/lib/contract";
import { imageFontFiles } from "@/lib/image-fonts";
import { IMAGE_SIZE, imageFileName, type MapImageSpec, mapImageSvg, PNG_SCALE } from "@/lib/map-image";

const TYPES = { svg: "image/svg+xml; charset=utf-8", png: "image/png" } as const;

/** The pictures drawn lately, by what they show: a newsroom's readers ask for the same few. */
const recent = new Map<string, Uint8Array>();
const RECENT_MAX = 48;

function text(status: number, body: string, extra: Record<string, string> = {}): Response {
  return new Response(`${body}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra },
  });
}

/** The PNG of an SVG: IMAGE_SIZE × PNG_SCALE (2400 px wide), with the image fonts only. */
export async function rasterize(svg: string): Promise<Uint8Array> {
  const image = await renderAsync(svg, {
    fitTo: { mode: "width", value: IMAGE_SIZE.width * PNG_SCALE },
    font: { fontFiles: imageFontFiles(), loadSystemFonts: false, defaultFontFamily: "Noto Sans JP" },
  });
  return new Uint8Array(image.asPng());
}

/**
 * The answer to an image address: the picture, a 304 when the reader has it, a 308 from
 * `/en/images/…`, a 404 naming the images there are, or a 400 saying which option is wrong.
 * Caching: the picture for a data version never changes, so a link carrying that version
 * (`&v=2026-11-30`, as the Share dialog's do) is immutable; without it, browsers keep it briefly
 * and a CDN until it is purged (docs/deploy.md), revalidating by ETag.
 */
export async function imageResponse(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const parsed = contract.parseImage(url.pathname, url.searchParams);
  if (parsed.kind === "not-found") {
    const examples = [
      contract.image({ locale: parsed.locale, slug: null }, "png"),
      contract.image({ locale: parsed.locale, slug: "moscow" }, "svg"),
    ];
    return text(404, `No such image. Images are ${examples.join(", ")}: overview or a centre, .svg or .png.`);
  }
  if (parsed.kind === "bad-request") return text(400, `Bad request: ${parsed.reason}.`);
  if (parsed.kind === "redirect") return new Response(null, { status: 308, headers: { Location: parsed.location } });

  const asof = centers.parseAsof(parsed.asof);
  if (asof.kind === "ignored") {
    return text(400, `Bad request: asof must be a date written YYYY-MM-DD (got "${asof.requested}").`);
  }
  // A dated picture shows its date's state and names the state's first and last day: the same
  // picture for every day between (decision 010), so the static export's one file per state and
  // this server draw the same thing, and a CDN may keep one per state.
  const span = asof.kind === "latest" ? undefined : centers.stateSpan(asof.date);
  const spec: MapImageSpec = {
    locale: parsed.locale,
    slug: parsed.slug,
    theme: parsed.theme,
    asof: span ? { kind: "date", date: span.from } : asof,
    span,
  };
  const version = centers.meta.dataVersion;
  const key = [spec.locale, spec.slug ?? "overview", spec.theme, span?.from ?? "latest", parsed.format].join("|");
  const etag = `"${version}-${createHash("sha256").update(key).digest("hex").slice(0, 16)}"`;
  const headers: Record<string, string> = {
    "Content-Type": TYPES[parsed.format],
    "Content-Disposition": `inline; filename="${imageFileName({ ...spec, asof }, parsed.format)}"`,
    "Cache-Control":
      url.searchParams.get("v") === version
        ? "public, max-age=31536000, immutable"
        : "public, max-age=300, s-maxage=31536000",
    ETag: etag,
  };
  if (
    request.headers
      .get("if-none-match")
      ?.split(/\s*,\s*/)
      .includes(etag)
  ) {
    return new Response(null, { status: 304, headers });
  }
  let body = recent.get(key);
  if (!body) {
    const svg = mapImageSvg(spec);
    body = parsed.format === "svg" ? new TextEncoder().encode(svg) : await rasterize(svg);
    recent.set(key, body);
    if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value ?? key);
  }
  return new Response(request.method === "HEAD" ? null : (body as BodyInit), { status: 200, headers });
}
