#!/usr/bin/env node
// The project's fonts, one pipeline: every font the site and its pictures use that is cut from
// @fontsource files is cut here, with one set of tools: fontkit reads and measures, subset-font
// (harfbuzz, compiled to WebAssembly) cuts, wawoff2 compresses and decompresses, and the few lines
// below (appendGlyphs) add to a cut font the glyphs of characters its source file lacks, from the
// package's other files (harfbuzz cuts fonts but does not merge them).
//
// A. The Japanese web font (buildJapaneseFont): Noto Sans JP cut down to exactly the characters in
//    Japanese script that the site can show, for readers who have no Japanese system font (their
//    pages showed tofu).
//  1. collects the characters: every string in messages/*.json and data/*.json (all languages:
//     English and Russian pages show Japanese names too), the .ts/.tsx sources under app/,
//     components/, lib/ and i18n/ (the language switcher's 日本語 is there), and what
//     Intl.DateTimeFormat writes for Japanese dates (年, 月, 日); only CJK, kana and fullwidth
//     characters are kept: Latin and Cyrillic come from Inter;
//  2. splits them in two parts with disjoint unicode-ranges, so that a page downloads only what
//     its text needs: "names", the Japanese shown on pages of every language (the cities' and
//     centres' names in data/cities.json, the organisation's in data/meta.json, the autonym 日本語
//     in lib/contract.ts): a few dozen characters, all an English or Russian page needs; and
//     "text", the rest, which only Japanese pages need;
//  3. subsets @fontsource/noto-sans-jp's "japanese" file (the 6,887 commonest characters in one
//     font, with its kerning and other OpenType features) with harfbuzz for each part, and
//     appends the glyphs of any character it lacks (～ is one) from the package's per-range
//     files, which hold the rest of Noto Sans JP;
//  4. writes public/fonts/noto-sans-jp-<names|text>-<weight>-<hash>.woff2 (weights 400 and 700)
//     and generated/jp-font.ts: the @font-face CSS (local() sources first, so only
//     readers without a Japanese font download anything; one rule per part and weight, each with
//     its part's unicode-range), the files and the unicode-ranges; and a blank stand-in with the
//     subset's metrics (blankFont);
//  5. re-reads each file's cmap and fails if it is not exactly its part's characters.
// B. The pictures' fonts (buildImageFonts): the TrueType files resvg draws the map images and the
//    social cards with (lib/server/images/png-fonts.ts), one per weight, and the pictures' version
//    (generated/image-version.ts).
// C. Measuring (labelAdvance): a character's advance in the site's fonts, for the width of the
//    map's labels (scripts/generate-map.ts).
// Run by scripts/generate-assets.mjs; also alone: `node scripts/jp-font.mjs`.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as fontkit from "fontkit";
import subsetFont from "subset-font";
import wawoff2 from "wawoff2";

const require = createRequire(import.meta.url);

export const JP_FONT_FAMILY = "JCM Noto Sans JP";
/** The blank stand-in with Noto Sans JP's metrics, named right after JP_FONT_FAMILY in --font-sans. */
export const JP_METRICS_FAMILY = "JCM Noto Sans JP Metrics";
/** Static weights made. The UI's 500 falls back to the 400 file, its 600 to the 700 file (CSS font matching). */
export const JP_FONT_WEIGHTS = [400, 700];
/**
 * System fonts tried before the download, per weight. local() matches one face by its full or
 * PostScript name, not a family name: "Noto Sans CJK JP" is the full name of the Regular face in
 * Debian's fonts-noto-cjk (the bold one is "Noto Sans CJK JP Bold"), and macOS names its faces
 * "Hiragino Sans W3", "HiraginoSans-W3", … So each weight lists its own faces' names; the bold rule
 * names no regular face, or bold Japanese would be drawn in the Regular and not made bold.
 */
export const JP_LOCAL_FACES = {
  400: [
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "Hiragino Sans",
    "Hiragino Kaku Gothic ProN",
    "Yu Gothic",
    "Meiryo",
    "Hiragino Sans W3",
    "Hiragino Kaku Gothic ProN W3",
    "Yu Gothic Regular",
    "NotoSansCJKjp-Regular",
    "NotoSansJP-Regular",
    "HiraginoSans-W3",
    "HiraKakuProN-W3",
    "YuGothic-Regular",
  ],
  700: [
    "Noto Sans CJK JP Bold",
    "Noto Sans JP Bold",
    "Hiragino Sans W6",
    "Hiragino Kaku Gothic ProN W6",
    "Yu Gothic Bold",
    "Meiryo Bold",
    "NotoSansCJKjp-Bold",
    "NotoSansJP-Bold",
    "HiraginoSans-W6",
    "HiraKakuProN-W6",
    "YuGothic-Bold",
    "Meiryo-Bold",
  ],
};
/** Generated files, this script's and its earlier versions' ("subset": one file a weight). */
const GENERATED_FILE = /^noto-sans-jp-(?:subset|names|text)-\d+-[0-9a-f]{8}\.woff2$/;

/** Japanese script: CJK punctuation, kana, enclosed and compatibility forms, ideographs, fullwidth forms. */
const JAPANESE =
  /[\u3000-\u30ff\u3190-\u319f\u31f0-\u31ff\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3ffff}]/gu;
/** Layout features kept: the horizontal ones (Noto Sans JP kerns kana by default). Vertical forms are dropped. */
const KEEP_FEATURES = ["ccmp", "locl", "liga", "calt", "kern", "mark", "mkmk", "palt", "halt"];
const DROP_TABLES = ["vhea", "vmtx", "VORG"];
/** Copyright, names, version, licence text and URL (the OFL asks that they stay with the font). */
const NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 13, 14];

class JpFontError extends Error {}

// ---------------------------------------------------------------------------------------------
// A1. The characters (the pictures' fonts read the same collection).

