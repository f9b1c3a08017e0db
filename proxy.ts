import { type NextRequest, NextResponse } from "next/server";
import { isLocale, type Locale } from "@/i18n/routing";
import { centers } from "@/lib/centers";
import { inlineScriptHashes } from "@/lib/csp-manifest";
import { EMBED_OPTIONS_SCRIPT } from "@/lib/embed";
import { prerenderedNotFound } from "@/lib/not-found-page";
import { localizedPath, splitLocale } from "@/lib/routes";
import { pagePolicy, scriptHash } from "@/lib/security";
import { THEME_SCRIPT } from "@/lib/theme";

// Every page lives under the internal `[locale]` segment; this proxy maps public URLs onto it
// (decision 006). English has no prefix: `/centers/x` is served by `/en/centers/x`, `/ja/centers/x`
// by itself. An embed may also take its language from `?lang=` (`/embed/x?lang=ja` redirects to `/ja/embed/x`).
//
// `?asof=` pages are rendered on the server per request; the plain pages stay static.
// `/centers/x?asof=D` is rewritten to the internal route `/en/asof/D/centers/x`, and
// `/embed/x?asof=D` to `/en/embed/asof/D/x` (the visible URL does not change), which parses and
// clamps D. A direct visit to an internal address (`/en/...`, `/asof/...`) is redirected to the
// public URL, so there is one address per view.
const MAX_ASOF_LENGTH = 64;
/** Marks a request this proxy rewrote, which Next passes through the proxy once more. */
const REWRITTEN = "x-jcm-rewrite";
/**
 * The marker's value: a secret of this server process, so a client cannot send the header
 * itself to reach internal routes unchecked (found by e2e/hostile.spec.ts).
 */
const REWRITE_TOKEN = crypto.randomUUID();
/** The 404 page's internal address (app/[locale]/(errors)/page-not-found). */
const NOT_FOUND = "/page-not-found";
const SLUGS = new Set(centers.citySlugs());

/** Whether a public path (without its language) is one of the site's pages. */
function isPage(rest: string): boolean {
  if (rest === "/" || rest === "/sources" || rest === "/about" || rest === "/embed") return true;
  const centre = /^\/(?:centers|embed)\/([^/]+)$/.exec(rest);
  return centre?.[1] !== undefined && SLUGS.has(centre[1]);
}

