import { type NextRequest, NextResponse } from "next/server";
import { contract, type Route } from "@/lib/contract";
import { type Page, pageHeaders } from "@/lib/headers";
import { inlineScriptHashes } from "@/lib/server/csp-manifest";
import { prerenderedNotFound } from "@/lib/server/not-found-page";

// Parse → act → headers. What an address is comes from the URL contract (lib/contract.ts, a pure
// function with a table of unit tests); this file only turns its answer into a response and adds
// the page's security headers. It does not read the dataset. Its rewrites stay inside the server,
// so it runs once per request and an internal address typed by a reader is redirected to its
// public one; no secret header marks its own requests (decision 008; isOwnRewrite below).

/** The 404 page's internal address (app/[locale]/(errors)/page-not-found). */
const NOT_FOUND = "/page-not-found";

export async function proxy(request: NextRequest) {
  if (isOwnRewrite(request)) return NextResponse.next();
  const { pathname, searchParams } = request.nextUrl;
  const route: Route = contract.route(pathname, searchParams);
  switch (route.kind) {
    case "file":
      return NextResponse.next();
    case "bad-request":
      // A path Next cannot decode (`/data/%`) would fail inside its router with a 500.
      return new NextResponse(`Bad request: ${route.reason}.\n`, {
        status: 400,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    case "redirect": {
      // Relative to the request's own URL (nextUrl keeps Next's view of the host and base path).
      const url = request.nextUrl.clone();
      const [path = "/", query = ""] = route.location.split("?");
      url.pathname = path;
      url.search = query ? `?${query}` : "";
      return NextResponse.redirect(url, route.status);
    }
    case "not-found": {
      // The language's 404 page, complete HTML, status 404 (a notFound() raised while rendering
      // reaches the reader as an empty shell: vercel/next.js#97000).
      const html = prerenderedNotFound(route.locale);
      const internal = `/${route.locale}${NOT_FOUND}`;
      if (!html) return rewrite(request, internal); // next dev (no build output): the same page, status 200
      const response = new NextResponse(request.method === "HEAD" ? null : html, {
        status: 404,
        headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
      });
      return secured(response, { hashes: inlineScriptHashes(internal) ?? [], embed: false });
    }
    case "page": {
      // The internal route carries nothing from the query: a dated view's is its state's page
      // (lib/contract.ts `stateDate`), and the embed's options are read in the browser. (Next
      // echoes the rewritten URL in a response header, which must not grow with, or reflect,
      // whatever a client puts in the query.)
      const embed = route.view.embedded;
      const hashes = inlineScriptHashes(route.internal);
      if (hashes === null) return rewrite(request, route.internal); // next dev: no policy
      // Every page is prerendered, dated views once per state (decision 010): its policy allows
      // exactly its inline scripts, by hash, so the response is the same for every reader and a
      // CDN may cache it. (A page missing from the manifest would get no inline script at all.)
      return secured(rewrite(request, route.internal), { hashes: hashes ?? [], embed });
    }
  }
}

/**
 * Serves the internal route at `path` for this request (the address bar does not change). The
 * URL is built from nextUrl, whose host is the one Next compares a rewrite with to decide that it
 * stays inside the server.
 */
function rewrite(request: NextRequest, path: string): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = path;
  url.search = "";
  return NextResponse.rewrite(url);
}

/**
 * Whether this request is Next coming back with our own rewrite. Started with an IP as its
 * hostname (`next start -H 127.0.0.1`), Next takes every rewrite for an external one and fetches
 * it over HTTP from itself, which runs this proxy again on the internal address
 * (vercel/next.js#84341, #94745); that second request carries the headers the first pass set,
 * among them the page's Content-Security-Policy, which browsers never send. Such a request is
 * served as it is. It is not a secret and guards nothing: an internal address only renders the view
 * it names. The scripts start the server as `-H localhost`, where Next keeps rewrites internal.
 */
function isOwnRewrite(request: NextRequest): boolean {
  const first = request.nextUrl.pathname.split("/")[1];
  return request.headers.has("content-security-policy") && contract.isLocale(first);
}

/**
 * A page's own headers, from the header table (lib/headers.ts `pageHeaders`): its
 * Content-Security-Policy and, except for the embeds, which anyone may frame, X-Frame-Options.
 * The headers every response carries come from next.config.ts.
 */
function secured(response: NextResponse, page: Page): NextResponse {
  for (const [name, value] of Object.entries(pageHeaders(page))) {
    if (value === null) response.headers.delete(name);
    else response.headers.set(name, value);
  }
  return response;
}

// Every request passes here; pages are mapped to their internal routes, files go through untouched.
export const config = {
  matcher: ["/:path*"],
};