function walk(dir, out) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "node_modules") walk(path, out);
    } else if (/\.tsx?$/.test(name) && !/\.(test|spec|generated)\.tsx?$/.test(name)) {
      out.push(path);
    }
  }
  return out;
}

function jsonStrings(value, out) {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      jsonStrings(v, out);
    }
  }
  return out;
}

/** Source text with \uXXXX and \u{X} escapes decoded (string literals may use them). */
const decodeEscapes = (text) =>
  text.replace(/\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})/g, (_, a, b) =>
    String.fromCodePoint(Number.parseInt(a ?? b, 16)),
  );

/** Every character in Japanese script the site can show, as sorted code points. */
export function collectJapaneseCodePoints(root) {
  const texts = [];
  for (const dir of ["messages", "data"]) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full).filter((n) => n.endsWith(".json"))) {
      try {
        jsonStrings(JSON.parse(readFileSync(join(full, name), "utf8")), texts);
      } catch (err) {
        throw new JpFontError(`jp-font: ${dir}/${name} is not valid JSON (${err.message})`);
      }
    }
  }
  for (const dir of ["app", "components", "lib", "i18n"]) {
    for (const file of walk(join(root, dir), [])) texts.push(decodeEscapes(readFileSync(file, "utf8")));
  }
  // Dates are written by Intl at run time (lib/dates.ts): "2025年1月22日".
  texts.push(
    new Intl.DateTimeFormat("ja", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(
      new Date(Date.UTC(2025, 0, 22)),
    ),
  );
  return japaneseCodePoints(texts);
}

/** The sorted code points of the characters in Japanese script in `texts`. */
function japaneseCodePoints(texts) {
  const codes = new Set();
  for (const text of texts) for (const ch of text.match(JAPANESE) ?? []) codes.add(ch.codePointAt(0));
  return [...codes].sort((a, b) => a - b);
}

/** A JSON file under `root`, or null when there is none. */
function readJson(root, file) {
  const path = join(root, file);
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new JpFontError(`jp-font: ${file} is not valid JSON (${err.message})`);
  }
}

