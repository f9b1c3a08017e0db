import { oembed } from "@/lib/oembed";
import { SITE_URL } from "@/lib/site";

/** oEmbed endpoint: `/oembed?url=<page url>&maxwidth=&maxheight=&format=json`. */
export function GET(request: Request) {
  const requestOrigin = new URL(request.url).origin;
  const origins = [...new Set([new URL(SITE_URL).origin, requestOrigin])];
  const { status, body } = oembed(new URL(request.url).searchParams, origins);
  return Response.json(body, {
    status,
    headers: { "Cache-Control": status === 200 ? "public, max-age=3600" : "no-store" },
  });
}
