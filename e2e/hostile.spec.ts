import { request as httpRequest } from "node:http";
import fc from "fast-check";
import { contract, FILE_PREFIXES, SLUGS } from "../lib/contract";
import { expect, test } from "./lib/fixtures";

// Property-based hostile input against the production server: at least 1,000 generated requests
// (paths, queries, methods, headers). Raw HTTP (node:http), so paths reach the server exactly as
// generated: no client normalizes `..` or percent-encoding.

type Raw = { method: string; path: string; headers: Record<string, string> };
type Answer = { status: number; body: string; headers: Record<string, string | string[] | undefined> };

/** Injected into every request; must never come back unescaped in HTML. */
const MARKERS = ["<script>jcm-xss</script>", '"><svg onload=jcm-xss()>', "'><img src=x onerror=jcm-xss>"];
const REFLECTED = /<script>jcm-xss|<svg onload=jcm-xss|<img src=x onerror=jcm-xss/i;

function send(base: URL, raw: Raw): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      // A long URL comes back twice in a redirect's headers (Location and Refresh): read up to
      // 64 KB of response headers, as browsers do, rather than Node's 16 KB default.
      {
        host: base.hostname,
        port: base.port,
        method: raw.method,
        path: raw.path,
        headers: raw.headers,
        maxHeaderSize: 64 * 1024,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }),
        );
        res.on("error", reject);
      },
    );
    req.setTimeout(20_000, () => req.destroy(new Error(`timeout: ${raw.method} ${raw.path.slice(0, 200)}`)));
    req.on("error", reject);
    req.end(raw.method === "POST" ? "a=1&<script>jcm-xss</script>" : undefined);
  });
}