/** A property `autonym: "…"` (or '…', `…`, a quoted key) in TypeScript source: its string. */
const AUTONYM =
  /(?<![\w$])["']?autonym["']?\s*:\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`)/g;

/**
 * The characters in Japanese script shown on pages of every language, as sorted code points: the
 * cities' names (names.ja, names.jaAlternatives) and the centres' (centreName.ja) in
 * data/cities.json, the organisation's name in data/meta.json and the languages' autonyms in
 * lib/contract.ts (日本語 in the language switcher). Files that are absent add nothing.
 */
export function collectNameCodePoints(root) {
  const texts = [];
  const str = (v) => {
    if (typeof v === "string") texts.push(v);
  };
  const cities = readJson(root, join("data", "cities.json"));
  const records = Array.isArray(cities) ? cities : cities && typeof cities === "object" ? Object.values(cities) : [];
  for (const city of records) {
    str(city?.names?.ja);
    for (const alt of Array.isArray(city?.names?.jaAlternatives) ? city.names.jaAlternatives : []) str(alt);
    str(city?.centreName?.ja);
  }
  str(readJson(root, join("data", "meta.json"))?.organisation?.ja);
  // Source titles and publishers are given as written, on pages of every language.
  const sources = readJson(root, join("data", "sources.json"));
  for (const source of Array.isArray(sources) ? sources : []) {
    str(source?.title);
    str(source?.publisher);
  }
  const contract = join(root, "lib", "contract.ts");
  if (existsSync(contract)) {
    for (const m of decodeEscapes(readFileSync(contract, "utf8")).matchAll(AUTONYM)) texts.push(m[1] ?? m[2] ?? m[3]);
  }
  return japaneseCodePoints(texts);
}

/** Sorted code points as a CSS unicode-range: "U+20,U+3001-3002,U+300C-300D". */
export function toUnicodeRange(codes) {
  const sorted = [...new Set(codes)].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const hex = (c) => c.toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(sorted[i])}` : `U+${hex(sorted[i])}-${hex(sorted[j])}`);
    i = j + 1;
  }
  return parts.join(",");
}

// ---------------------------------------------------------------------------------------------
// A2. The font: harfbuzz subsets; glyphs the "japanese" file lacks are appended to its subset
// (appendGlyphs, which the pictures' fonts use too).

export function fontsourceDir() {
  try {
    return dirname(require.resolve("@fontsource/noto-sans-jp/package.json"));
  } catch {
    throw new JpFontError(
      "jp-font: the font source @fontsource/noto-sans-jp is not installed (it is a devDependency: run npm ci)",
    );
  }
}

function readSource(path) {
  if (!existsSync(path)) throw new JpFontError(`jp-font: font source missing: ${path} (run npm ci)`);
  return readFileSync(path);
}

/** The package's per-range files and their unicode-ranges ("[12]": "U+...") from unicode.json. */
export function rangeFiles(dir, weight) {
  const table = JSON.parse(readSource(join(dir, "unicode.json")).toString("utf8"));
  const out = [];
  for (const [key, ranges] of Object.entries(table)) {
    const index = /^\[(\d+)\]$/.exec(key)?.[1];
    if (index === undefined) continue;
    const spans = ranges.split(",").map((r) => {
      const [a, b] = r.trim().replace(/^U\+/i, "").split("-");
      const lo = Number.parseInt(a, 16);
      return [lo, b ? Number.parseInt(b, 16) : lo];
    });
    out.push({ path: join(dir, "files", `noto-sans-jp-${index}-${weight}-normal.woff2`), spans });
  }
  return out;
}

/** Code points a font's cmap maps to a glyph (not to .notdef, as format 4's final 0xFFFF segment does). */
export function cmapOf(buffer) {
  const font = fontkit.create(buffer);
  return new Set(font.characterSet.filter((c) => font.glyphForCodePoint(c).id !== 0));
}

const textOf = (codes) => String.fromCodePoint(...codes);

function parseSfnt(buf) {
  const numTables = buf.readUInt16BE(4);
  const tables = new Map();
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const tag = buf.toString("latin1", rec, rec + 4);
    const offset = buf.readUInt32BE(rec + 8);
    const length = buf.readUInt32BE(rec + 12);
    tables.set(tag, Buffer.from(buf.subarray(offset, offset + length)));
  }
  return { version: buf.readUInt32BE(0), tables };
}

function checksum(buf) {
  const padded = Buffer.concat([buf, Buffer.alloc((4 - (buf.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function writeSfnt(version, tables) {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const header = Buffer.alloc(12 + n * 16);
  const entrySelector = Math.floor(Math.log2(n));
  header.writeUInt32BE(version, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(2 ** entrySelector * 16, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(n * 16 - 2 ** entrySelector * 16, 10);
  const head = tables.get("head");
  head.writeUInt32BE(0, 8); // checkSumAdjustment is computed over the whole file below
  const bodies = [];
  let offset = header.length;
  tags.forEach((tag, i) => {
    const data = tables.get(tag);
    const rec = 12 + i * 16;
    header.write(tag, rec, "latin1");
    header.writeUInt32BE(checksum(data), rec + 4);
    header.writeUInt32BE(offset, rec + 8);
    header.writeUInt32BE(data.length, rec + 12);
    const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
    bodies.push(padded);
    offset += padded.length;
  });
  const font = Buffer.concat([header, ...bodies]);
  const headOffset = header.readUInt32BE(12 + tags.indexOf("head") * 16 + 8);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headOffset + 8);
  return font;
}

/** Glyph outlines (raw glyf records), advances and side bearings of a TrueType font. */
function readGlyphs(tables) {
  const numGlyphs = tables.get("maxp").readUInt16BE(4);
  const longLoca = tables.get("head").readInt16BE(50) === 1;
  const loca = tables.get("loca");
  const glyf = tables.get("glyf");
  const hmtx = tables.get("hmtx");
  const numberOfHMetrics = tables.get("hhea").readUInt16BE(34);
  const at = (i) => (longLoca ? loca.readUInt32BE(i * 4) : loca.readUInt16BE(i * 2) * 2);
  const glyphs = [];
  for (let g = 0; g < numGlyphs; g++) {
    const m = Math.min(g, numberOfHMetrics - 1);
    const advance = hmtx.readUInt16BE(m * 4);
    const lsb =
      g < numberOfHMetrics
        ? hmtx.readInt16BE(g * 4 + 2)
        : hmtx.readInt16BE(numberOfHMetrics * 4 + (g - numberOfHMetrics) * 2);
    glyphs.push({ data: Buffer.from(glyf.subarray(at(g), at(g + 1))), advance, lsb });
  }
  return glyphs;
}

/** A copy of a composite glyph's record with its component glyph ids mapped. */
function remapComponents(data, map) {
  if (data.length === 0 || data.readInt16BE(0) >= 0) return data;
  const out = Buffer.from(data);
  let p = 10;
  for (;;) {
    const flags = out.readUInt16BE(p);
    out.writeUInt16BE(map(out.readUInt16BE(p + 2)), p + 2);
    p += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) p += 2;
    else if (flags & 0x0040) p += 4;
    else if (flags & 0x0080) p += 8;
    if (!(flags & 0x0020)) break;
  }
  return out;
}

/** A cmap with a format 4 subtable (BMP) and, when needed, a format 12 one. */
function buildCmap(mapping) {
  const entries = [...mapping].sort((a, b) => a[0] - b[0]);
  const bmp = entries.filter(([c]) => c <= 0xffff);
  // Format 4: one segment per run of consecutive code points with consecutive glyph ids.
  const segs = [];
  for (const [c, g] of bmp) {
    const last = segs[segs.length - 1];
    if (last && c === last.end + 1 && g - c === last.delta) last.end = c;
    else segs.push({ start: c, end: c, delta: g - c });
  }
  segs.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const segX2 = segs.length * 2;
  const searchRange = 2 * 2 ** Math.floor(Math.log2(segs.length));
  const f4 = Buffer.alloc(16 + segs.length * 8);
  f4.writeUInt16BE(4, 0);
  f4.writeUInt16BE(f4.length, 2);
  f4.writeUInt16BE(0, 4);
  f4.writeUInt16BE(segX2, 6);
  f4.writeUInt16BE(searchRange, 8);
  f4.writeUInt16BE(Math.log2(searchRange / 2), 10);
  f4.writeUInt16BE(segX2 - searchRange, 12);
  segs.forEach((s, i) => {
    f4.writeUInt16BE(s.end, 14 + i * 2);
    f4.writeUInt16BE(s.start, 16 + segX2 + i * 2);
    f4.writeUInt16BE((s.delta + 0x10000) & 0xffff, 16 + segX2 * 2 + i * 2);
    f4.writeUInt16BE(0, 16 + segX2 * 3 + i * 2);
  });
  const subtables = [[3, 1, f4]];
  if (bmp.length < entries.length) {
    const groups = [];
    for (const [c, g] of entries) {
      const last = groups[groups.length - 1];
      if (last && c === last.end + 1 && g === last.gid + (c - last.start)) last.end = c;
      else groups.push({ start: c, end: c, gid: g });
    }
    const f12 = Buffer.alloc(16 + groups.length * 12);
    f12.writeUInt16BE(12, 0);
    f12.writeUInt32BE(f12.length, 4);
    f12.writeUInt32BE(groups.length, 12);
    groups.forEach((gr, i) => {
      f12.writeUInt32BE(gr.start, 16 + i * 12);
      f12.writeUInt32BE(gr.end, 20 + i * 12);
      f12.writeUInt32BE(gr.gid, 24 + i * 12);
    });
    subtables.push([3, 10, f12]);
  }
  const head = Buffer.alloc(4 + subtables.length * 8);
  head.writeUInt16BE(subtables.length, 2);
  let offset = head.length;
  subtables.forEach(([platform, encoding, data], i) => {
    head.writeUInt16BE(platform, 4 + i * 8);
    head.writeUInt16BE(encoding, 6 + i * 8);
    head.writeUInt32BE(offset, 8 + i * 8);
    offset += data.length;
  });
  return Buffer.concat([head, ...subtables.map(([, , data]) => data)]);
}

/**
 * `base` (a TrueType font) with the glyphs that `extra` maps for `codes` appended and mapped;
 * the layout tables keep referring to base's glyphs, which keep their ids.
 */
function appendGlyphs(base, extra, codes) {
  const b = parseSfnt(base);
  const e = parseSfnt(extra);
  const baseGlyphs = readGlyphs(b.tables);
  const extraGlyphs = readGlyphs(e.tables);
  const offset = baseGlyphs.length - 1; // extra's glyph k (k ≥ 1) becomes offset + k; its .notdef is dropped
  const mapGid = (g) => (g === 0 ? 0 : g + offset);
  const glyphs = [...baseGlyphs, ...extraGlyphs.slice(1).map((g) => ({ ...g, data: remapComponents(g.data, mapGid) }))];

  const baseFont = fontkit.create(base);
  const extraFont = fontkit.create(extra);
  const mapping = new Map();
  for (const c of cmapOf(base)) mapping.set(c, baseFont.glyphForCodePoint(c).id);
  for (const c of codes) {
    const gid = extraFont.glyphForCodePoint(c).id;
    if (gid !== 0) mapping.set(c, mapGid(gid));
  }

  const tables = new Map(b.tables);
  // glyf and loca (long offsets), hmtx with one full metric per glyph.
  const locaBuf = Buffer.alloc((glyphs.length + 1) * 4);
  const glyfParts = [];
  let pos = 0;
  glyphs.forEach((g, i) => {
    locaBuf.writeUInt32BE(pos, i * 4);
    const padded = Buffer.concat([g.data, Buffer.alloc(g.data.length % 4 ? 4 - (g.data.length % 4) : 0)]);
    glyfParts.push(padded);
    pos += padded.length;
  });
  locaBuf.writeUInt32BE(pos, glyphs.length * 4);
  tables.set("glyf", Buffer.concat(glyfParts));
  tables.set("loca", locaBuf);
  const hmtx = Buffer.alloc(glyphs.length * 4);
  let box = null;
  let advanceMax = 0;
  let minLsb = 0x7fff;
  let minRsb = 0x7fff;
  let maxExtent = -0x8000;
  glyphs.forEach((g, i) => {
    hmtx.writeUInt16BE(g.advance, i * 4);
    hmtx.writeInt16BE(g.lsb, i * 4 + 2);
    advanceMax = Math.max(advanceMax, g.advance);
    if (g.data.length < 10) return;
    const [xMin, yMin, xMax, yMax] = [2, 4, 6, 8].map((o) => g.data.readInt16BE(o));
    box = box
      ? [Math.min(box[0], xMin), Math.min(box[1], yMin), Math.max(box[2], xMax), Math.max(box[3], yMax)]
      : [xMin, yMin, xMax, yMax];
    minLsb = Math.min(minLsb, g.lsb);
    minRsb = Math.min(minRsb, g.advance - (g.lsb + xMax - xMin));
    maxExtent = Math.max(maxExtent, g.lsb + xMax - xMin);
  });
  tables.set("hmtx", hmtx);

  const head = Buffer.from(b.tables.get("head"));
  if (box) for (const [i, o] of [36, 38, 40, 42].entries()) head.writeInt16BE(box[i], o);
  head.writeInt16BE(1, 50);
  tables.set("head", head);

  const hhea = Buffer.from(b.tables.get("hhea"));
  hhea.writeUInt16BE(advanceMax, 10);
  hhea.writeInt16BE(minLsb, 12);
  hhea.writeInt16BE(minRsb, 14);
  hhea.writeInt16BE(maxExtent, 16);
  hhea.writeUInt16BE(glyphs.length, 34);
  tables.set("hhea", hhea);

  const maxp = Buffer.from(b.tables.get("maxp"));
  maxp.writeUInt16BE(glyphs.length, 4);
  const extraMaxp = e.tables.get("maxp");
  if (maxp.length >= 32 && extraMaxp.length >= 32) {
    // Upper bounds over both fonts (points, contours, components, hinting limits).
    for (let o = 6; o < 32; o += 2) maxp.writeUInt16BE(Math.max(maxp.readUInt16BE(o), extraMaxp.readUInt16BE(o)), o);
  }
  tables.set("maxp", maxp);

  tables.set("cmap", buildCmap(mapping));

  const post = b.tables.get("post");
  if (post.readUInt32BE(0) !== 0x00030000) {
    // Glyph names would not cover the appended glyphs: write a version 3 post (no names).
    const post3 = Buffer.from(post.subarray(0, 32));
    post3.writeUInt32BE(0x00030000, 0);
    tables.set("post", post3);
  }
  for (const tag of ["hdmx", "LTSH", "VDMX", "kern", "vhea", "vmtx", "VORG", "DSIG"]) tables.delete(tag);
  return writeSfnt(b.version, tables);
}

/** The Noto Sans JP subset for one weight, as WOFF2 holding exactly the code points `wanted`. */
async function buildWeight(dir, weight, wanted) {
  const text = textOf(wanted);
  const options = { keepFeatures: KEEP_FEATURES, dropTables: DROP_TABLES, preserveNameIds: NAME_IDS };
  const basePath = join(dir, "files", `noto-sans-jp-japanese-${weight}-normal.woff2`);
  let font = await subsetFont(readSource(basePath), text, { ...options, targetFormat: "truetype" });

  const inBase = cmapOf(font);
  const missing = wanted.filter((c) => !inBase.has(c));
  if (missing.length > 0) {
    const files = rangeFiles(dir, weight);
    const bySource = new Map();
    for (const c of missing) {
      const source = files.find((f) => f.spans.some(([lo, hi]) => c >= lo && c <= hi));
      if (!source) continue; // not in Noto Sans JP at all: reported by the cmap check below
      bySource.set(source.path, [...(bySource.get(source.path) ?? []), c]);
    }
    for (const [path, cs] of bySource) {
      const extra = await subsetFont(readSource(path), textOf(cs), { ...options, targetFormat: "truetype" });
      font = appendGlyphs(font, extra, cs);
    }
  }
  // A last pass through harfbuzz recomputes what the appending left rough; the TrueType is kept
  // for the blank stand-in (blankFont), and compressed as subset-font itself would (wawoff2).
  const ttf = await subsetFont(font, text, { ...options, targetFormat: "truetype" });
  return { ttf, woff2: Buffer.from(await wawoff2.compress(ttf)) };
}

/**
 * The same font with every outline removed: a TrueType font whose `loca` table makes each glyph
 * empty and whose other tables (advances, vertical metrics, kerning, the `halt`
 * spacing that the browser's text-spacing-trim uses) are untouched, compressed as WOFF2. It travels inside the stylesheet (a data: URL, so it is there at the first layout) and
 * stands in for the subset while the subset downloads: the Japanese text is laid out exactly where
 * it will be drawn, blank for that moment, and nothing moves when the subset arrives. Without it
 * the browser laid the text out in whatever fallback it had (on a machine without a Japanese
 * font, boxes of another width) and the swap re-wrapped the lines: CLS 0.06–0.09 on /about and
 * 0.3–0.5 on /ja/about, phone, slow network.
 */
export async function blankFont(ttf) {
  const font = Buffer.from(ttf);
  const tables = new Map();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    tables.set(font.toString("latin1", at, at + 4), {
      offset: font.readUInt32BE(at + 8),
      length: font.readUInt32BE(at + 12),
    });
  }
  const head = tables.get("head");
  const loca = tables.get("loca");
  if (!head || !loca || !tables.has("glyf")) throw new JpFontError("jp-font: the subset is not a TrueType font");
  // Every glyph is made empty (it ends where it starts), except .notdef, which is given the first
  // outline in the font: a font without any outline is refused by browsers' font sanitiser (OTS).
  // .notdef is never drawn here: the unicode-range holds only characters the font has.
  const long = font.readInt16BE(head.offset + 50) === 1;
  const size = long ? 4 : 2;
  const read = (i) => (long ? font.readUInt32BE(loca.offset + i * 4) : font.readUInt16BE(loca.offset + i * 2));
  const write = (i, v) =>
    long ? font.writeUInt32BE(v, loca.offset + i * 4) : font.writeUInt16BE(v, loca.offset + i * 2);
  const entries = loca.length / size;
  let first = 0;
  while (first < entries - 1 && read(first + 1) === read(first)) first++;
  if (first === entries - 1) throw new JpFontError("jp-font: the subset has no outlines");
  const [start, end] = [read(first), read(first + 1)];
  write(0, start);
  for (let i = 1; i < entries; i++) write(i, end);
  // WOFF2's glyf transform reads the glyphs through loca, so the outlines no glyph points to are
  // not written. (Not harfbuzz: its subsetter drops .notdef's outline, and with it the last one.)
  return Buffer.from(await wawoff2.compress(font));
}

// ---------------------------------------------------------------------------------------------
// A3. The files.

const fontFace = (weight, url, range) =>
  `@font-face { font-family: "${JP_FONT_FAMILY}"; src: ${JP_LOCAL_FACES[weight].map((n) => `local("${n}")`).join(", ")}, url(${url}) format("woff2"); font-weight: ${weight}; font-display: swap; unicode-range: ${range}; }`;

const listChars = (codes) =>
  codes.map((c) => `${String.fromCodePoint(c)} (U+${c.toString(16).toUpperCase()})`).join(", ");

/**
 * The two parts' code points: "names" (with space, which Japanese names may hold) and "text",
 * every other character; a part without characters is left out.
 */
export function splitParts(all, names) {
  const inNames = new Set(names);
  const parts = [
    { part: "names", codes: names.length > 0 ? [0x20, ...names] : [] },
    { part: "text", codes: all.filter((c) => !inNames.has(c) && c !== 0x20) },
  ];
  return parts
    .filter((p) => p.codes.length > 0)
    .map((p) => ({ ...p, codes: [...new Set(p.codes)].sort((a, b) => a - b) }));
}

/**
 * Builds the Japanese subset fonts into `outDir`/public/fonts/ and writes
 * `outDir`/components/ui/jp-font.generated.ts; characters are read from `root`. `sourceDir`
 * (tests) replaces the installed @fontsource/noto-sans-jp.
 */
export async function buildJapaneseFont({ root, outDir = root, sourceDir = fontsourceDir() }) {
  const started = Date.now();
  const dir = sourceDir;
  const names = collectNameCodePoints(root);
  // The names are among the collected strings anyway; the union keeps the parts' union the whole set.
  const codes = [...new Set([...collectJapaneseCodePoints(root), ...names])].sort((a, b) => a - b);
  const parts = splitParts(codes, names);
  const fontsDir = join(outDir, "public", "fonts");
  const files = [];
  for (const { part, codes: wanted } of parts) {
    const range = toUnicodeRange(wanted);
    for (const weight of JP_FONT_WEIGHTS) {
      const { ttf, woff2 } = await buildWeight(dir, weight, wanted);
      const cmap = cmapOf(woff2);
      const absent = wanted.filter((c) => !cmap.has(c));
      if (absent.length > 0) {
        throw new JpFontError(
          `jp-font: ${absent.length} character(s) missing from the ${part} ${weight} font: ${listChars(absent)}`,
        );
      }
      // Each file is exactly its unicode-range, or the two parts' ranges would not say which file draws what.
      const extra = [...cmap].filter((c) => !wanted.includes(c)).sort((a, b) => a - b);
      if (extra.length > 0) {
        throw new JpFontError(
          `jp-font: the ${part} ${weight} font has characters not in its part: ${listChars(extra)}`,
        );
      }
      const hash = createHash("sha256").update(woff2).digest("hex").slice(0, 8);
      const name = `noto-sans-jp-${part}-${weight}-${hash}.woff2`;
      files.push({ name, part, weight, size: woff2.length, range, data: woff2, ttf, codes: wanted });
    }
  }
  const seen = new Map();
  for (const { part, codes: partCodes } of parts) {
    const shared = partCodes.filter((c) => seen.has(c));
    if (shared.length > 0)
      throw new JpFontError(`jp-font: in two parts (${part}, ${seen.get(shared[0])}): ${listChars(shared)}`);
    for (const c of partCodes) seen.set(c, part);
  }
  const unicodeRange = toUnicodeRange([...seen.keys()]);
  const namesPart = parts.find((p) => p.part === "names");
  const namesUnicodeRange = namesPart ? toUnicodeRange(namesPart.codes) : "";

  mkdirSync(fontsDir, { recursive: true });
  const current = new Set(files.map((f) => f.name));
  for (const old of readdirSync(fontsDir)) {
    if (GENERATED_FILE.test(old) && !current.has(old)) rmSync(join(fontsDir, old));
  }
  for (const f of files) writeFileSync(join(fontsDir, f.name), f.data);

  // The blank stand-ins, one per part, from the regular weight (the bold's advances are the same).
  const blanks = [];
  for (const f of files.filter((f) => f.weight === 400)) {
    const codes = f.codes.filter((c) => c !== 0x20);
    const blank = await blankFont(f.ttf);
    blanks.push(
      `@font-face { font-family: "${JP_METRICS_FAMILY}"; src: url(data:font/woff2;base64,${blank.toString("base64")}) format("woff2"); font-weight: 100 900; font-display: block; unicode-range: ${toUnicodeRange(codes)}; }`,
    );
  }
  const css = [...files.map((f) => fontFace(f.weight, `/fonts/${f.name}`, f.range)), ...blanks].join("\n");
  const listed = files.map(({ name, part, weight, size }) => ({ name, url: `/fonts/${name}`, part, weight, size }));
  const count = (part) => parts.find((p) => p.part === part)?.codes.filter((c) => c !== 0x20).length ?? 0;
  // The @font-face rules as a stylesheet the root layouts import: bundled with the site's CSS
  // (one cached file), not inlined in every page's HTML and again in its RSC payload.
  const cssFile = join(outDir, "generated", "jp-font.css");
  mkdirSync(dirname(cssFile), { recursive: true });
  writeFileSync(
    cssFile,
    `/* Generated by scripts/jp-font.mjs (run by scripts/generate-assets.mjs). Do not edit; do not commit. */\n${css}\n`,
  );
  const tsFile = join(outDir, "generated", "jp-font.ts");
  mkdirSync(dirname(tsFile), { recursive: true });
  writeFileSync(
    tsFile,
    `// Generated by scripts/jp-font.mjs (run by scripts/generate-assets.mjs). Do not edit; do not commit.
/** The font-family of the Japanese subset: name it after Inter in a font-family list. */
export const JP_FONT_FAMILY = ${JSON.stringify(JP_FONT_FAMILY)};
/** The blank stand-ins with the subset's metrics (in the stylesheet): name it right after JP_FONT_FAMILY. */
export const JP_METRICS_FAMILY = ${JSON.stringify(JP_METRICS_FAMILY)};
/** The ${codes.length} characters in Japanese script the site shows (and space), as a CSS unicode-range: both parts. */
export const JP_FONT_UNICODE_RANGE = ${JSON.stringify(unicodeRange)};
/** The "names" part: the ${count("names")} characters of the Japanese shown on pages of every language (and space). */
export const JP_FONT_NAMES_UNICODE_RANGE = ${JSON.stringify(namesUnicodeRange)};
/**
 * The subset files in public/fonts/ (size in bytes): per weight, "names" (every page's Japanese names)
 * and "text" (the other ${count("text")} characters, for Japanese pages), with disjoint unicode-ranges.
 * Weight 500 is drawn with the 400 files, 600 with the 700 files.
 */
export const JP_FONT_FILES = ${JSON.stringify(listed, null, 2)} as const;
/**
 * One @font-face per part and weight: system Japanese fonts first (local()), the subset only for
 * readers without one, and of it only the files whose unicode-range the page's text touches.
 */
export const JP_FONT_FACE_CSS = ${JSON.stringify(css)};
`,
  );

  const result = {
    characters: codes.length,
    unicodeRange,
    namesUnicodeRange,
    parts: parts.map(({ part, codes: partCodes }) => ({
      part,
      characters: count(part),
      unicodeRange: toUnicodeRange(partCodes),
    })),
    css,
    files: files.map(({ name, part, weight, size }) => ({ name, part, weight, size, path: join(fontsDir, name) })),
    generated: tsFile,
    stylesheet: cssFile,
    ms: Date.now() - started,
  };
  return result;
}

/** The one line the build prints. */
export function summary(result) {
  const counts = result.parts.map((p) => `${p.part} ${p.characters}`).join(", ");
  const sizes = result.files.map((f) => `${f.part} ${f.weight}: ${(f.size / 1024).toFixed(1)} KB`).join(", ");
  return `japanese font: ${result.characters} characters (${counts}), ${sizes} -> public/fonts/ (${(result.ms / 1000).toFixed(1)} s)`;
}

// ---------------------------------------------------------------------------------------------
// B. The pictures' fonts. resvg reads TrueType/OpenType, not the WOFF/WOFF2 files the site serves,
// and must never reach for a system font (the picture would change from machine to machine): so
// it gets Noto Sans JP in TrueType, only that, one file per weight (400 and 700), cut down to what
// a picture can say:
//  - the Latin, Latin Extended and Cyrillic files of @fontsource/noto-sans-jp, whole (every digit,
//    month name and city name in English and Russian);
//  - the "japanese" file cut to the Japanese characters the site can show (the web font's
//    collection, collectJapaneseCodePoints), plus those characters from the per-range files of any
//    it lacks (～ is one).
// One file per weight, not the sources side by side: given several files of one family and weight,
// resvg 2.6 draws each text with one of them and leaves out what that one lacks (Latin, Cyrillic and
// digits vanished from a mixed line; docs/decisions/007-japanese-font.md). Without kerning or
// ligatures (no GPOS, GSUB or kern): the cards' lines are measured by advances alone
// (lib/text-layout.ts), as resvg then draws them.

/** Where the pictures' fonts go, relative to the project root (read back by lib/server/images/png-fonts.ts). */
export const IMAGE_FONT_DIR = join("generated", "image-fonts");
/** The family the pictures' SVGs name (lib/server/images/map-image.ts, card-image.ts). */
export const IMAGE_FONT_FAMILY = "Noto Sans JP";
const IMAGE_WHOLE = ["latin", "latin-ext", "cyrillic"];
const IMAGE_DROP_TABLES = ["GPOS", "GSUB", "GDEF", "BASE", "kern", ...DROP_TABLES];
/** fontkit's keys for the name IDs kept (NAME_IDS). */
const NAME_KEYS = {
  0: "copyright",
  1: "fontFamily",
  2: "fontSubfamily",
  3: "uniqueSubfamily",
  4: "fullName",
  5: "version",
  6: "postscriptName",
  13: "license",
  14: "licenseURL",
};

/**
 * `ttf` named `family` (name IDs 1, 2, 3, 4 and 6; the copyright, version and licence kept):
 * @fontsource's static files call every weight "Noto Sans JP Thin", the variable font's default
 * instance, and resvg matches an SVG's font-family by these names.
 */
function withFamily(ttf, family, weight) {
  const records = fontkit.create(ttf).name.records;
  const style = weight === 700 ? "Bold" : "Regular";
  const postscript = `${family.replace(/ /g, "")}-${style}`;
  const names = new Map();
  for (const [id, key] of Object.entries(NAME_KEYS)) {
    const value = records[key]?.en;
    if (value) names.set(Number(id), value);
  }
  names.set(1, family);
  names.set(2, style);
  names.set(3, `${(names.get(5) ?? "").split(";")[0]};${postscript}`);
  names.set(4, `${family} ${style}`);
  names.set(6, postscript);
  // A format 0 name table: one Windows, Unicode BMP, en-US record (UTF-16BE) per name.
  const ids = [...names.keys()].sort((a, b) => a - b);
  const header = Buffer.alloc(6 + ids.length * 12);
  header.writeUInt16BE(ids.length, 2);
  header.writeUInt16BE(header.length, 4);
  const strings = [];
  let offset = 0;
  ids.forEach((id, i) => {
    const text = Buffer.from(names.get(id), "utf16le").swap16();
    const at = 6 + i * 12;
    for (const [k, v] of [3, 1, 0x409, id, text.length, offset].entries()) header.writeUInt16BE(v, at + k * 2);
    strings.push(text);
    offset += text.length;
  });
  const { version, tables } = parseSfnt(Buffer.from(ttf));
  tables.set("name", Buffer.concat([header, ...strings]));
  return writeSfnt(version, tables);
}

/** One weight's picture font: TrueType, every character of `japanese` and of the WHOLE files. */
async function buildImageWeight(dir, weight, japanese) {
  const cut = (font, codes) =>
    subsetFont(font, textOf(codes), {
      targetFormat: "truetype",
      dropTables: IMAGE_DROP_TABLES,
      preserveNameIds: NAME_IDS,
    });
  const file = (part) => readSource(join(dir, "files", `noto-sans-jp-${part}-${weight}-normal.woff2`));
  const sources = [await cut(file("japanese"), japanese)];
  for (const part of IMAGE_WHOLE) sources.push(await cut(file(part), [...cmapOf(file(part))]));
  const inJapanese = cmapOf(sources[0]);
  const missing = japanese.filter((c) => !inJapanese.has(c));
  for (const { path, spans } of rangeFiles(dir, weight)) {
    const codes = missing.filter((c) => spans.some(([lo, hi]) => c >= lo && c <= hi));
    if (codes.length > 0) sources.push(await cut(readSource(path), codes));
  }
  // Each character's glyph from the first source that has it, in the order above.
  let font = sources[0];
  const codes = new Set(inJapanese);
  for (const extra of sources.slice(1)) {
    const added = [...cmapOf(extra)].filter((c) => !codes.has(c));
    if (added.length === 0) continue;
    font = appendGlyphs(font, extra, added);
    for (const c of added) codes.add(c);
  }
  const absent = japanese.filter((c) => !codes.has(c));
  if (absent.length > 0) {
    throw new JpFontError(
      `jp-font: ${absent.length} character(s) missing from the ${weight} picture font: ${listChars(absent)}`,
    );
  }
  // A last pass through harfbuzz, as for the web font, then the family's name.
  return withFamily(await cut(font, [...codes]), IMAGE_FONT_FAMILY, weight);
}

/**
 * Builds the pictures' fonts into `outDir`/generated/image-fonts/ (with fonts.json, the list
 * lib/server/images/png-fonts.ts reads) and writes `outDir`/lib/image-version.generated.ts.
 */
export async function buildImageFonts({ root, outDir = root, sourceDir = fontsourceDir() }) {
  const started = Date.now();
  const dir = join(outDir, IMAGE_FONT_DIR);
  const japanese = collectJapaneseCodePoints(root);
  const fonts = [];
  for (const weight of JP_FONT_WEIGHTS) {
    fonts.push({
      name: `noto-sans-jp-image-${weight}.ttf`,
      weight,
      data: await buildImageWeight(sourceDir, weight, japanese),
    });
  }
  if (existsSync(dir)) rmSync(dir, { recursive: true });
  mkdirSync(dir, { recursive: true });
  for (const f of fonts) writeFileSync(join(dir, f.name), f.data);
  const files = fonts.map((f) => f.name);
  writeFileSync(join(dir, "fonts.json"), `${JSON.stringify({ family: IMAGE_FONT_FAMILY, files }, null, 2)}\n`);
  const version = writeImageVersion({ root, outDir, fonts: fonts.map((f) => f.data) });
  return {
    files: fonts.map(({ name, weight, data }) => ({ name, weight, size: data.length, path: join(dir, name) })),
    bytes: fonts.reduce((sum, f) => sum + f.data.length, 0),
    ms: Date.now() - started,
    version,
  };
}

/** What a picture is drawn from, besides its fonts: a change to any of them is a new version of the pictures. */
const DRAWN_FROM = [
  "lib/server/images/map-image.ts",
  "lib/server/images/image-response.ts",
  "lib/map-frame.ts",
  "lib/map-labels.ts",
  "lib/asof.ts",
  "lib/status.ts",
  "lib/server/text.ts",
  "lib/dates.ts",
  "lib/status-style.ts",
  "lib/map-style.ts",
  "scripts/generate-map.ts",
  "scripts/generate-assets.mjs",
];
const DRAWN_FROM_DIRS = ["data", "messages"];

/**
 * `outDir`/lib/image-version.generated.ts: the data version and a hash of what the pictures are
 * drawn from: the files above, the data and messages, the fonts' bytes (the same sources and tools
 * cut the same bytes) and resvg's version.
 */
export function writeImageVersion({ root, outDir = root, fonts }) {
  const hash = createHash("sha256");
  const add = (file) => {
    hash.update(file);
    hash.update(readFileSync(join(root, file)));
  };
  for (const file of DRAWN_FROM) add(file);
  for (const dir of DRAWN_FROM_DIRS) {
    for (const name of readdirSync(join(root, dir)).sort()) if (name.endsWith(".json")) add(join(dir, name));
  }
  for (const font of fonts) hash.update(font);
  hash.update(
    `@resvg/resvg-js@${JSON.parse(readFileSync(require.resolve("@resvg/resvg-js/package.json"), "utf8")).version}`,
  );
  const dataVersion = JSON.parse(readFileSync(join(root, "data", "meta.json"), "utf8")).dataVersion;
  const version = `${dataVersion}.${hash.digest("hex").slice(0, 10)}`;
  const file = join(outDir, "generated", "image-version.ts");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `// Generated by scripts/jp-font.mjs (run by scripts/generate-assets.mjs). Do not edit; do not commit.
/** The map images' version: the data version and a hash of what they are drawn from. */
export const IMAGE_VERSION = ${JSON.stringify(version)};
`,
  );
  return version;
}

export function imageFontSummary(result) {
  const sizes = result.files.map((f) => `${f.weight}: ${(f.size / 1024).toFixed(0)} KB`).join(", ");
  return `picture fonts: TrueType ${sizes} -> ${IMAGE_FONT_DIR}/ (${(result.ms / 1000).toFixed(1)} s); image version ${result.version}`;
}

// ---------------------------------------------------------------------------------------------
// C. Measuring: a character's advance as the site draws it.

/** The weight of `available` that CSS font matching draws `wanted` with. */
function matchedWeight(available, wanted) {
  const up = available.filter((w) => w >= wanted).sort((a, b) => a - b);
  const down = available.filter((w) => w < wanted).sort((a, b) => b - a);
  if (wanted > 500) return up[0] ?? down[0];
  if (wanted < 400) return down[0] ?? up[0];
  return up.find((w) => w <= 500) ?? down[0] ?? up[0];
}

/**
 * The advance, in em, of a character as the site draws it at `weight`: in Inter (its Latin and
 * Cyrillic files; the variable font's instance at that weight) when Inter has it, else in Noto Sans
 * JP at the web font's weight CSS picks (JP_FONT_WEIGHTS: 600 is drawn with the 700 file); null
 * when neither has it.
 */
export async function labelAdvance(weight, { sourceDir = fontsourceDir() } = {}) {
  const interDir = join(dirname(require.resolve("@fontsource-variable/inter/package.json")), "files");
  const inter = [];
  for (const name of ["inter-latin-wght-normal.woff2", "inter-cyrillic-wght-normal.woff2"]) {
    // fontkit makes a variable font's instance only from an uncompressed font: WOFF2 is decompressed first.
    const font = fontkit.create(Buffer.from(await wawoff2.decompress(readSource(join(interDir, name)))));
    const instance = "fvar" in font.directory.tables ? font.getVariation({ wght: weight }) : font;
    inter.push({ font, instance });
  }
  const jpFiles = rangeFiles(sourceDir, matchedWeight(JP_FONT_WEIGHTS, weight));
  const opened = new Map();
  const open = (path) => {
    if (!opened.has(path)) opened.set(path, fontkit.create(readSource(path)));
    return opened.get(path);
  };
  return (c) => {
    const i = inter.find(({ font }) => font.hasGlyphForCodePoint(c));
    if (i) return i.instance.getGlyph(i.font.glyphForCodePoint(c).id).advanceWidth / i.font.unitsPerEm;
    for (const { path, spans } of jpFiles) {
      if (!spans.some(([lo, hi]) => c >= lo && c <= hi)) continue;
      const noto = open(path);
      if (noto.hasGlyphForCodePoint(c)) return noto.glyphForCodePoint(c).advanceWidth / noto.unitsPerEm;
    }
    return null;
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  try {
    console.log(summary(await buildJapaneseFont({ root })));
    console.log(imageFontSummary(await buildImageFonts({ root })));
  } catch (err) {
    console.error(err instanceof JpFontError ? err.message : err);
    process.exit(1);
  }
}
