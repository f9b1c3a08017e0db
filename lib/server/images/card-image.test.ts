import { Resvg } from "@resvg/resvg-js";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { contract } from "@/lib/contract";
import {
  CARD_SIZE,
  type CardBlock,
  cardFontOptions,
  cardFonts,
  cardLayout,
  cardPng,
  cardSvg,
  TEXT_BOX,
} from "@/lib/server/images/card-image";
import { imageFontFiles } from "@/lib/server/images/png-fonts";
import { type OgCard, ogCard } from "@/lib/server/og-card";
import { NBSP } from "@/lib/text-layout";

const names = contract.ogImages().map((path) => path.slice("/og/".length));
const card = (name: string): OgCard => {
  const c = ogCard(name);
  if (!c) throw new Error(`no card ${name}`);
  return c;
};

/** The image fonts as fontkit reads them: the widths checked here are not the layout's own sums. */
const reference = new Map<number, fontkit.Font>();
for (const file of imageFontFiles()) {
  const font = fontkit.openSync(file);
  if (!("layout" in font)) throw new Error(`${file} is a font collection`);
  reference.set(font["OS/2"].usWeightClass, font);
}
function drawnWidth(text: string, b: CardBlock): number {
  const font = reference.get(b.style.weight);
  if (!font) throw new Error(`no font of weight ${b.style.weight}`);
  return (font.layout(text).advanceWidth * b.layout.size) / font.unitsPerEm + b.style.letterSpacing * [...text].length;
}

/** Where a line starts in its block's text, after the first line. */
const breaksOf = (b: CardBlock) => b.layout.lines.slice(1).map((l) => l.start);
const inside = (b: number, re: RegExp, text: string) =>
  [...text.matchAll(re)].some((m) => (m.index ?? 0) < b && b < (m.index ?? 0) + m[0].length);

