import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { contract, DOWNLOADS, type Locale, type Slug } from "../lib/contract";
import { nodesOf, type PageGraph, pageGraph, SCHEMA_ORG_TYPES, typesIn } from "../lib/structured-data-schema";
import { expect, test, waitForMap } from "./lib/fixtures";
import { linkNamed, served } from "./lib/served";
import { serveStatic } from "./lib/static-server";

// Issue 16's structured data, as the built pages serve it: each page's JSON-LD parses, passes the
// same validator as the unit test (lib/structured-data-schema.ts), names what the page shows in
// its language, carries the data's facts and the contract's addresses; a dated view has its
// page's; embeds have none; the Content-Security-Policy does not list it (a data block never
// runs); the static export serves the same.

const ROOT = join(import.meta.dirname, "..");
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), "utf8"));
const CITIES = readJson("data/cities.json") as { slug: Slug; coordinates: { lat: number; lon: number } }[];
const META = readJson("data/meta.json") as { dataVersion: string; licence: { url: string } };
/** The first event's date: where the data's story, and its temporal coverage, starts. */
const FIRST_EVENT = (readJson("data/events.json") as { date: string }[]).map((e) => e.date).sort()[0];

const BLOCKS = 'script[type="application/ld+json"]';
/** A JSON-LD block in served HTML, as React writes it. */
const RAW_BLOCK = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g;

/** The page's JSON-LD blocks as the browser holds them, each parsed and validated. */
async function graphsOf(page: Page): Promise<PageGraph[]> {
  return validated(await page.locator(BLOCKS).allTextContents());
}

/** JSON-LD blocks' text, each parsed and validated. */
function validated(texts: string[]): PageGraph[] {
  return texts.map((text) => {
    const parsed = pageGraph.safeParse(JSON.parse(text));
    expect(parsed.success, JSON.stringify(parsed.error?.issues, null, 2)).toBe(true);
    return parsed.data as PageGraph;
  });
}

/** The JSON-LD blocks' text of a served page. */
const blockTexts = (doc: Document) => [...doc.querySelectorAll(BLOCKS)].map((el) => el.textContent ?? "");

/** The site's public origin as the build wrote it (NEXT_PUBLIC_SITE_URL): the canonical link's. */
function originOf(doc: Document): string {
  return new URL(doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "").origin;
}

/** The JSON-LD blocks of served HTML, as text. */
const rawBlocks = (html: string) => [...html.matchAll(RAW_BLOCK)].map((m) => m[1] ?? "");

const PAGES: { path: string; locale: Locale; page: "overview" | "centre" | "sources" | "about"; slug?: Slug }[] = [
  { path: "/", locale: "en", page: "overview" },
  { path: "/ja", locale: "ja", page: "overview" },
  { path: "/ru", locale: "ru", page: "overview" },
  { path: "/centers/khabarovsk", locale: "en", page: "centre", slug: "khabarovsk" },
  { path: "/ja/centers/moscow", locale: "ja", page: "centre", slug: "moscow" },
  { path: "/ru/centers/yuzhno-sakhalinsk", locale: "ru", page: "centre", slug: "yuzhno-sakhalinsk" },
  { path: "/about", locale: "en", page: "about" },
  { path: "/ja/about", locale: "ja", page: "about" },
  { path: "/ru/sources", locale: "ru", page: "sources" },
];

