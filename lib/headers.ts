// Every security and cache header the site sends, declared once: HEADER_TABLE, path pattern →
// headers (docs/security.md). Each place that sends headers renders it:
// - the Node server: `nextHeaders()` (next.config.ts: files and route handlers) and
//   `pageHeaders()` (proxy.ts: each page, with its own script hashes);
// - the static export: `_headers` (scripts/lib/headers-file.ts) and the nginx configuration
//   (scripts/lib/nginx-conf.ts).
// lib/headers.test.ts renders each of them and checks that what each would send for a path is
// the table's answer (`headersFor`). Pure: no Next, no React, no dataset, no `@/` imports
// (next.config.ts imports it).

import { COMMON_SECURITY_HEADERS, pagePolicy, RESOURCE_POLICY, WORKER_POLICY } from "./security";

/** What a page's headers depend on: the hashes of its inline scripts, and whether anyone may frame it. */
export type Page = { hashes: readonly string[]; embed: boolean };

/** A header's value; null: not sent (it cancels the value an earlier rule gave). */
export type Value = string | null;

/**
 * Path patterns, one syntax for every target: `/oembed` (exactly that path), `/data/*` (the
 * splat: anything after the prefix, any depth), `/:locale/images/*` (a placeholder: one
 * segment). At most one splat, at the end (Cloudflare Pages takes one splat per rule).
 */
export type Pattern = `/${string}`;

/**
 * One rule of the table. Rules apply in order; a later rule's value for a header replaces an
 * earlier one's. `paths` is:
 * - "everything": every response;
 * - "not pages": every response that is not a page: files, downloads, route handlers and, on
 *   a static host, any other path (the Node server lists them: SERVER_FILES);
 * - "pages": every page and 404 page, whose paths and script hashes are known per page, at
 *   request time (proxy.ts) or export time (scripts/export.ts); only these rules' values may be
 *   functions of the page;
 * - patterns.
 */
export type Rule = { why: string; only?: "static" } & (
  | { paths: "everything" | "not pages" | readonly Pattern[]; headers: Readonly<Record<string, Value>> }
  | { paths: "pages"; headers: Readonly<Record<string, Value | ((page: Page) => Value)>> }
);

const IMMUTABLE = { "Cache-Control": "public, max-age=31536000, immutable" };

/** The table. `only: "static"`: the static export's hosts only (the rule's `why` says what the Node server does). */
export const HEADER_TABLE: readonly Rule[] = [
  {
    why: "Every response, pages and files alike",
    paths: "everything",
    headers: Object.fromEntries(COMMON_SECURITY_HEADERS.map((h) => [h.key, h.value])),
  },
  {
    why: "Everything that is not a page: a policy that lets nothing run, and no framing",
    paths: "not pages",
    headers: { "Content-Security-Policy": RESOURCE_POLICY, "X-Frame-Options": "DENY" },
  },
  {
    why: "Next's content-hashed assets. The Node server sends the same itself (and must not be told to: in next dev its chunks change under one name)",
    paths: ["/_next/static/*"],
    headers: IMMUTABLE,
    only: "static",
  },
  {
    why: "Content-hashed: the basemap, the maps drawn on the server (scripts/generate-map.ts), the Japanese subset font",
    paths: ["/basemap/*", "/map/*", "/fonts/*"],
    headers: IMMUTABLE,
  },
  {
    why: "MapLibre's worker, under a versioned name; its policy governs the worker, which fetches the basemap",
    paths: ["/vendor/*"],
    headers: { ...IMMUTABLE, "Content-Security-Policy": WORKER_POLICY },
  },
  {
    why: "The map images' saved files. The Node server's image route sends its own (immutable with the data version in the link, else max-age=300 with s-maxage and an ETag)",
    paths: ["/images/*", "/:locale/images/*"],
    headers: { "Cache-Control": "public, max-age=300" },
    only: "static",
  },
  {
    why: "Pages: a policy allowing exactly the page's inline scripts; only the embeds may be framed (X-Frame-Options for browsers that predate frame-ancestors)",
    paths: "pages",
    headers: {
      "Content-Security-Policy": ({ hashes, embed }) => pagePolicy({ scripts: { hashes }, embed }),
      "X-Frame-Options": ({ embed }) => (embed ? null : "DENY"),
    },
  },
];

