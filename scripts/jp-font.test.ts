import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as fontkit from "fontkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type Built = {
  characters: number;
  unicodeRange: string;
  css: string;
  files: { name: string; weight: number; size: number; path: string }[];
  generated: string;
};
type Build = (options: { root: string; outDir?: string; sourceDir?: string }) => Promise<Built>;

const root = join(import.meta.dirname, "..");
const noto = join(root, "node_modules", "@fontsource", "noto-sans-jp");
const JAPANESE = /[\u3000-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/gu;
const dirs: string[] = [];
let buildJapaneseFont: Build;

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "jcm-jp-font-"));
  dirs.push(dir);
  return dir;
}

/** A project root whose only text is `text`, in messages/test.json. */
function rootWith(text: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, "messages"));
  writeFileSync(join(dir, "messages", "test.json"), JSON.stringify({ text }));
  return dir;
}

const open = (path: string) => fontkit.openSync(path) as fontkit.Font;

/** The code points the font's cmap maps to a real glyph. */
function cmap(font: fontkit.Font): Set<number> {
  return new Set(font.characterSet.filter((c) => font.glyphForCodePoint(c).id !== 0));
}

function expandRange(range: string): Set<number> {
  const out = new Set<number>();
  for (const part of range.split(",")) {
    const m = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(part.trim());
    if (!m?.[1]) throw new Error(`not a unicode-range part: "${part}"`);
    const lo = Number.parseInt(m[1], 16);
    const hi = m[2] ? Number.parseInt(m[2], 16) : lo;
    for (let c = lo; c <= hi; c++) out.add(c);
  }
  return out;
}

/** Noto Sans JP's own per-range file that holds `code`, at `weight`. */
const sources = new Map<string, fontkit.Font>();
const ranges = Object.entries(JSON.parse(readFileSync(join(noto, "unicode.json"), "utf8")) as Record<string, string>)
  .filter(([key]) => /^\[\d+\]$/.test(key))
  .map(([key, value]) => ({ index: key.slice(1, -1), set: expandRange(value) }));
function source(code: number, weight: number): fontkit.Font {
  const index = ranges.find((r) => r.set.has(code))?.index;
  if (index === undefined) throw new Error(`U+${code.toString(16)} is in no Noto Sans JP file`);
  const path = join(noto, "files", `noto-sans-jp-${index}-${weight}-normal.woff2`);
  let font = sources.get(path);
  if (!font) {
    font = open(path);
    sources.set(path, font);
  }
  return font;
}

function expectSameGlyphs(font: fontkit.Font, weight: number, codes: Iterable<number>) {
  const differ: string[] = [];
  for (const c of codes) {
    if (c === 0x20) continue;
    const ours = font.glyphForCodePoint(c);
    const theirs = source(c, weight).glyphForCodePoint(c);
    if (ours.path.toSVG() !== theirs.path.toSVG() || ours.advanceWidth !== theirs.advanceWidth) {
      differ.push(String.fromCodePoint(c));
    }
  }
  expect(differ).toEqual([]);
}

beforeAll(async () => {
  // A .mjs script without type declarations: imported by a path TypeScript does not resolve.
  const script = "./jp-font.mjs";
  ({ buildJapaneseFont } = (await import(script)) as { buildJapaneseFont: Build });
});

afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("the Japanese subset font (scripts/jp-font.mjs)", () => {
  let built: Built;
  let out: string;

  beforeAll(async () => {
    out = tempDir();
    built = await buildJapaneseFont({ root, outDir: out });
  }, 120_000);

  it("writes a 400 and a 700 file, content-hashed, each under 150 KB", () => {
    expect(built.files.map((f) => f.weight)).toEqual([400, 700]);
    for (const f of built.files) {
      const bytes = readFileSync(join(out, "public", "fonts", f.name));
      expect(f.name).toMatch(new RegExp(`^noto-sans-jp-subset-${f.weight}-[0-9a-f]{8}\\.woff2$`));
      expect(bytes.length).toBe(f.size);
      expect(bytes.subarray(0, 4).toString("latin1")).toBe("wOF2");
      expect(f.size).toBeLessThan(150 * 1024);
    }
  });

  it("has every Japanese character of messages/ja.json and data/cities.json, and not one the site lacks", () => {
    const used = new Set<number>();
    for (const file of ["messages/ja.json", "data/cities.json"]) {
      for (const ch of readFileSync(join(root, file), "utf8").match(JAPANESE) ?? []) used.add(ch.codePointAt(0) ?? 0);
    }
    expect(used.size).toBeGreaterThan(100);
    for (const f of built.files) {
      const chars = cmap(open(f.path));
      const missing = [...used].filter((c) => !chars.has(c)).map((c) => String.fromCodePoint(c));
      expect(missing, `missing from the ${f.weight} file`).toEqual([]);
      expect(chars.has("鬱".codePointAt(0) ?? 0)).toBe(false);
      expect(chars.has("A".codePointAt(0) ?? 0)).toBe(false);
      expect(chars.size).toBe(built.characters + 1); // and space
    }
  });

  it("declares @font-face rules whose unicode-range is exactly the font's characters, local() fonts first", () => {
    const rules = built.css.split("\n");
    expect(rules).toHaveLength(2);
    built.files.forEach((f, i) => {
      const rule = rules[i] ?? "";
      expect(rule).toContain('font-family: "JCM Noto Sans JP";');
      expect(rule).toContain(`font-weight: ${f.weight};`);
      expect(rule).toContain("font-display: swap;");
      expect(rule).toMatch(/src: (local\("[^"]+"\), )+url\(([^)]+)\) format\("woff2"\);/);
      expect(/url\(([^)]+)\)/.exec(rule)?.[1]).toBe(`/fonts/${f.name}`);
      const range = /unicode-range: ([^;]+);/.exec(rule)?.[1] ?? "";
      expect([...expandRange(range)].sort((a, b) => a - b)).toEqual([...cmap(open(f.path))].sort((a, b) => a - b));
    });
    expect(rules[0]).toMatch(/src: local\("Noto Sans CJK JP"\), local\("Noto Sans JP"\)/);
    expect(rules[1]).toContain('local("Noto Sans CJK JP Bold")');
    expect(rules[1]).not.toContain('local("Noto Sans CJK JP")');
  });

  it("writes the CSS, files and range to components/ui/jp-font.generated.ts", () => {
    const ts = readFileSync(built.generated, "utf8");
    expect(built.generated).toBe(join(out, "components", "ui", "jp-font.generated.ts"));
    expect(ts).toContain(`export const JP_FONT_FACE_CSS = ${JSON.stringify(built.css)};`);
    expect(ts).toContain(`export const JP_FONT_UNICODE_RANGE = ${JSON.stringify(built.unicodeRange)};`);
    for (const f of built.files) expect(ts).toContain(`"size": ${f.size}`);
  });

  it("draws every character with Noto Sans JP's own glyph", () => {
    for (const f of built.files) {
      const font = open(f.path);
      expectSameGlyphs(font, f.weight, cmap(font));
    }
  }, 60_000);
});

describe("characters outside the one-file Japanese set", () => {
  it("appends them from the per-range files and keeps the kana kerning", async () => {
    // ～ (U+FF5E) and 𠮟 (U+20B9F) are not in @fontsource's "japanese" file; す before べ is kerned.
    const built = await buildJapaneseFont({ root: rootWith("すべて～𠮟る"), outDir: tempDir() });
    // Plus 年, 月 and 日, which Intl writes in Japanese dates.
    expect(built.characters).toBe(9);
    for (const f of built.files) {
      const font = open(f.path);
      const expected = [" ", ..."すべて～𠮟る年月日"].map((c) => c.codePointAt(0) ?? 0);
      expect([...cmap(font)].sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
      expectSameGlyphs(font, f.weight, cmap(font));
      const kerned = font.layout("すべ").positions[0]?.xAdvance ?? 0;
      expect(kerned).toBeLessThan(font.glyphForCodePoint("す".codePointAt(0) ?? 0).advanceWidth);
    }
  }, 120_000);

  it("fails, naming the character, when Noto Sans JP lacks one", async () => {
    await expect(buildJapaneseFont({ root: rootWith("日本㐀"), outDir: tempDir() })).rejects.toThrow(
      /missing from the 400 font: 㐀 \(U\+3400\)/,
    );
  }, 120_000);

  it("fails when the font source is missing", async () => {
    await expect(
      buildJapaneseFont({ root: rootWith("日本"), outDir: tempDir(), sourceDir: tempDir() }),
    ).rejects.toThrow(/font source missing: .*noto-sans-jp-japanese-400-normal\.woff2/);
  });
});
