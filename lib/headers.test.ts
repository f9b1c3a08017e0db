// Renders the header table (lib/headers.ts) for each place that sends headers — next.config.ts and
// the proxy, `_headers`, nginx — reads each rendering back as that server would apply it, and
// checks that what it sends for a path is the table's answer.
import { buildCustomRoute } from "next/dist/lib/build-custom-route";
import { describe, expect, it } from "vitest";
import {
  cloudflareHeaders,
  headersFile,
  MAX_LINE,
  MAX_RULES,
  readHeadersFile,
  ruleMatches,
} from "../scripts/lib/headers-file";
import { indexFile, nginxHeaders, nginxServer } from "../scripts/lib/nginx-conf";
import { contract } from "./contract";
import {
  HEADER_TABLE,
  headersFor,
  nextHeaders,
  type Page,
  type Pattern,
  pageHeaders,
  patternRegex,
  SERVER_FILES,
  type Target,
} from "./headers";
import { COMMON_SECURITY_HEADERS, pagePolicy, RESOURCE_POLICY, WORKER_POLICY } from "./security";

const HASHES = [
  "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='",
  "'sha256-BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB='",
];
const OTHER = ["'sha256-CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC='"];

/** A page and the file the export saves it as. */
type SamplePage = Page & { file: string };

/**
 * The sample: pages (with the file the export saves them as) and files. `node` is the path the
 * Node server sees (a 404 page is the answer to an unknown address), `internal` the internal
 * route a page is rendered from (Next matches its header rules against that path too).
 */
const SAMPLE: { path: string; page: SamplePage | null; node?: string; internal?: string }[] = [
  { path: "/", page: { file: "/", hashes: HASHES, embed: false }, internal: "/en" },
  {
    path: "/centers/moscow",
    page: { file: "/centers/moscow", hashes: HASHES, embed: false },
    internal: "/en/centers/moscow",
  },
  {
    path: "/ja/embed/moscow",
    page: { file: "/ja/embed/moscow", hashes: OTHER, embed: true },
    internal: "/ja/embed/moscow",
  },
  { path: "/ru/embed", page: { file: "/ru/embed", hashes: HASHES, embed: true }, internal: "/ru/embed" },
  { path: "/ja/sources", page: { file: "/ja/sources", hashes: [], embed: false }, internal: "/ja/sources" },
  {
    path: "/404.html",
    page: { file: "/404.html", hashes: OTHER, embed: false },
    node: "/no-such-page",
    internal: "/en/page-not-found",
  },
  {
    path: "/ja/404.html",
    page: { file: "/ja/404.html", hashes: OTHER, embed: false },
    node: "/ja/no-such-page",
    internal: "/ja/page-not-found",
  },
  ...[
    "/basemap/x.json",
    "/map/overview.0123abcd.svg",
    "/fonts/jp.0123abcd.woff2",
    "/vendor/maplibre-worker.js",
    "/_next/static/chunks/main.js",
    "/images/moscow.png",
    "/ja/images/moscow.svg",
    "/data/centers.json",
    "/data/events.csv",
    "/og/moscow.ja.png",
    "/embed.js",
    "/robots.txt",
    "/sitemap.xml",
    "/icon.svg",
    "/updates.atom",
    "/ru/updates.atom",
  ].map((path) => ({ path, page: null })),
];
const SAMPLE_PAGES = SAMPLE.flatMap((s) => (s.page ? [s.page] : []));

const lower = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
const answer = (path: string, page: Page | null, target: Target) => lower(headersFor(path, page, target));
const common = lower(Object.fromEntries(COMMON_SECURITY_HEADERS.map((h) => [h.key, h.value])));
const IMMUTABLE = "public, max-age=31536000, immutable";

