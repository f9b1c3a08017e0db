// The map images' responses (app/images/[name], app/[locale]/images/[name]): the address read by
// the URL contract, the date by the dataset, the picture drawn by lib/server/images/map-image.ts. Drawn when
// asked (a PNG takes resvg about half a second, off the event loop, one at a time) and kept for
// the next reader.
import "server-only";
import { createHash } from "node:crypto";
import { renderAsync } from "@resvg/resvg-js";
import { IMAGE_VERSION } from "@/generated/image-version";
import { contract } from "@/lib/contract";
import { centers } from "@/lib/server/centers";
import { IMAGE_SIZE, imageFileName, imageSpec, mapImageSvg, PNG_SCALE } from "@/lib/server/images/map-image";
import { imageFontFiles } from "@/lib/server/images/png-fonts";

const TYPES = { svg: "image/svg+xml; charset=utf-8", png: "image/png" } as const;

/** The pictures drawn lately, by what they show: a newsroom's readers ask for the same few. */
const recent = new Map<string, Uint8Array>();
const RECENT_MAX = 48;

function plainText(status: number, body: string, extra: Record<string, string> = {}): Response {
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

// One PNG drawn at a time: each keeps a core busy for about half a second, and eight at once on
// two cores made a page wait 2.1 s (0.27 s queued; docs/performance.md). Queued, pages keep the
// other core.
let queue: Promise<unknown> = Promise.resolve();
/** The same picture asked for again while it is being drawn waits for that drawing. */
const drawing = new Map<string, Promise<Uint8Array>>();
/** Pictures waiting beyond this many are refused for now (a 503 with Retry-After), not queued. */
const QUEUE_MAX = 32;
function rasterizeQueued(key: string, svg: string): Promise<Uint8Array> | null {
  let pending = drawing.get(key);
  if (!pending) {
    if (drawing.size >= QUEUE_MAX) return null;
    pending = queue.then(() => rasterize(svg)).finally(() => drawing.delete(key));
    queue = pending.catch(() => undefined);
    drawing.set(key, pending);
  }
  return pending;
}

/**
 * The answer to an image address: the picture, a 304 when the reader has it, a 308 from
 * `/en/images/…`, a 404 naming the images there are, or a 400 saying which option is wrong.
 * Caching: a picture changes only with what it is drawn from, which IMAGE_VERSION hashes (the
 * data, the messages, the drawing code, the fonts: scripts/jp-font.mjs, writeImageVersion), so a link
 * carrying the current version (`&v=`, as the Share dialog's do) is immutable; without it, or
 * with an older one, browsers keep it five minutes and a CDN until it is purged (docs/deploy.md),
 * revalidating by ETag, which carries the version too.
 */
export async function imageResponse(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const parsed = contract.parseImage(url.pathname, url.searchParams);
  if (parsed.kind === "not-found") {
    const examples = [
      contract.image({ locale: parsed.locale, slug: null }, "png"),
      contract.image({ locale: parsed.locale, slug: "moscow" }, "svg"),
    ];
    return plainText(404, `No such image. Images are ${examples.join(", ")}: overview or a centre, .svg or .png.`);
  }
  if (parsed.kind === "bad-request") return plainText(400, `Bad request: ${parsed.reason}.`);
  if (parsed.kind === "redirect") return new Response(null, { status: 308, headers: { Location: parsed.location } });

  const asof = centers.parseAsof(parsed.asof);
  // Not echoed: a request's own text stays out of every answer (e2e/hostile.spec.ts).
  if (asof.kind === "ignored") return plainText(400, "Bad request: asof must be a date written YYYY-MM-DD.");
  const spec = imageSpec({ locale: parsed.locale, slug: parsed.slug, theme: parsed.theme, asof });
  const key = [spec.locale, spec.slug ?? "overview", spec.theme, spec.span?.from ?? "latest", parsed.format].join("|");
  const etag = `"${IMAGE_VERSION}-${createHash("sha256").update(key).digest("hex").slice(0, 16)}"`;
  const headers: Record<string, string> = {
    "Content-Type": TYPES[parsed.format],
    // Named after the date asked for (the picture names its state's first and last day).
    "Content-Disposition": `inline; filename="${imageFileName({ ...spec, asof }, parsed.format)}"`,
    "Cache-Control":
      parsed.version === IMAGE_VERSION
        ? "public, max-age=31536000, immutable"
        : "public, max-age=300, s-maxage=31536000",
    ETag: etag,
  };
  // Weak or strong: a proxy that compresses the SVG may have weakened the tag.
  const ifNoneMatch = request.headers
    .get("if-none-match")
    ?.split(/\s*,\s*/)
    .map((tag) => tag.replace(/^W\//, ""));
  if (ifNoneMatch?.includes(etag) || ifNoneMatch?.includes("*")) return new Response(null, { status: 304, headers });
  let body = recent.get(key);
  if (!body) {
    const svg = mapImageSvg(spec);
    if (parsed.format === "svg") body = new TextEncoder().encode(svg);
    else {
      const drawn = rasterizeQueued(key, svg);
      if (!drawn)
        return plainText(503, "Busy drawing other pictures: try again in a few seconds.", { "Retry-After": "5" });
      body = await drawn;
    }
    recent.set(key, body);
    if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value ?? key);
  }
  return new Response(request.method === "HEAD" ? null : (body as BodyInit), { status: 200, headers });
}
