import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import * as fontkit from "fontkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type Part = "names" | "text";
type Built = {
  characters: number;
  unicodeRange: string;
  namesUnicodeRange: string;
  parts: { part: Part; characters: number; unicodeRange: string }[];
  css: string;
  files: { name: string; part: Part; weight: number; size: number; path: string }[];
  generated: string;
};
type Build = (options: { root: string; outDir?: string; sourceDir?: string }) => Promise<Built>;
type BuiltImages = {
  files: { name: string; weight: number; size: number; path: string }[];
  bytes: number;
  version: string;
};
type BuildImages = (options: { root: string; outDir?: string; sourceDir?: string }) => Promise<BuiltImages>;

const root = join(import.meta.dirname, "..");
const noto = join(root, "node_modules", "@fontsource", "noto-sans-jp");
const JAPANESE = /[\u3000-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/gu;
const dirs: string[] = [];
let buildJapaneseFont: Build;
let buildImageFonts: BuildImages;
let labelAdvance: (weight: number) => Promise<(codePoint: number) => number | null>;

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "jcm-jp-font-"));
  dirs.push(dir);
  return dir;
}

/** A project root whose text is `text`, in messages/test.json, and `files` (path: content). */
function rootWith(text: string, files: Record<string, string> = {}): string {
  const dir = tempDir();
  mkdirSync(join(dir, "messages"));
  writeFileSync(join(dir, "messages", "test.json"), JSON.stringify({ text }));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const codesOf = (text: string) => [...text].map((c) => c.codePointAt(0) ?? 0);
const sorted = (codes: Iterable<number>) => [...new Set(codes)].sort((a, b) => a - b);
const chars = (codes: Iterable<number>) => String.fromCodePoint(...codes);

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
  ({ buildJapaneseFont, buildImageFonts, labelAdvance } = (await import(script)) as {
    buildJapaneseFont: Build;
    buildImageFonts: BuildImages;
    labelAdvance: typeof labelAdvance;
  });
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

  const file = (part: Part, weight: number) => {
    const f = built.files.find((x) => x.part === part && x.weight === weight);
    if (!f) throw new Error(`no ${part} ${weight} file`);
    return f;
  };
  const cmapOf = (part: Part, weight: number) => cmap(open(file(part, weight).path));

  it("writes a names and a text file per weight, content-hashed: names under 30 KB, text under 150 KB", () => {
    expect(built.files.map((f) => `${f.part} ${f.weight}`)).toEqual(["names 400", "names 700", "text 400", "text 700"]);
    for (const f of built.files) {
      const bytes = readFileSync(join(out, "public", "fonts", f.name));
      expect(f.path).toBe(join(out, "public", "fonts", f.name));
      expect(f.name).toMatch(new RegExp(`^noto-sans-jp-${f.part}-${f.weight}-[0-9a-f]{8}\\.woff2$`));
      expect(bytes.length).toBe(f.size);
      expect(bytes.subarray(0, 4).toString("latin1")).toBe("wOF2");
      expect(f.size).toBeLessThan((f.part === "names" ? 30 : 150) * 1024);
    }
    expect(readdirSync(join(out, "public", "fonts")).sort()).toEqual(built.files.map((f) => f.name).sort());
  });

  it("puts every Japanese character of messages/ja.json and data/cities.json in exactly one part, and none the site lacks", () => {
    const used = new Set<number>();
    for (const path of ["messages/ja.json", "data/cities.json"]) {
      for (const ch of readFileSync(join(root, path), "utf8").match(JAPANESE) ?? []) used.add(ch.codePointAt(0) ?? 0);
    }
    expect(used.size).toBeGreaterThan(100);
    for (const weight of [400, 700]) {
      const names = cmapOf("names", weight);
      const text = cmapOf("text", weight);
      const notOnce = [...used].filter((c) => Number(names.has(c)) + Number(text.has(c)) !== 1);
      expect(chars(notOnce), `not in exactly one ${weight} file`).toBe("");
      expect(chars([...names].filter((c) => text.has(c))), `in both ${weight} files`).toBe("");
      for (const c of codesOf("鬱A")) {
        expect(names.has(c), String.fromCodePoint(c)).toBe(false);
        expect(text.has(c), String.fromCodePoint(c)).toBe(false);
      }
      // Space is in the names part only.
      expect(names.has(0x20)).toBe(true);
      expect(text.has(0x20)).toBe(false);
      expect(names.size + text.size).toBe(built.characters + 1);
      // Both weights of a part hold the same characters.
      expect(sorted(names)).toEqual(sorted(cmapOf("names", 400)));
      expect(sorted(text)).toEqual(sorted(cmapOf("text", 400)));
    }
    expect(built.parts.map((p) => [p.part, p.characters])).toEqual([
      ["names", cmapOf("names", 400).size - 1],
      ["text", cmapOf("text", 400).size],
    ]);
  });

  it("holds in the names part exactly the Japanese shown in every language: cities, centres, organisation, source titles, 日本語", () => {
    type City = { names: { ja: string; jaAlternatives?: string[] }; centreName: { ja: string } };
    const cities = JSON.parse(readFileSync(join(root, "data", "cities.json"), "utf8")) as City[];
    const meta = JSON.parse(readFileSync(join(root, "data", "meta.json"), "utf8")) as { organisation: { ja: string } };
    const sources = JSON.parse(readFileSync(join(root, "data", "sources.json"), "utf8")) as {
      title: string;
      publisher: string;
    }[];
    expect(cities.length).toBeGreaterThanOrEqual(6);
    const shown = [
      ...cities.flatMap((c) => [c.names.ja, ...(c.names.jaAlternatives ?? []), c.centreName.ja]),
      meta.organisation.ja,
      ...sources.flatMap((s) => [s.title, s.publisher]),
      "日本語",
    ].join("");
    const wanted = sorted(codesOf((shown.match(JAPANESE) ?? []).join("")));
    expect(shown).toContain("ハバロフスク日本センター");
    expect(shown).toContain("日本センターについて");
    expect(wanted.length).toBeLessThan(250);
    for (const weight of [400, 700]) {
      const names = cmapOf("names", weight);
      expect(chars(wanted.filter((c) => !names.has(c))), `missing from the names ${weight} file`).toBe("");
      expect(sorted(names)).toEqual(sorted([0x20, ...wanted]));
    }
  });

  it("declares one @font-face per file, with disjoint unicode-ranges that are exactly their files' characters, local() fonts first", () => {
    const rules = built.css.split("\n").filter((r) => r.includes('font-family: "JCM Noto Sans JP";'));
    expect(rules).toHaveLength(4);
    const ranges = built.files.map((f, i) => {
      const rule = rules[i] ?? "";
      expect(rule).toContain('font-family: "JCM Noto Sans JP";');
      expect(rule).toContain(`font-weight: ${f.weight};`);
      expect(rule).toContain("font-display: swap;");
      expect(rule).toMatch(/src: (local\("[^"]+"\), )+url\(([^)]+)\) format\("woff2"\);/);
      expect(/url\(([^)]+)\)/.exec(rule)?.[1]).toBe(`/fonts/${f.name}`);
      const range = expandRange(/unicode-range: ([^;]+);/.exec(rule)?.[1] ?? "");
      expect(sorted(range)).toEqual(sorted(cmap(open(f.path))));
      if (f.weight === 400) expect(rule).toMatch(/src: local\("Noto Sans CJK JP"\), local\("Noto Sans JP"\)/);
      else {
        expect(rule).toMatch(/src: local\("Noto Sans CJK JP Bold"\), local\("Noto Sans JP Bold"\)/);
        expect(rule).not.toContain('local("Noto Sans CJK JP")');
      }
      return { part: f.part, range };
    });
    for (const a of ranges) {
      for (const b of ranges) {
        if (a.part === b.part) continue;
        expect(chars([...a.range].filter((c) => b.range.has(c))), `${a.part} and ${b.part} overlap`).toBe("");
      }
    }
    const [names, text] = [ranges[0]?.range ?? new Set<number>(), ranges[2]?.range ?? new Set<number>()];
    expect(sorted(expandRange(built.namesUnicodeRange))).toEqual(sorted(names));
    expect(sorted(expandRange(built.unicodeRange))).toEqual(sorted([...names, ...text]));
    expect(expandRange(built.unicodeRange).size).toBe(built.characters + 1);
  });

  it("declares, per part, a blank stand-in with the subset's advances and kerning, inside the stylesheet", () => {
    const rules = built.css.split("\n").filter((r) => r.includes('font-family: "JCM Noto Sans JP Metrics";'));
    expect(rules).toHaveLength(2);
    for (const [i, part] of (["names", "text"] as const).entries()) {
      const rule = rules[i] ?? "";
      expect(rule).toContain("font-weight: 100 900;");
      expect(rule).toContain("font-display: block;");
      const data = /url\(data:font\/woff2;base64,([^)]+)\) format\("woff2"\)/.exec(rule)?.[1];
      expect(data, rule.slice(0, 120)).toBeTruthy();
      const blank = fontkit.create(Buffer.from(data ?? "", "base64")) as fontkit.Font;
      const real = fontkit.create(
        readFileSync(built.files.find((f) => f.part === part && f.weight === 400)?.path ?? ""),
      ) as fontkit.Font;
      // Exactly the part's characters but space (Inter draws it), also in its unicode-range.
      const wanted = sorted(
        [...cmap(open(built.files.find((f) => f.part === part)?.path ?? ""))].filter((c) => c !== 0x20),
      );
      expect(sorted(expandRange(/unicode-range: ([^;]+);/.exec(rule)?.[1] ?? ""))).toEqual(wanted);
      for (const c of wanted) {
        const glyph = blank.glyphForCodePoint(c);
        expect(glyph.id, `U+${c.toString(16)} in the ${part} stand-in`).not.toBe(0);
        expect(glyph.advanceWidth).toBe(real.glyphForCodePoint(c).advanceWidth);
        expect(glyph.path.commands, `U+${c.toString(16)} has no outline`).toHaveLength(0);
      }
      // The same vertical metrics and the same spacing features (kern, halt for text-spacing-trim).
      expect([blank.ascent, blank.descent, blank.lineGap]).toEqual([real.ascent, real.descent, real.lineGap]);
      const text = String.fromCodePoint(...wanted.slice(0, 40));
      const advances = (f: fontkit.Font) => f.layout(text).positions.map((p) => p.xAdvance);
      expect(advances(blank)).toEqual(advances(real));
      expect(blank.availableFeatures).toEqual(real.availableFeatures);
    }
  });

  it("writes the CSS, files and ranges to generated/jp-font.ts, a module that loads", async () => {
    expect(built.generated).toBe(join(out, "generated", "jp-font.ts"));
    const ts = readFileSync(built.generated, "utf8");
    expect(ts).toContain(`export const JP_FONT_FACE_CSS = ${JSON.stringify(built.css)};`);
    const generated = (await import(built.generated)) as Record<string, unknown>;
    expect(generated.JP_FONT_FAMILY).toBe("JCM Noto Sans JP");
    expect(generated.JP_FONT_FACE_CSS).toBe(built.css);
    expect(generated.JP_FONT_UNICODE_RANGE).toBe(built.unicodeRange);
    expect(generated.JP_FONT_NAMES_UNICODE_RANGE).toBe(built.namesUnicodeRange);
    expect(generated.JP_FONT_FILES).toEqual(
      built.files.map(({ name, part, weight, size }) => ({ name, url: `/fonts/${name}`, part, weight, size })),
    );
  });

  it("draws every character with Noto Sans JP's own glyph", () => {
    for (const f of built.files) {
      const font = open(f.path);
      expectSameGlyphs(font, f.weight, cmap(font));
    }
  }, 60_000);
});

