import { type NextRequest, NextResponse } from "next/server";

// `?asof=` pages are rendered on the server per request; the plain pages stay static.
// `/centers/x?asof=D` is rewritten to the internal route `/asof/D/centers/x`, and
// `/embed/x?asof=D` to `/embed/asof/D/x` (the visible URL does not change), which parses and clamps D. A direct visit to the internal route is
// redirected to the public URL, so there is one address per view.
const MAX_ASOF_LENGTH = 64;
/** Marks a request this proxy rewrote, which Next passes through the proxy once more. */
const REWRITTEN = "x-jcm-asof-rewrite";

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;

  const internal =
    /^\/asof\/([^/]+)(\/centers\/[^/]+)?\/?$/.exec(pathname) ?? /^\/embed\/asof\/([^/]+)(\/[^/]+)?\/?$/.exec(pathname);
  if (internal && request.headers.get(REWRITTEN) === "1") return NextResponse.next();
  if (internal) {
    const url = request.nextUrl.clone();
    const isEmbed = pathname.startsWith("/embed/");
    url.pathname = isEmbed ? `/embed${internal[2] ?? ""}` : (internal[2] ?? "/");
    url.searchParams.set("asof", decodeSafely(internal[1] ?? ""));
    return NextResponse.redirect(url, 308);
  }

  const asof = searchParams.get("asof");
  if (asof === null || asof === "") return NextResponse.next();
  const url = request.nextUrl.clone();
  const segment = encodeURIComponent(asof.slice(0, MAX_ASOF_LENGTH));
  const embed = /^\/embed(\/[^/]+)?\/?$/.exec(pathname);
  url.pathname = embed
    ? `/embed/asof/${segment}${embed[1] ?? ""}`
    : `/asof/${segment}${pathname === "/" ? "" : pathname}`;
  const headers = new Headers(request.headers);
  headers.set(REWRITTEN, "1");
  return NextResponse.rewrite(url, { request: { headers } });
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "invalid";
  }
}

export const config = {
  matcher: ["/", "/centers/:slug", "/asof/:path*", "/embed", "/embed/:path*"],
};