test.describe("JSON-LD on the pages", () => {
  for (const { path, locale, page: name, slug } of PAGES) {
    test(`${path}: one graph that validates, in the page's language, with the data's facts`, async ({ request }) => {
      const doc = (await served(request, path)).document;
      const graphs = validated(blockTexts(doc));
      expect(graphs).toHaveLength(1);
      const graph = graphs[0] as PageGraph;
      const origin = originOf(doc);
      const allowed: readonly string[] = SCHEMA_ORG_TYPES;
      expect(typesIn(graph).filter((type) => !allowed.includes(type))).toEqual([]);

      const [webPage] = nodesOf(graph, "WebPage");
      expect(webPage?.inLanguage).toBe(doc.documentElement.getAttribute("lang"));
      expect(webPage?.url).toBe(`${origin}${contract.page(locale, name, slug ?? null)}`);

      // The trail: the overview, named as the header's link to it, then this page.
      const trail = nodesOf(graph, "BreadcrumbList")[0]?.itemListElement ?? [];
      const home = `${origin}${contract.page(locale, "overview")}`;
      expect(linkNamed(doc, trail[0]?.name ?? "", doc.querySelector("header") ?? doc)).toBe(
        contract.page(locale, "overview"),
      );
      expect(trail.map((crumb) => crumb.item)).toEqual(name === "overview" ? [home] : [home, webPage?.url]);

      if (name === "centre") {
        const [place] = nodesOf(graph, "Place");
        const data = CITIES.find((c) => c.slug === slug);
        expect(place && "geo" in place).toBe(false);
        expect(place?.containedInPlace.geo.latitude).toBe(data?.coordinates.lat);
        expect(place?.containedInPlace.geo.longitude).toBe(data?.coordinates.lon);
        // The city, as the page's heading names it.
        expect(doc.querySelector("h1")?.textContent?.trim()).toBe(place?.containedInPlace.name);
        expect(nodesOf(graph, "Dataset")).toEqual([]);
      }
      if (name === "overview" || name === "about") {
        const [dataset] = nodesOf(graph, "Dataset");
        expect(dataset?.license).toBe(META.licence.url);
        expect(dataset?.dateModified).toBe(META.dataVersion);
        expect(dataset?.temporalCoverage).toBe(`${FIRST_EVENT}/${META.dataVersion}`);
        expect(FIRST_EVENT).toMatch(/^1994/);
        expect(dataset?.distribution.map((d) => d.contentUrl)).toEqual(
          DOWNLOADS.map((file) => `${origin}/data/${file}`),
        );
        // Each download is where the markup says, in the format it says.
        for (const download of dataset?.distribution ?? []) {
          const response = await request.get(new URL(download.contentUrl).pathname);
          expect(response.status(), download.name).toBe(200);
          expect(response.headers()["content-type"]?.split(";")[0], download.name).toBe(download.encodingFormat);
        }
      }
    });
  }

  test("a dated view carries its page's JSON-LD, without the date", async ({ request }) => {
    for (const [dated, undated] of [
      ["/ja/centers/moscow?asof=1999-06-01", "/ja/centers/moscow"],
      ["/?asof=2001-06-30", "/"],
    ] as const) {
      const fromDated = blockTexts((await served(request, dated)).document);
      expect(fromDated.join("")).not.toContain("asof");
      expect(fromDated, dated).toEqual(blockTexts((await served(request, undated)).document));
      expect(validated(fromDated)).toHaveLength(1);
    }
  });

  test("embeds carry none: they are not indexed, and their canonical page has it", async ({ request }) => {
    for (const path of ["/embed/moscow", "/ja/embed", "/ru/embed/vladivostok?asof=2025-01-20"]) {
      const doc = (await served(request, path)).document;
      expect(doc.querySelector("[data-testid='embed-updated']"), path).not.toBeNull();
      expect(doc.querySelectorAll(BLOCKS), path).toHaveLength(0);
    }
  });

  test("after a move within the page, the centre's graph has replaced the overview's", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    await page.getByRole("link", { name: "Vladivostok: Closure announced" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Vladivostok" })).toBeVisible();
    await expect(page.locator(BLOCKS)).toHaveCount(1);
    const [graph] = await graphsOf(page);
    expect(nodesOf(graph as PageGraph, "Place")[0]?.name).toBe("Vladivostok Japan Center");
  });

  test("served escaped, and outside the Content-Security-Policy: a data block never runs", async ({ request }) => {
    for (const path of ["/centers/moscow", "/ja/about", "/centers/moscow?asof=2001-06-30"]) {
      const response = await request.get(path);
      const html = await response.text();
      const blocks = rawBlocks(html);
      expect(blocks, path).toHaveLength(1);
      const policy = response.headers()["content-security-policy"] ?? "";
      for (const block of blocks) {
        expect(block, path).not.toContain("<");
        const hash = `'sha256-${createHash("sha256").update(block).digest("base64")}'`;
        expect(policy, path).not.toContain(hash);
      }
      // The page's scripts that run are still allowed (security.spec.ts checks the exact set).
      expect(policy, path).toMatch(/script-src[^;]*'sha256-/);
    }
  });
});

const OUT = join(ROOT, "out");

test.describe("JSON-LD in the static export", () => {
  test.skip(!existsSync(join(OUT, "_headers")), "run `npm run export` first (npm test does)");
  let site: { origin: string; close: () => Promise<void> };
  test.beforeAll(async () => {
    site = await serveStatic(OUT);
  });
  test.afterAll(async () => {
    await site?.close();
  });

  test("a page and a dated link carry what the server serves", async ({ request }) => {
    const fromServer = rawBlocks(await (await request.get("/ja/centers/moscow")).text());
    expect(fromServer).toHaveLength(1);
    for (const path of ["/ja/centers/moscow", "/ja/centers/moscow?asof=1999-06-01"]) {
      const response = await request.get(`${site.origin}${path}`);
      expect(response.status(), path).toBe(200);
      expect(rawBlocks(await response.text()), path).toEqual(fromServer);
    }
  });
});