// What a Japanese line must not be broken inside: 日本センター, a katakana word (its middle dots
// aside: ニジニー・ノヴゴロド may break after the dot), a date, a number and its counter.
const JA_WHOLE = [
  /日本センター/gu,
  /[\u30a1-\u30fa\u30fc-\u30ff]+/gu,
  /\d+年(?:\d+月(?:\d+日)?)?|\d+月(?:\d+日)?/gu,
  /\d+センター/gu,
  /\d+[かカヵヶケつ]\p{Script=Han}+/gu,
];
const NO_LINE_START = /^[、。，．,.）」』】〕：；！？・｜／ーぁぃぅぇぉっゃゅょァィゥェォッャュョ]/u;
const NO_LINE_END = /[（「『【〔(]$/u;
const CLOSING = /[、。，．）」』】〕：；！？・｜／]/u;

/** PNG width and height, from its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("social cards' text (lib/server/images/card-image.ts, issue 21)", () => {
  it("there is a card to check for every page in every language", () => {
    expect(names).toHaveLength(7 * contract.locales.length);
    for (const locale of contract.locales) expect(names.filter((n) => card(n).locale === locale)).toHaveLength(7);
  });

  it.each(names)("%s: no line wider than its box, every glyph in the font, nothing shrunk past its floor", (name) => {
    const layout = cardLayout(card(name));
    expect(layout.overflow).toBe(false);
    for (const b of layout.blocks) {
      expect(b.layout.overflow, b.id).toBe(false);
      expect(b.layout.missing, b.id).toEqual([]);
      expect(b.layout.size, b.id).toBeGreaterThanOrEqual(b.style.minSize);
      for (const line of b.layout.lines) {
        expect(drawnWidth(line.text, b), `${b.id}: ${line.text}`).toBeLessThanOrEqual(TEXT_BOX.width + 1e-6);
        expect(line.width, `${b.id}: ${line.text}`).toBeCloseTo(drawnWidth(line.text, b), 6);
      }
    }
  });

  it.each(names)("%s: no word split, no U+00A0-joined pair split", (name) => {
    const c = card(name);
    for (const b of cardLayout(c).blocks) {
      const { text } = b;
      const lines = b.layout.lines.map((l) => l.text);
      const breaks = breaksOf(b);
      for (const at of breaks) {
        const where = `${b.id}: ${JSON.stringify(text.slice(0, at))} | ${JSON.stringify(text.slice(at))}`;
        expect(text[at - 1], where).not.toBe(NBSP);
        expect(text[at], where).not.toBe(NBSP);
        if (c.locale === "ja") {
          // A boundary of the segmenter's words, at a space, or within none of the wholes.
          const boundaries = new Set(
            [...new Intl.Segmenter("ja", { granularity: "word" }).segment(text)].map((s) => s.index),
          );
          expect(boundaries.has(at), where).toBe(true);
          for (const re of JA_WHOLE) expect(inside(at, re, text), `${where} inside ${re}`).toBe(false);
          // Latin and Cyrillic words among the Japanese break at spaces only.
          if (/[\p{Script=Latin}\p{Script=Cyrillic}\d-]/u.test(text[at - 1] ?? ""))
            expect(text[at], where).toMatch(/\s/);
        } else {
          expect(text[at - 1], where).toBe(" ");
        }
      }
      // The lines are the text, in order, less the spaces broken at.
      expect(lines.join(c.locale === "ja" ? "" : " ").replace(/ /g, ""), b.id).toBe(text.replace(/ /g, ""));
      if (c.locale !== "ja") expect(lines.join(" "), b.id).toBe(text);
      for (const [i, line] of lines.entries()) {
        expect(line, `${b.id} line ${i}`).not.toMatch(/^\s|\s$/);
        if (i > 0) expect(line, `${b.id} line ${i}`).not.toMatch(NO_LINE_START);
        if (i < lines.length - 1) expect(line, `${b.id} line ${i}`).not.toMatch(NO_LINE_END);
        // No Japanese line starts with a particle, unless after a stop.
        const start = b.layout.lines[i]?.start ?? 0;
        if (c.locale === "ja" && i > 0 && /\p{Script=Hiragana}/u.test(line[0] ?? "")) {
          expect(text[start - 1], `${b.id} line ${i}: ${line}`).toMatch(CLOSING);
        }
      }
    }
  });

  it.each(names)(
    "%s: the text fits the card's height, block under block, and resvg draws it inside its box",
    (name) => {
      const c = card(name);
      const f = cardFonts();
      const { blocks } = cardLayout(c, f);
      let previous = 0;
      for (const b of blocks) {
        expect(b.top, b.id).toBeGreaterThanOrEqual(TEXT_BOX.y);
        expect(b.bottom, b.id).toBeLessThanOrEqual(TEXT_BOX.y + TEXT_BOX.height + 1e-6);
        expect(b.top, `${b.id} overlaps the block above`).toBeGreaterThanOrEqual(previous - 1e-6);
        previous = b.bottom;
        const font = f[b.style.weight];
        for (const y of b.baselines) {
          expect(y - (font.ascender / font.unitsPerEm) * b.layout.size, b.id).toBeGreaterThanOrEqual(0);
          expect(y - (font.descender / font.unitsPerEm) * b.layout.size, b.id).toBeLessThanOrEqual(CARD_SIZE.height);
        }
      }
      // What resvg draws, with the fonts it is given: the text's ink stays in the text column.
      const box = new Resvg(cardSvg(c, f, { textOnly: true }), { font: cardFontOptions() }).getBBox();
      if (!box) throw new Error("no text drawn");
      expect(box.x).toBeGreaterThanOrEqual(TEXT_BOX.x - 4);
      expect(box.x + box.width).toBeLessThanOrEqual(TEXT_BOX.x + TEXT_BOX.width);
      expect(box.y).toBeGreaterThanOrEqual(TEXT_BOX.y - 8);
      expect(box.y + box.height).toBeLessThanOrEqual(TEXT_BOX.y + TEXT_BOX.height + 8);
    },
  );

  it("the checks can fail: a word too long for the column, or too many lines for the card, is an overflow", () => {
    const moscow = card("moscow.ru.png");
    const long = cardLayout({ ...moscow, title: "Японскийцентрвмосквеинигдебольшебезединогопробела" });
    expect(long.overflow).toBe(true);
    expect(long.blocks.find((b) => b.id === "title")?.layout).toMatchObject({ overflow: true, size: 44 });
    const tall = cardLayout({ ...moscow, lines: Array.from({ length: 12 }, () => moscow.lines[2] ?? "") });
    expect(tall.overflow).toBe(true);
    // A title that fits only smaller is shrunk, not cut off.
    const wide = cardLayout({ ...card("moscow.png"), title: "Moscow Japan Center of Cultural Cooperation" });
    expect(wide.overflow).toBe(false);
    const title = wide.blocks.find((b) => b.id === "title");
    expect(title?.layout.size).toBeLessThan(72);
  });

  it("the locator map marks the card's centre, or all six on the overview", () => {
    const red = (svg: string) => (svg.match(/fill="#8c1d18"/g) ?? []).length;
    expect(red(cardSvg(card("moscow.ja.png")))).toBe(1);
    expect(red(cardSvg(card("overview.ru.png")))).toBe(6);
    expect((cardSvg(card("moscow.png")).match(/<circle /g) ?? []).length).toBe(6);
  });

  it("escapes what it writes as text", () => {
    const svg = cardSvg({ ...card("moscow.png"), title: 'A <b>"bold"</b> & co' });
    expect(svg).toContain("&lt;b&gt;&quot;bold&quot;&lt;/b&gt;");
    expect(svg).toContain("&amp; co");
    expect(svg).not.toContain("<b>");
    expect(() => new Resvg(svg, { font: cardFontOptions() })).not.toThrow();
  });

  it("the PNG is 1200 × 630 in every language (resvg, with the generated fonts)", async () => {
    for (const name of ["overview.png", "moscow.ja.png", "moscow.ru.png", "saint-petersburg.ru.png"]) {
      expect(pngSize(await cardPng(card(name))), name).toEqual(CARD_SIZE);
    }
  }, 60_000);
});

describe("the route (app/og/[name]/route.tsx)", () => {
  it("prerenders every card, answers a PNG with the headers next/og gave, and 404 for anything else", async () => {
    const route = await import("@/app/og/[name]/route");
    expect(route.dynamic).toBe("force-static");
    expect(route.dynamicParams).toBe(false);
    expect(route.generateStaticParams().map((p) => p.name)).toEqual(names);
    const ok = await route.GET(new Request("http://localhost/og/moscow.ja.png"), {
      params: Promise.resolve({ name: "moscow.ja.png" }),
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("image/png");
    expect(ok.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(pngSize(new Uint8Array(await ok.arrayBuffer()))).toEqual(CARD_SIZE);
    const missing = await route.GET(new Request("http://localhost/og/tokyo.png"), {
      params: Promise.resolve({ name: "tokyo.png" }),
    });
    expect(missing.status).toBe(404);
  }, 30_000);
});