/**
 * What the Node server serves that is not a page, as patterns: "not pages" there. (Its header
 * rules cannot have a catch-all for files: they are also matched against the internal path a
 * page is served from, and a page's headers are the proxy's.) lib/headers.test.ts checks that
 * every file and route handler of the URL contract is here and that no page is.
 */
export const SERVER_FILES: readonly Pattern[] = [
  "/_next/static/*",
  "/basemap/*",
  "/map/*",
  "/fonts/*",
  "/vendor/*",
  "/data/*",
  "/og/*",
  "/images/*",
  "/:locale/images/*",
  "/oembed",
  "/embed.js",
  "/robots.txt",
  "/sitemap.xml",
  "/icon.svg",
  "/updates.atom",
  "/:locale/updates.atom",
];

/** Where headers are sent from: the Node server (next start) or a static host serving the export. */
export type Target = "node" | "static";

/** A pattern as a regular expression over a path (the splat greedy, a placeholder one segment). */
export function patternSource(pattern: Pattern): string {
  const segments = pattern
    .split("/")
    .map((segment) =>
      segment === "*" ? ".*" : segment.startsWith(":") ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    );
  return `^${segments.join("/")}$`;
}

/** The same, compiled. */
export const patternRegex = (pattern: Pattern) => new RegExp(patternSource(pattern));

/** The value of each header of a rule, for `page` (null: the path is not a page). */
function valuesOf(rule: Rule, page: Page | null): [string, Value][] {
  if (rule.paths !== "pages") return Object.entries(rule.headers);
  if (!page) throw new Error("a page rule needs its page");
  return Object.entries(rule.headers).map(([name, value]) => [name, typeof value === "function" ? value(page) : value]);
}

/**
 * The table's answer: the headers a response for `path` carries, for a page (`page`, which a
 * page's path does not say) or anything else (`null`). Names as the table spells them.
 */
export function headersFor(path: string, page: Page | null, target: Target): Record<string, string> {
  const out = new Map<string, string>();
  for (const rule of HEADER_TABLE) {
    if (rule.only === "static" && target !== "static") continue;
    const applies =
      rule.paths === "everything" ||
      (rule.paths === "not pages" && page === null) ||
      (rule.paths === "pages" && page !== null) ||
      (Array.isArray(rule.paths) && rule.paths.some((p: Pattern) => patternRegex(p).test(path)));
    if (!applies) continue;
    for (const [name, value] of valuesOf(rule, page)) {
      if (value === null) out.delete(name);
      else out.set(name, value);
    }
  }
  return Object.fromEntries(out);
}

/** A page's own headers, for proxy.ts (the rest come from `nextHeaders()`); null: remove it. */
export function pageHeaders(page: Page): Record<string, Value> {
  return Object.fromEntries(HEADER_TABLE.flatMap((rule) => (rule.paths === "pages" ? valuesOf(rule, page) : [])));
}

/** A pattern as a Next.js `source`: the splat becomes `:path*`. */
const nextSource = (pattern: Pattern) => pattern.replace(/\/\*$/, "/:path*");

/**
 * next.config.ts `headers()`: the table's rules for everything but pages (the proxy's, by
 * `pageHeaders`), in the table's order (Next gives the last rule's value when two set one header).
 * "not pages" becomes one rule per SERVER_FILES pattern; `only: "static"` rules are left out.
 */
export function nextHeaders(): { source: string; headers: { key: string; value: string }[] }[] {
  return HEADER_TABLE.flatMap((rule) => {
    if (rule.paths === "pages" || rule.only === "static") return [];
    const headers = Object.entries(rule.headers).map(([key, value]) => {
      if (value === null) throw new Error(`${key}: next.config.ts cannot remove a header (${rule.why})`);
      return { key, value };
    });
    const paths =
      rule.paths === "everything" ? ["/*" as const] : rule.paths === "not pages" ? SERVER_FILES : rule.paths;
    return paths.map((p) => ({ source: nextSource(p), headers }));
  });
}
