// The Content-Security-Policy of every page, and the other security headers (docs/security.md).
// Pure functions: proxy.ts applies them per request, next.config.ts to files and route handlers,
// e2e/security.spec.ts checks the headers the server sends with Google's CSP Evaluator.

/**
 * What a page's scripts are allowed by: the hashes of its inline scripts. Every page is
 * prerendered (one page per view, every date shown in the browser: decision 012), so no page needs a nonce, and a page's
 * headers are the same for every reader (a CDN may cache them).
 */
export type ScriptAllowance = { hashes: readonly string[] };

/**
 * The policy of a page. Scripts: our origin, plus exactly the inline scripts of this page, by
 * hash; never `'unsafe-inline'` or `'unsafe-eval'`. Styles allow inline `style=""` attributes (React's,
 * MapLibre's markers), which cannot run code. Workers: MapLibre's worker from our origin (and
 * blob: URLs, which MapLibre may use). Only embeds may be framed, by anyone.
 */
export function pagePolicy({ scripts, embed }: { scripts: ScriptAllowance; embed: boolean }): string {
  const scriptSrc = ["'self'", ...scripts.hashes];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "frame-src 'self'",
    "manifest-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${embed ? "*" : "'none'"}`,
  ].join("; ");
}

/** The policy of everything that is not a page (downloads, oEmbed, images, static files). */
export const RESOURCE_POLICY =
  "default-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The policy of MapLibre's worker script, which governs the worker: it fetches the basemap. */
export const WORKER_POLICY =
  "default-src 'none'; connect-src 'self'; script-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Headers for every response (pages and files alike). */
export const COMMON_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value:
      "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "cross-origin" },
];