describe("a small site", () => {
  it("splits its characters in two parts, appends those outside the one-file set to either and keeps the kana kerning", async () => {
    // ～ (U+FF5E) and 𠮟 (U+20B9F) are not in @fontsource's "japanese" file; す before べ is kerned.
    const site = rootWith("すべて～𠮟る", {
      "data/cities.json": JSON.stringify([{ names: { ja: "す", jaAlternatives: ["べ"] }, centreName: { ja: "～" } }]),
      "data/meta.json": JSON.stringify({ organisation: { ja: "国", en: "土" } }),
      // Autonyms however written (quotes, line breaks, escapes); other strings are text.
      "lib/contract.ts":
        'export const LANGUAGES = {\n  ja: {\n    autonym:\n      \'日本語\',\n    note: "土曜",\n  },\n  "xx": { "autonym": `\\u5B66` },\n} as const;\n',
    });
    const dir = tempDir();
    mkdirSync(join(dir, "public", "fonts"), { recursive: true });
    for (const name of [
      "noto-sans-jp-subset-400-0123abcd.woff2",
      "noto-sans-jp-names-700-0123abcd.woff2",
      "other.woff2",
    ]) {
      writeFileSync(join(dir, "public", "fonts", name), "old");
    }
    const built = await buildJapaneseFont({ root: site, outDir: dir });
    // Plus 年, 月 and 日, which Intl writes in Japanese dates; 日 is a name's, so in the names part only.
    const parts: Record<Part, string> = { names: " すべ～国日本語学", text: "て𠮟る年月土曜" };
    expect(built.characters).toBe(15);
    expect(built.parts).toEqual([
      { part: "names", characters: 8, unicodeRange: expect.any(String) },
      { part: "text", characters: 7, unicodeRange: expect.any(String) },
    ]);
    expect(built.files.map((f) => `${f.part} ${f.weight}`)).toEqual(["names 400", "names 700", "text 400", "text 700"]);
    for (const f of built.files) {
      const font = open(f.path);
      expect(chars(sorted(cmap(font)))).toBe(chars(sorted(codesOf(parts[f.part]))));
      expectSameGlyphs(font, f.weight, cmap(font));
      if (f.part === "names") {
        const kerned = font.layout("すべ").positions[0]?.xAdvance ?? 0;
        expect(kerned).toBeLessThan(font.glyphForCodePoint("す".codePointAt(0) ?? 0).advanceWidth);
      }
    }
    expect(sorted(expandRange(built.namesUnicodeRange))).toEqual(sorted(codesOf(parts.names)));
    // Earlier generated files are deleted, other files kept.
    expect(readdirSync(join(dir, "public", "fonts")).sort()).toEqual(
      [...built.files.map((f) => f.name), "other.woff2"].sort(),
    );
  }, 120_000);

  it("without names (no data/), writes only the text part", async () => {
    const built = await buildJapaneseFont({ root: rootWith("日本"), outDir: tempDir() });
    expect(built.files.map((f) => `${f.part} ${f.weight}`)).toEqual(["text 400", "text 700"]);
    // The text part's two files and its stand-in.
    expect(built.css.split("\n")).toHaveLength(3);
    expect(built.namesUnicodeRange).toBe("");
    for (const f of built.files) expect(chars(sorted(cmap(open(f.path))))).toBe(chars(sorted(codesOf("日本年月"))));
  }, 120_000);

  it("fails, naming the character and its part, when Noto Sans JP lacks one", async () => {
    await expect(buildJapaneseFont({ root: rootWith("日本㐀"), outDir: tempDir() })).rejects.toThrow(
      /missing from the text 400 font: 㐀 \(U\+3400\)/,
    );
    const cities = JSON.stringify([{ names: { ja: "日㐀" }, centreName: { ja: "日本" } }]);
    await expect(
      buildJapaneseFont({ root: rootWith("日本", { "data/cities.json": cities }), outDir: tempDir() }),
    ).rejects.toThrow(/missing from the names 400 font: 㐀 \(U\+3400\)/);
  }, 120_000);

  it("fails when the font source is missing", async () => {
    await expect(
      buildJapaneseFont({ root: rootWith("日本"), outDir: tempDir(), sourceDir: tempDir() }),
    ).rejects.toThrow(/font source missing: .*noto-sans-jp-japanese-400-normal\.woff2/);
  });
});