/** Percent-encodes what an HTTP request line cannot carry, keeping `%`, `/`, `.` and `?&=` as given. */
const wire = (s: string) => s.replace(/[^\x21-\x7e]|[#"<>\\^`{|}]/gu, (c) => encodeURIComponent(c));

const segment = fc.oneof(
  fc.constantFrom(
    "..",
    "%2e%2e",
    "%2F",
    "..%2F..%2Fetc%2Fpasswd",
    "%00",
    "%E0%A4%A",
    "centers",
    "embed",
    "asof",
    ...contract.locales,
    ...FILE_PREFIXES,
    "page-not-found",
    ...SLUGS,
    ...MARKERS,
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.stringMatching(/^[a-z-]{1,30}$/),
  fc.integer({ min: 200, max: 3000 }).map((n) => "x".repeat(n)),
);

const path = fc.array(segment, { minLength: 0, maxLength: 6 }).map((parts) => `/${parts.join("/")}`);

const paramValue = fc.oneof(
  fc.constantFrom(
    "",
    "2025-01-01",
    "1990-01-01",
    "2099-12-31",
    "2025-02-30",
    "2025",
    "2025-13",
    "dark",
    "auto",
    "0",
    "1",
    ...contract.locales,
    "fr",
    "http://127.0.0.1/centers/moscow",
    "javascript:alert(1)",
    "//evil.example/centers/moscow",
    ...MARKERS,
  ),
  fc.string({ maxLength: 60 }),
  fc.integer({ min: 100, max: 4000 }).map((n) => "9".repeat(n)),
);
const param = fc.tuple(
  fc.constantFrom(
    "asof",
    "theme",
    "lang",
    "panel",
    "controls",
    "url",
    "format",
    "maxwidth",
    "v",
    "childId",
    "q",
    "__proto__",
  ),
  paramValue,
);
const query = fc
  .array(param, { maxLength: 4 })
  .map((ps) => (ps.length ? `?${ps.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&")}` : ""));

const knownPage = fc.constantFrom(
  "/oembed",
  ...contract.allViews().map((v) => contract.path(v)),
  // The map images, whose routes read `asof`, `theme` and `v` (lib/server/images/image-response.ts).
  ...contract.images(),
);

const headers = fc.oneof(
  fc.constant({}),
  fc.record({ "accept-language": fc.constantFrom("ja", "ru-RU,ru;q=0.9", "*", "<script>jcm-xss</script>") }),
  fc.record({ "x-jcm-rewrite": fc.constant("1") }),
  fc.record({ "x-forwarded-host": fc.constant("evil.example"), host: fc.constant("evil.example") }),
  fc.integer({ min: 4_000, max: 12_000 }).map((n) => ({ "x-padding": "a".repeat(n) })),
  fc.integer({ min: 20_000, max: 40_000 }).map((n) => ({ "x-oversized": "b".repeat(n) })),
);

const raw: fc.Arbitrary<Raw> = fc.record({
  method: fc.constantFrom("GET", "GET", "GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"),
  path: fc.oneof(path, knownPage).chain((p) => query.map((q) => wire(`${p}${q}`))),
  headers,
});

/**
 * Whether a raw request path (with its query) names one of the site's pages or files, by the URL
 * contract (lib/contract.ts): the server must answer anything else with a 404.
 */
function isKnownAddress(rawPath: string): boolean {
  // Dot segments resolve as a browser (and the server) resolves them: `/centers/..` is `/`.
  const url = new URL(`http://site${rawPath}`);
  const route = contract.route(url.pathname, url.searchParams);
  return route.kind === "page" || route.kind === "file";
}

test.describe("hostile input", () => {
  test.setTimeout(300_000);

  test("1,000 generated requests: no 5xx, unknown paths 404, nothing reflected, and the server keeps answering", async ({
    baseURL,
  }) => {
    const base = new URL(baseURL ?? "http://127.0.0.1:3107");
    const seen = { total: 0, byStatus: new Map<number, number>() };
    await fc.assert(
      fc.asyncProperty(raw, async (r) => {
        let answer: Answer;
        seen.total++;
        try {
          answer = await send(base, r);
        } catch (error) {
          // Node refuses a request head over 16 KB: it answers 431 and closes the connection,
          // which a client still writing sees as a reset. That is a clear answer, not a crash.
          const head = r.path.length + Object.entries(r.headers).reduce((n, [k, v]) => n + k.length + v.length, 0);
          if (head > 16_000 && /ECONNRESET|EPIPE/.test(String(error))) {
            seen.byStatus.set(0, (seen.byStatus.get(0) ?? 0) + 1);
            return;
          }
          throw error;
        }
        seen.byStatus.set(answer.status, (seen.byStatus.get(answer.status) ?? 0) + 1);
        const where = `${r.method} ${r.path.slice(0, 300)}`;
        expect(answer.status, where).toBeGreaterThanOrEqual(200);
        // The one 5xx on purpose: oEmbed's "501 Not Implemented" for a format other than JSON,
        // which the oEmbed specification requires.
        const oembedFormat = answer.status === 501 && /^\/oembed\?(.*&)?format=(?!json(&|$))[^&]/.test(r.path);
        if (!oembedFormat) expect(answer.status, where).toBeLessThan(500);
        expect(answer.body, `${where} reflected its input`).not.toMatch(REFLECTED);
        const type = String(answer.headers["content-type"] ?? "");
        if (r.method === "GET" && !isKnownAddress(r.path) && !/^\/en(\/|$|\?)/.test(r.path)) {
          // Not an address of the site: 404 (400/431 for a request the server cannot parse; 308
          // when Next normalizes the path, e.g. `//a` → `/a`).
          expect([308, 400, 404, 431], where).toContain(answer.status);
        }
        if (answer.status >= 300 && answer.status < 400) {
          // Redirects stay on this site: never an open redirect to a host from the request.
          const location = String(answer.headers.location ?? "");
          expect(location, where).toMatch(/^(\/(?!\/)|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/)/);
        }
        if (r.method === "GET" && answer.status === 200 && type.startsWith("text/html")) {
          // A 200 HTML answer is one of the site's pages, never an echo of an unknown address.
          expect(answer.body, where).toMatch(/<html lang="(en|ja|ru)"/);
        }
      }),
      { numRuns: 1000, verbose: 1 },
    );
    // Status 0: an oversized request head the server closed the connection on (after its 431).
    console.log(`hostile: ${seen.total} requests; statuses ${JSON.stringify(Object.fromEntries(seen.byStatus))}`);
    expect(seen.total).toBeGreaterThanOrEqual(1000);
    // Still up and serving.
    const after = await send(base, { method: "GET", path: "/centers/moscow", headers: {} });
    expect(after.status).toBe(200);
    expect(after.body).toContain("Moscow");
  });

  test("unknown paths answer 404 in every language; traversal never leaves the site", async ({ baseURL }) => {
    const base = new URL(baseURL ?? "http://127.0.0.1:3107");
    for (const p of [
      "/centers/tokyo",
      "/ja/centers/..%2F..%2Fetc%2Fpasswd",
      "/ru/no-such-page",
      "/embed/x/y",
      "/centers/moscow/extra",
      "/page-not-found",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/..%2f..%2fpackage.json",
      "/_next/../../package.json",
      "/data/../../package.json",
    ]) {
      const answer = await send(base, { method: "GET", path: p, headers: {} });
      expect(answer.status, p).toBe(404);
      expect(answer.body, p).not.toContain('"name": "japan-centers-map"');
      expect(answer.body, p).not.toContain("root:x:0:0");
    }
  });
});