describe("the header table", () => {
  it("keeps the values the site has always sent", () => {
    const page = { hashes: HASHES, embed: false };
    const resource = { ...common, "content-security-policy": RESOURCE_POLICY, "x-frame-options": "DENY" };
    expect(answer("/centers/moscow", page, "static")).toEqual({
      ...common,
      "content-security-policy": pagePolicy({ scripts: { hashes: HASHES }, embed: false }),
      "x-frame-options": "DENY",
    });
    expect(answer("/ja/embed/moscow", { hashes: HASHES, embed: true }, "static")).toEqual({
      ...common,
      "content-security-policy": pagePolicy({ scripts: { hashes: HASHES }, embed: true }),
    });
    expect(answer("/ja/embed/moscow", { hashes: HASHES, embed: true }, "static")["content-security-policy"]).toContain(
      "frame-ancestors *",
    );
    for (const path of ["/data/centers.json", "/og/moscow.png", "/oembed", "/robots.txt", "/updates.atom"]) {
      expect(answer(path, null, "static"), path).toEqual(resource);
      expect(answer(path, null, "node"), path).toEqual(resource);
    }
    for (const path of ["/basemap/x.json", "/map/a.svg", "/fonts/a.woff2"]) {
      expect(answer(path, null, "node"), path).toEqual({ ...resource, "cache-control": IMMUTABLE });
    }
    expect(answer("/vendor/maplibre-worker.js", null, "node")).toEqual({
      ...resource,
      "cache-control": IMMUTABLE,
      "content-security-policy": WORKER_POLICY,
    });
    expect(answer("/_next/static/a.js", null, "static")).toEqual({ ...resource, "cache-control": IMMUTABLE });
    expect(answer("/_next/static/a.js", null, "node")).toEqual(resource);
    for (const path of ["/images/moscow.png", "/ja/images/dark/1999-01-01/moscow.svg"]) {
      expect(answer(path, null, "static"), path).toEqual({ ...resource, "cache-control": "public, max-age=300" });
      expect(answer(path, null, "node"), path).toEqual(resource);
    }
  });

  it("writes its patterns in the syntax every target reads (one splat, at the end; placeholders whole segments)", () => {
    const patterns = [
      ...SERVER_FILES,
      ...HEADER_TABLE.flatMap((rule) => (Array.isArray(rule.paths) ? (rule.paths as readonly Pattern[]) : [])),
    ];
    for (const pattern of patterns) {
      const segments = pattern.split("/").slice(1);
      segments.forEach((segment, i) => {
        if (segment.includes("*")) expect(segment === "*" && i === segments.length - 1, pattern).toBe(true);
        if (segment.includes(":")) expect(segment, pattern).toMatch(/^:[a-z]+$/);
      });
    }
  });

  it("lists as the Node server's files every file and route handler of the URL contract, and no page", () => {
    const matches = (path: string) => SERVER_FILES.some((p) => patternRegex(p).test(path));
    const files = [...contract.exportList().files, ...contract.images(), "/oembed", "/embed.js"];
    for (const path of files) expect(matches(path), path).toBe(true);
    const views = contract.allViews();
    const pages = [
      ...views.map((v) => contract.path(v)),
      ...views.map((v) => contract.internalPath(v)),
      ...contract.locales.map((l) => `/${l}/page-not-found`),
    ];
    for (const path of pages) expect(matches(path), path).toBe(false);
  });
});

describe("next.config.ts and the proxy", () => {
  const rules = nextHeaders().map((rule) => ({
    regex: new RegExp(buildCustomRoute("header", rule).regex),
    headers: rule.headers,
  }));
  /** What next.config.ts's rules give a path: each matching rule in order, the last value winning. */
  const configured = (path: string) => {
    const out: Record<string, string> = {};
    for (const rule of rules) {
      if (!rule.regex.test(path)) continue;
      for (const { key, value } of rule.headers) out[key.toLowerCase()] = value;
    }
    return out;
  };

  it.each(SAMPLE)("$path: the table's answer", ({ path, page, node, internal }) => {
    const at = node ?? path;
    const sent = configured(at);
    if (page) {
      // The page's rendering is the proxy's; next.config.ts adds the same to its internal route,
      // and nothing that the proxy sets (so their order does not matter).
      if (internal) expect(configured(internal), internal).toEqual(sent);
      const own = pageHeaders(page);
      for (const name of Object.keys(own)) expect(sent[name.toLowerCase()], `${at} ${name}`).toBeUndefined();
      for (const [name, value] of Object.entries(own)) if (value !== null) sent[name.toLowerCase()] = value;
    }
    expect(sent).toEqual(answer(at, page, "node"));
  });
});