describe("the pictures' fonts (scripts/jp-font.mjs, buildImageFonts)", () => {
  let built: BuiltImages;
  let out: string;
  const fonts = new Map<number, fontkit.Font>();
  /** Latin, Cyrillic, Japanese and ～ (U+FF5E, in none of the files the others come from). */
  const mixed = "Moscow Москва «Ёё» 2025 モスクワ日本センター～年9月";

  beforeAll(async () => {
    out = tempDir();
    built = await buildImageFonts({ root, outDir: out });
    for (const f of built.files) fonts.set(f.weight, open(f.path));
  }, 120_000);

  it("writes one TrueType file per weight, family Noto Sans JP, listed in fonts.json, and the pictures' version", () => {
    const dir = join(out, "generated", "image-fonts");
    expect(built.files.map((f) => f.name)).toEqual(["noto-sans-jp-image-400.ttf", "noto-sans-jp-image-700.ttf"]);
    expect(JSON.parse(readFileSync(join(dir, "fonts.json"), "utf8"))).toEqual({
      family: "Noto Sans JP",
      files: built.files.map((f) => f.name),
    });
    for (const [weight, font] of fonts) {
      const file = readFileSync(join(dir, `noto-sans-jp-image-${weight}.ttf`));
      expect(file.readUInt32BE(0)).toBe(0x00010000);
      const tags = Array.from({ length: file.readUInt16BE(4) }, (_, i) =>
        file.toString("latin1", 12 + i * 16, 16 + i * 16),
      );
      expect(tags).toContain("glyf");
      expect(font.familyName).toBe("Noto Sans JP");
      expect(font.subfamilyName).toBe(weight === 700 ? "Bold" : "Regular");
      expect(font["OS/2"].usWeightClass).toBe(weight);
      expect(font.copyright).toContain("Adobe");
      // Advances alone: no kerning or ligatures, as lib/text-layout.ts measures the cards' lines.
      for (const tag of ["GPOS", "GSUB", "kern"]) expect(tags).not.toContain(tag);
    }
    expect(readFileSync(join(out, "generated", "image-version.ts"), "utf8")).toContain(
      `export const IMAGE_VERSION = ${JSON.stringify(built.version)};`,
    );
    expect(built.version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{10}$/);
  });

  it("holds Noto Sans JP's own glyph for every character of its Latin and Cyrillic files and of the site's Japanese", () => {
    const japanese = new Set<number>();
    for (const path of ["messages/ja.json", "data/cities.json"]) {
      for (const ch of readFileSync(join(root, path), "utf8").match(JAPANESE) ?? [])
        japanese.add(ch.codePointAt(0) ?? 0);
    }
    for (const [weight, font] of fonts) {
      const has = cmap(font);
      const whole = ["latin", "latin-ext", "cyrillic"].map((part) =>
        open(join(noto, "files", `noto-sans-jp-${part}-${weight}-normal.woff2`)),
      );
      const wanted = new Set([...japanese, ...codesOf(mixed), ...whole.flatMap((f) => [...cmap(f)])]);
      expect(chars([...wanted].filter((c) => !has.has(c))), `missing from the ${weight} picture font`).toBe("");
      const differ: string[] = [];
      for (const c of wanted) {
        const theirs = (whole.find((f) => f.hasGlyphForCodePoint(c)) ?? source(c, weight)).glyphForCodePoint(c);
        const ours = font.glyphForCodePoint(c);
        if (ours.path.toSVG() !== theirs.path.toSVG() || ours.advanceWidth !== theirs.advanceWidth) {
          differ.push(String.fromCodePoint(c));
        }
      }
      expect(differ.join(""), `glyphs not Noto Sans JP's own at ${weight}`).toBe("");
    }
  }, 60_000);

  it("is what resvg draws a line mixing Latin, Cyrillic, Japanese and ～ with: nothing left out, at the font's advances", () => {
    const options = {
      font: {
        fontFiles: built.files.map((f) => f.path),
        loadSystemFonts: false,
        defaultFontFamily: "Noto Sans JP",
      },
    };
    for (const [weight, font] of fonts) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100" font-family="Noto Sans JP"><text x="0" y="60" font-size="40" font-weight="${weight}">${mixed}</text></svg>`;
      const box = new Resvg(svg, options).getBBox();
      // The ink fontkit finds in the same font: from the first glyph's left edge to the last's right.
      const run = font.layout(mixed);
      const first = run.glyphs[0];
      const last = run.glyphs[run.glyphs.length - 1];
      if (!first || !last) throw new Error("nothing laid out");
      const ink = ((run.advanceWidth - last.advanceWidth + last.bbox.maxX - first.bbox.minX) * 40) / font.unitsPerEm;
      expect(box?.x, `${weight}`).toBeCloseTo((first.bbox.minX * 40) / font.unitsPerEm, 1);
      expect(box?.width, `${weight}`).toBeCloseTo(ink, 1);
    }
  });

  it("measures the map's labels as the site draws them: Inter at the weight asked, Noto Sans JP for Japanese", async () => {
    const at400 = await labelAdvance(400);
    const at600 = await labelAdvance(600);
    const code = (ch: string) => ch.codePointAt(0) ?? 0;
    for (const ch of "MoscowМосква") expect(at600(code(ch)), ch).toBeGreaterThan(at400(code(ch)) ?? Infinity);
    expect(at600(code("日"))).toBe(1);
    expect(at600(0xe000)).toBeNull();
  });
});