export async function proxy(request: NextRequest) {
  if (request.headers.get(REWRITTEN) === REWRITE_TOKEN) return NextResponse.next();
  const { pathname, searchParams } = request.nextUrl;
  // A path Next cannot decode (`/data/%`) would fail inside its router with a 500.
  if (decodeSafely(pathname) === null) {
    return new NextResponse("Bad request: malformed percent-encoding in the path.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  // Files and route handlers: Next serves them as they are.
  if (FILES.test(pathname)) return NextResponse.next();

  // `/en/...` is the internal address of the unprefixed English page.
  if (/^\/en(?:\/|$)/.test(pathname)) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.slice(3) || "/";
    return NextResponse.redirect(url, 308);
  }
  const split = splitLocale(pathname);
  const locale: Locale = split.locale;
  const rest = split.rest;

  const internal =
    /^\/asof\/([^/]+)(\/centers\/[^/]+)?\/?$/.exec(rest) ?? /^\/embed\/asof\/([^/]+)(\/[^/]+)?\/?$/.exec(rest);
  if (internal) {
    const url = request.nextUrl.clone();
    const isEmbed = rest.startsWith("/embed/");
    url.pathname = localizedPath(isEmbed ? `/embed${internal[2] ?? ""}` : (internal[2] ?? "/"), locale);
    url.searchParams.set("asof", decodeSafely(internal[1] ?? "") ?? "invalid");
    return NextResponse.redirect(url, 308);
  }

  // `/embed/x?lang=ja` is the Japanese embed, whose address is `/ja/embed/x`: one address per
  // view, and links inside the embed keep the language in the path. (`lang=en` or a value that is
  // not one of our languages is ignored.)
  const embed = /^\/embed(\/[^/]+)?\/?$/.exec(rest);
  const lang = searchParams.get("lang");
  if (embed && locale === "en" && isLocale(lang) && lang !== "en") {
    const url = request.nextUrl.clone();
    url.pathname = localizedPath(rest, lang);
    url.searchParams.delete("lang");
    return NextResponse.redirect(url, 308);
  }

  const headers = new Headers(request.headers);
  headers.set(REWRITTEN, REWRITE_TOKEN);
  // Not a page: the language's 404 page, complete HTML, status 404.
  if (!isPage(rest.replace(/\/$/, "") || "/")) {
    const html = prerenderedNotFound(locale);
    if (html) {
      const response = new NextResponse(request.method === "HEAD" ? null : html, {
        status: 404,
        headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
      });
      return secured(response, { route: `/${locale}${NOT_FOUND}`, embed: false });
    }
    // No build output (next dev): the same page, with status 200.
    const url = request.nextUrl.clone();
    url.pathname = `/${locale}${NOT_FOUND}`;
    url.search = "";
    return NextResponse.rewrite(url, { request: { headers } });
  }

  let target = rest;
  const asof = searchParams.get("asof");
  if (asof !== null && asof !== "") {
    const segment = encodeURIComponent(asof.slice(0, MAX_ASOF_LENGTH));
    target = embed ? `/embed/asof/${segment}${embed[1] ?? ""}` : `/asof/${segment}${rest === "/" ? "" : rest}`;
  }
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${target === "/" ? "" : target}`;
  // The internal request carries only what the server renders from: `asof` (also in the path).
  // Other parameters are read in the browser; Next echoes the rewritten URL in a response header,
  // which must not grow with (or reflect) whatever a client puts in the query.
  url.search = asof ? `?asof=${encodeURIComponent(asof.slice(0, MAX_ASOF_LENGTH))}` : "";
  const route = url.pathname;
  const hashes = inlineScriptHashes(route);
  if (hashes === null) return NextResponse.rewrite(url, { request: { headers } }); // next dev: no policy
  // A prerendered page allows exactly its inline scripts, by hash. A page rendered for this
  // request (a dated view) gets a nonce, which Next puts on its own scripts when it finds it in
  // the request's policy; our two fixed first-paint scripts are allowed by hash.
  const scripts = hashes ? { hashes } : { hashes: await FIXED_SCRIPT_HASHES, nonce: nonce() };
  const policy = pagePolicy({ scripts, embed: embed !== null });
  if (scripts.nonce) headers.set("Content-Security-Policy", policy);
  return secured(NextResponse.rewrite(url, { request: { headers } }), { policy, embed: embed !== null });
}

const FIXED_SCRIPT_HASHES = Promise.all([scriptHash(THEME_SCRIPT), scriptHash(EMBED_OPTIONS_SCRIPT)]);

function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * A page's security headers: its Content-Security-Policy (lib/security.ts) and, except for the
 * embeds, which anyone may frame, X-Frame-Options for browsers that predate frame-ancestors.
 */
function secured(
  response: NextResponse,
  options: { embed: boolean } & ({ policy: string } | { route: string }),
): NextResponse {
  const policy =
    "policy" in options
      ? options.policy
      : pagePolicy({ scripts: { hashes: inlineScriptHashes(options.route) ?? [] }, embed: options.embed });
  response.headers.set("Content-Security-Policy", policy);
  if (!options.embed) response.headers.set("X-Frame-Options", "DENY");
  return response;
}

function decodeSafely(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Next's own files, route handlers (downloads, oEmbed, social images) and files with an extension. */
const FILES = /^\/(?:_next\/|data\/|oembed(?:\/|$)|og\/|basemap\/|vendor\/)|\.[a-z0-9]+$/i;

// Every request passes here (the checks above are a few regular expressions); pages are mapped
// to their internal routes, files go through untouched.
export const config = {
  matcher: ["/:path*"],
};
