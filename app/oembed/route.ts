import { oembed } from "@/lib/server/oembed";
import { SITE_URL } from "@/lib/site";

/** oEmbed endpoint: `/oembed?url=<page url>&maxwidth=&maxheight=&format=json`. */
export function GET(request: Request) {
  // The origin the client asked for (Host header), which may differ from SITE_URL locally.
  const host = request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  const requestOrigin = host && /^[\w.:[\]-]+$/.test(host) ? `${proto}://${host}` : new URL(request.url).origin;
  const origins = [...new Set([new URL(SITE_URL).origin, requestOrigin])];
  const { status, body } = oembed(new URL(request.url).searchParams, origins);
  return Response.json(body, {
    status,
    headers: { "Cache-Control": status === 200 ? "public, max-age=3600" : "no-store" },
  });
}