describe("_headers", () => {
  const text = headersFile(SAMPLE_PAGES);
  const rules = readHeadersFile(text);

  /** Where Cloudflare Pages serves a page: a directory's index.html at its address with a trailing slash (the others redirect there). */
  const cloudflareAddress = (file: string) => (file === "/" || file.endsWith(".html") ? file : `${file}/`);

  it.each(SAMPLE)("$path: the table's answer, as Cloudflare Pages applies it", ({ path, page }) => {
    const served = page ? cloudflareAddress(page.file) : path;
    expect(cloudflareHeaders(rules, served)).toEqual(answer(path, page, "static"));
  });

  it("gives each page one rule, which Netlify also matches without the trailing slash", () => {
    for (const page of SAMPLE_PAGES) {
      const addresses = page.file.endsWith(".html") || page.file === "/" ? [page.file] : [page.file, `${page.file}/`];
      for (const address of addresses) {
        const matching = rules.filter((r) => r.path !== "/*" && ruleMatches(r.path, address, "slash-optional"));
        expect(matching.length, address).toBe(1);
        expect(new Map(matching[0]?.set).get("content-security-policy"), address).toBe(
          headersFor(page.file, page, "static")["Content-Security-Policy"],
        );
      }
    }
    // One block per path (Cloudflare keys its rules by path).
    expect(rules.map((r) => r.path)).toEqual([...new Set(rules.map((r) => r.path))]);
  });

  it("fits Cloudflare Pages' 100 rules with every page of the export, and refuses more", () => {
    const { pages, notFound } = contract.exportList();
    const all: SamplePage[] = [
      ...pages.map((file) => ({ file, hashes: HASHES, embed: contract.parseView(file)?.embedded ?? false })),
      ...notFound.map(({ file }) => ({ file: `/${file}`, hashes: HASHES, embed: false })),
    ];
    expect(all.length).toBe(51);
    const count = readHeadersFile(headersFile(all)).length;
    expect(count).toBe(51 + 8);
    expect(count).toBeLessThanOrEqual(MAX_RULES);
    const more = Array.from({ length: MAX_RULES - 8 + 1 }, (_, i) => ({ file: `/p${i}`, hashes: [], embed: false }));
    expect(() => headersFile(more)).toThrow(/_headers: 101 rules, over Cloudflare Pages' limit of 100/);
    expect(() => headersFile(more.slice(1))).not.toThrow();
  });

  it("refuses a line over Cloudflare Pages' 2,000 characters", () => {
    const hashes = Array.from({ length: 40 }, (_, i) => `'sha256-${String(i).padStart(43, "A")}='`);
    expect(() => headersFile([{ file: "/", hashes, embed: false }])).toThrow(new RegExp(`over ${MAX_LINE}`));
  });
});

describe("nginx", () => {
  const maps = new Map<string, { fallback: string; exact: Map<string, string>; regex: [RegExp, string][] }>();
  const text = nginxHeaders(SAMPLE_PAGES);
  for (const [, variable, body] of text.matchAll(/^map \$uri (\$\w+) \{\n([\s\S]*?)\n\}/gm)) {
    const map = { fallback: "", exact: new Map<string, string>(), regex: [] as [RegExp, string][] };
    for (const line of (body ?? "").split("\n")) {
      const m = /^\s+(default|"[^"]*") "([^"]*)";$/.exec(line);
      if (!m) throw new Error(`not a map entry: ${line}`);
      const [, key = "", value = ""] = m;
      if (key === "default") map.fallback = value;
      else if (key.startsWith('"~')) map.regex.push([new RegExp(key.slice(2, -1)), value]);
      else map.exact.set(key.slice(1, -1), value);
    }
    maps.set(variable ?? "", map);
  }
  /** nginx's value of a variable: a map on $uri (exact key, else the first regex, else the default). */
  const evaluate = (value: string, uri: string) => {
    const map = maps.get(value);
    if (!value.startsWith("$")) return value.replace(/^"(.*)"$/, "$1");
    if (!map) throw new Error(`no map for ${value}`);
    return map.exact.get(uri) ?? map.regex.find(([re]) => re.test(uri))?.[1] ?? map.fallback;
  };
  const locations = [...nginxServer().matchAll(/^location (~ (\S+)|\/) \{\n([\s\S]*?)\n\}/gm)].map(
    ([, , regex, body]) => ({
      regex: regex ? new RegExp(regex) : null,
      headers: [...(body ?? "").matchAll(/^\s+add_header (\S+) ("[^"]*"|\$\w+) always;$/gm)].map(
        ([, name = "", value = ""]) => [name, value] as const,
      ),
    }),
  );
  /** The location nginx picks for a request path: the first regex location that matches, else `location /`. */
  const location = (path: string) =>
    locations.find((l) => l.regex?.test(path)) ?? locations.find((l) => l.regex === null);

  it.each(SAMPLE)("$path: the table's answer", ({ path, page }) => {
    // A page is asked for at its address and served from its index.html ($uri after try_files);
    // a 404 page is served by error_page, an internal request for its file.
    const request = page && !page.file.endsWith(".html") ? page.file : path;
    const uri = page ? indexFile(page.file) : path;
    const sent: Record<string, string> = {};
    for (const [name, value] of location(request)?.headers ?? []) {
      const v = evaluate(value, uri);
      if (v !== "") sent[name.toLowerCase()] = v;
    }
    expect(sent).toEqual(answer(path, page, "static"));
  });

  it("sends the same headers from every location that serves files or pages", () => {
    const served = locations.filter((l) => l.headers.length > 0);
    expect(served.length).toBe(4);
    for (const l of served) expect(l.headers).toEqual(served[0]?.headers);
  });
});
