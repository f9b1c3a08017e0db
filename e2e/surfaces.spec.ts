import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { contract, DOWNLOADS } from "../lib/contract";

// Issue 21, over HTTP against the built server (no browser): every surface a journalist quotes —
// pages, embeds, downloads, feeds, map images, oEmbed — says only what is written for readers, and
// the overview's picture counts its sources as the overview's page does.

const ROOT = join(import.meta.dirname, "..");
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), "utf8"));

/** Every `editorNote` in data/: text for the dataset's editors, never for readers. */
function editorNotes(): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) for (const n of node) walk(n);
    else if (node && typeof node === "object") {
      for (const [k, v] of Object.entries(node)) {
        if (k === "editorNote" && typeof v === "string") out.push(v);
        else walk(v);
      }
    }
  };
  for (const file of ["cities.json", "events.json", "conflicts.json"]) walk(readJson(`data/${file}`));
  return out;
}

/** What an editor's note sounds like: an instruction, a pointer into the data, the preferred label. */
const EDITORIAL =
  /opened\[\]|\bsee [a-z]+\[|\bshow both\b|\bShow 2001|\btreat as medium\b|\bPreferred value\b|editorNote/;

/** Every address a reader can get text from, in every language (oEmbed asks for this site's pages). */
function surfaces(origin: string): string[] {
  return [
    ...contract.allViews().map((v) => contract.href(v)),
    ...DOWNLOADS.map((d) => `/data/${d}`),
    ...contract.locales.map((l) => contract.feed(l)),
    ...contract.images().filter((p) => p.includes(".svg")),
    ...contract.locales.flatMap((l) =>
      contract.slugs.map((slug) => `/oembed?url=${encodeURIComponent(`${origin}${contract.page(l, "centre", slug)}`)}`),
    ),
  ];
}

test.describe("every surface says only what is written for readers", () => {
  const notes = editorNotes();

  test("the data has editors' notes to look for", () => {
    expect(notes.length).toBeGreaterThanOrEqual(4);
  });

  for (const chunk of [0, 1, 2, 3]) {
    test(`no editor's note on any page, embed, download, feed, picture or oEmbed (part ${chunk + 1} of 4)`, async ({
      request,
      baseURL,
    }) => {
      const all = surfaces(baseURL ?? "");
      const mine = all.filter((_, i) => i % 4 === chunk);
      for (const path of mine) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        // HTML escapes apostrophes ("MOFA&#x27;s"): compare the text as a reader gets it.
        const body = (await response.text()).replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
        for (const note of notes) expect(body.includes(note), `${path} shows "${note}"`).toBe(false);
        expect(body.match(EDITORIAL)?.[0], path).toBeUndefined();
      }
    });
  }
});

test("the overview's picture counts the sources the overview's page lists", async ({ request }) => {
  for (const locale of contract.locales) {
    const html = await (await request.get(contract.page(locale, "overview"))).text();
    const listed = new Set([...html.matchAll(/id="source-([a-z0-9-]+)"/g)].map((m) => m[1])).size;
    expect(listed, locale).toBeGreaterThan(20);
    const svg = await (await request.get(contract.image({ locale, slug: null }, "svg"))).text();
    const line = /<text id="source-line"[^>]*>([^<]*)</.exec(svg)?.[1] ?? "";
    expect(line, locale).toMatch(new RegExp(`(^|\\D)${listed}(\\D|$)`));
  }
});
