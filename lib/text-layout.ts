// Line breaking for text drawn into pictures (the social cards, lib/server/images/card-image.ts):
// where a line may end in each language, and how wide a line is in the font it is drawn with.
// Pictures have no browser to wrap their text, and guessed widths cut Russian lines off at the
// card's edge and split 日本セ／ンター (issue 21), so widths come from the font file's own advances
// and a line ends only where the language allows. Pure: the caller reads the font files.
import { LANGUAGES, type Locale } from "@/lib/contract";

export type Weight = 400 | 700;

/** What line breaking needs of a font: its advances, in font units, by code point. */
export type FontMetrics = {
  unitsPerEm: number;
  /** The font's ascender and descender (hhea), in font units; the descender is negative. */
  ascender: number;
  descender: number;
  weightClass: number;
  /** The advance of a code point's glyph, or null when the font has no glyph for it. */
  advance(codePoint: number): number | null;
  /** The advance of glyph 0, drawn for a missing character. */
  notdefAdvance: number;
};

export type Fonts = Record<Weight, FontMetrics>;

const u16 = (d: DataView, at: number) => d.getUint16(at);
const i16 = (d: DataView, at: number) => d.getInt16(at);
const u32 = (d: DataView, at: number) => d.getUint32(at);

/**
 * The metrics of an OpenType/TrueType font file (cmap formats 4 and 12, hmtx). Advances alone
 * give a line's width because the fonts the cards are drawn with carry no kerning or ligatures
 * (no GPOS or GSUB: scripts/jp-font.mjs, buildImageFonts, writes glyphs and advances only); a font that does
 * is refused, as its lines would be drawn wider or narrower than measured.
 */
export function parseFontMetrics(file: Uint8Array): FontMetrics {
  const d = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const tables = new Map<string, number>();
  for (let i = 0, n = u16(d, 4); i < n; i++) {
    const at = 12 + i * 16;
    tables.set(String.fromCharCode(...file.subarray(at, at + 4)), u32(d, at + 8));
  }
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`font has no ${tag} table`);
    return at;
  };
  for (const tag of ["GPOS", "GSUB", "kern"]) {
    if (tables.has(tag)) throw new Error(`font has a ${tag} table: its lines would not be as wide as their advances`);
  }
  const head = table("head");
  const hhea = table("hhea");
  const hmtx = table("hmtx");
  const os2 = tables.get("OS/2");
  const metricsCount = u16(d, hhea + 34);
  const advanceOf = (glyph: number) => u16(d, hmtx + 4 * Math.min(glyph, metricsCount - 1));

  // The Unicode subtable: format 12 (every plane) when there is one, else format 4.
  const cmap = table("cmap");
  let format4: number | null = null;
  let format12: number | null = null;
  for (let i = 0, n = u16(d, cmap + 2); i < n; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = u16(d, rec);
    const encoding = u16(d, rec + 2);
    const sub = cmap + u32(d, rec + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (u16(d, sub) === 12) format12 ??= sub;
    else if (u16(d, sub) === 4) format4 ??= sub;
  }
  let glyphOf: (cp: number) => number;
  if (format12 !== null) {
    const sub = format12;
    const groups = u32(d, sub + 12);
    glyphOf = (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = sub + 16 + mid * 12;
        if (cp < u32(d, g)) hi = mid - 1;
        else if (cp > u32(d, g + 4)) lo = mid + 1;
        else return u32(d, g + 8) + (cp - u32(d, g));
      }
      return 0;
    };
  } else if (format4 !== null) {
    const sub = format4;
    const segments = u16(d, sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const offsets = deltas + 2 * segments;
    glyphOf = (cp) => {
      if (cp > 0xffff) return 0;
      for (let s = 0; s < segments; s++) {
        if (cp > u16(d, ends + 2 * s)) continue;
        const start = u16(d, starts + 2 * s);
        if (cp < start) return 0;
        const delta = i16(d, deltas + 2 * s);
        const rangeOffset = u16(d, offsets + 2 * s);
        if (rangeOffset === 0) return (cp + delta) & 0xffff;
        const glyph = u16(d, offsets + 2 * s + rangeOffset + 2 * (cp - start));
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  } else throw new Error("font has no Unicode cmap (format 4 or 12)");

  return {
    unitsPerEm: u16(d, head + 18),
    ascender: i16(d, hhea + 4),
    descender: i16(d, hhea + 6),
    weightClass: os2 === undefined ? 400 : u16(d, os2 + 4),
    advance: (cp) => {
      const glyph = glyphOf(cp);
      return glyph === 0 ? null : advanceOf(glyph);
    },
    notdefAdvance: advanceOf(0),
  };
}

/** A text's width in px at a size, as resvg lays it out: advances plus letter spacing after each character. */
export function measureText(text: string, size: number, font: FontMetrics, letterSpacing = 0): number {
  let units = 0;
  let count = 0;
  for (const ch of text) {
    units += font.advance(ch.codePointAt(0) ?? 0) ?? font.notdefAdvance;
    count++;
  }
  return (units * size) / font.unitsPerEm + letterSpacing * count;
}

/** The characters of a text a font cannot draw. */
export function missingGlyphs(text: string, font: FontMetrics): string[] {
  return [...new Set([...text].filter((ch) => /\S/u.test(ch) && font.advance(ch.codePointAt(0) ?? 0) === null))];
}

/**
 * How good a place to end a line is. "phrase": between phrases (Japanese bunsetsu: a word with the
 * particles and punctuation after it) or after a space. "word": between two words of one phrase
 * (モスクワ｜日本センター), used only when the phrases cannot fit even at the smallest size.
 */
export type BreakKind = "phrase" | "word";

/** The space that does not break: kept between a day and its month, a year and "г.". */
export const NBSP = "\u00a0";

// Punctuation that closes a phrase: stops, closing brackets, separators. A line may end after it.
const CLOSING = /[、。，．,.)\]}）〕］｝〉》」』】〙〗”’：；:;！？!?・･｜／]/u;
// Characters that must not start a line (kinsoku shori, JIS X 4051 classes 2–7): the closing
// punctuation, and small kana, iteration and prolonged sound marks, which belong to the word before.
const NO_LINE_START =
  /[、。，．,.)\]}）〕］｝〉》」』】〙〗”’：；:;！？!?・･｜／ー～〜ゝゞヽヾ々ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰ-ㇿ％‰℃]/u;
// Characters that must not end a line: opening brackets and quotes.
const NO_LINE_END = /[(（[［{｛〈《「『【〔〘〖“‘]/u;
const HIRAGANA = /\p{Script=Hiragana}/u;
// The prolonged sound mark (ー) and katakana iteration marks belong to katakana words.
const KATAKANA = /[\p{Script=Katakana}ー]/u;
const KANJI = /[\p{Script=Han}々〆]/u;
const DIGIT = /[0-9０-９]/u;
const DATE_UNIT = /[年月日]/u;
const SPACE = /[ \t\n\r\u2000-\u200a\u3000]/u;
// The fullwidth forms block (U+FF00–U+FFEF) by code point: written as \u escapes, its two ends
// would be read as text by the Japanese font's subsetter (scripts/jp-font.mjs), which has no glyph
// for those two unassigned points.
const FULLWIDTH = `${String.fromCodePoint(0xff00)}-${String.fromCodePoint(0xffef)}`;
const CJK = new RegExp(`[\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Han}\\u3000-\\u303f${FULLWIDTH}・ー]`, "u");

/**
 * Where a Japanese text may break: before index i, the phrase or word boundaries among the
 * boundaries of Intl.Segmenter's words. Particles, okurigana and closing punctuation stay with
 * the word before them; an opening bracket with the word after it; a katakana word
 * (ウラジ|オス|トク to the segmenter), 日本センター, a number and its counter (6センター, 6か所) and a date
 * (2025年9月10日) are never broken; Latin and Cyrillic words break only at spaces.
 */
function japaneseBreaks(text: string): Map<number, BreakKind> {
  const breaks = new Map<number, BreakKind>();
  for (const { index } of segmenter().segment(text)) {
    if (index === 0) continue;
    const kind = japaneseBoundary(text, index);
    if (kind) breaks.set(index, kind);
  }
  return breaks;
}

function japaneseBoundary(text: string, index: number): BreakKind | null {
  const before = text.codePointAt(index - 1) ?? 0;
  // The character before: a whole surrogate pair when index - 1 is its second half.
  const a =
    before >= 0xdc00 && before <= 0xdfff && index >= 2
      ? String.fromCodePoint(text.codePointAt(index - 2) ?? 0)
      : String.fromCodePoint(before);
  const b = String.fromCodePoint(text.codePointAt(index) ?? 0);
  if (SPACE.test(a)) return "phrase";
  if (SPACE.test(b) || a === NBSP || b === NBSP) return null;
  if (NO_LINE_START.test(b) || NO_LINE_END.test(a)) return null;
  // Latin, Cyrillic and numbers among Japanese break only at spaces, as in their own languages.
  if (!CJK.test(a) && !CJK.test(b)) return null;
  // A number with its unit or counter, and the parts of a date: 2025年9月10日, 6センター.
  if (DIGIT.test(a) && CJK.test(b)) return null;
  if (DATE_UNIT.test(a) && DIGIT.test(b)) return null;
  // A counter and its suffixes belong to the number, the counter written with a kana too (6か所目).
  if (KANJI.test(b) && /[0-9０-９][かカヵヶケつ]?[\p{Script=Han}々]*$/u.test(text.slice(Math.max(0, index - 8), index)))
    return null;
  // A katakana word, and a kanji word with the katakana word it names (日本センター).
  if (KATAKANA.test(b) && (KATAKANA.test(a) || KANJI.test(a))) return null;
  // Particles, auxiliaries and okurigana stay with the word before them.
  if (HIRAGANA.test(b)) return CLOSING.test(a) ? "phrase" : null;
  // The middle dot between the words of a name (ニジニー・ノヴゴロド) is inside the name.
  if (a === "・" && KATAKANA.test(b)) return "word";
  // After a particle or a stop, a new phrase; an opening bracket starts one too.
  if (HIRAGANA.test(a) || CLOSING.test(a) || NO_LINE_END.test(b)) return "phrase";
  // Between the words of a compound (閉鎖|発表, モスクワ|日本センター).
  return "word";
}

let japanese: Intl.Segmenter | null = null;
function segmenter(): Intl.Segmenter {
  japanese ??= new Intl.Segmenter("ja", { granularity: "word" });
  return japanese;
}

/**
 * Where a text may break, by the index the next line starts at. Russian and English break only
 * after a space (never at U+00A0); Japanese at its phrases and, failing those, its words.
 */
export function breakOpportunities(text: string, locale: Locale): Map<number, BreakKind> {
  if (writing(locale).spaceless) return japaneseBreaks(text);
  const breaks = new Map<number, BreakKind>();
  for (let i = 1; i < text.length; i++) {
    if (SPACE.test(text[i - 1] ?? "") && !SPACE.test(text[i] ?? "")) breaks.set(i, "phrase");
  }
  return breaks;
}

/**
 * How a language is written, from its script (Intl.Locale's likely subtags): whether it puts
 * spaces between words (Japanese does not) and the Cyrillic typography rules apply; and its month
 * names as Intl writes them after a day ("10 September", "10 сентября"). Nothing here names a
 * language: a new one gets its rules from its tag in the contract.
 */
function writing(locale: Locale): { spaceless: boolean; cyrillic: boolean; months: string } {
  let w = writings.get(locale);
  if (!w) {
    const tag = LANGUAGES[locale].intl;
    const script = new Intl.Locale(tag).maximize().script ?? "";
    const format = new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", timeZone: "UTC" });
    const months = Array.from(
      { length: 12 },
      (_, m) => format.formatToParts(Date.UTC(2000, m, 10)).find((p) => p.type === "month")?.value ?? "",
    );
    w = {
      spaceless: ["Jpan", "Hani", "Hans", "Hant", "Thai"].includes(script),
      cyrillic: script === "Cyrl",
      months: months.filter(Boolean).join("|"),
    };
    writings.set(locale, w);
  }
  return w;
}
const writings = new Map<Locale, { spaceless: boolean; cyrillic: boolean; months: string }>();

/**
 * A text with the spaces that must not break made U+00A0: before a separator (" · ", " — "),
 * between a day and its month ("10 сентября", "10 September"), a year and its word ("2025 г.",
 * "1994 года"), and in Russian a one-letter preposition or conjunction and the word after it
 * ("в 2025", "с 1994"), which Russian typography never leaves at a line's end. Japanese has no
 * spaces to keep. Applied where the cards' dates and sentences are written (lib/server/og-card.ts).
 */
export function keepTogether(text: string, locale: Locale): string {
  const { spaceless, cyrillic, months } = writing(locale);
  if (spaceless) return text;
  // A separator ends the line before it, never starts the next: "Moscow ·", not "· Москва".
  let out = text.replace(/ ([·•|–—]) /gu, `${NBSP}$1 `);
  out = out.replace(new RegExp(`(\\d{1,2}) (${months})(?=$|[\\s,.;:)])`, "gu"), `$1${NBSP}$2`);
  if (cyrillic) {
    out = out
      .replace(/(\d{4}) (г\.|гг\.|года|году|год|годах|годов)(?=$|[\s,.;:)»])/gu, `$1${NBSP}$2`)
      // Twice: in "и в 2025" the first match takes the space the second one needs before "в".
      .replace(/(^|[\s(«])([вкосуиаяВКОСУИАЯ]) /gu, `$1$2${NBSP}`)
      .replace(/(^|[\s(«])([вкосуиаяВКОСУИАЯ]) /gu, `$1$2${NBSP}`);
  }
  return out;
}

export type LaidLine = {
  text: string;
  /** Where the line starts and ends in the text (the space it broke at is in neither line). */
  start: number;
  end: number;
  width: number;
};

export type TextLayout = {
  lines: LaidLine[];
  /** The size the text fits at: the size asked for, or smaller. */
  size: number;
  shrunk: boolean;
  /** True when even at minSize a line is wider than maxWidth or there are more than maxLines. */
  overflow: boolean;
  /** The breaks used: "word" only when the phrases do not fit at this size. */
  breaks: BreakKind;
  /** Characters the font has no glyph for (drawn as a box). */
  missing: string[];
};

export type LayoutOptions = {
  locale: Locale;
  size: number;
  /** The smallest size the text may shrink to; `size` when it may not shrink. */
  minSize?: number;
  weight: Weight;
  maxWidth: number;
  maxLines?: number;
  letterSpacing?: number;
  /** Lines of even length rather than full lines and a short last one. */
  balance?: boolean;
};

/** The lines of a text at one size, filled greedily at the given breaks. */
function wrap(
  text: string,
  breaks: number[],
  size: number,
  maxWidth: number,
  font: FontMetrics,
  letterSpacing: number,
): LaidLine[] {
  const lines: LaidLine[] = [];
  const line = (start: number, end: number): LaidLine => {
    const body = text.slice(start, end).replace(/[ \t\n\r]+$/u, "");
    return { text: body, start, end: start + body.length, width: measureText(body, size, font, letterSpacing) };
  };
  let start = 0;
  while (start < text.length) {
    // The furthest break whose line still fits; the first one if none does (an overflow).
    let end = text.length;
    let best: LaidLine | null = null;
    for (const at of [...breaks.filter((b) => b > start), text.length]) {
      const candidate = line(start, at);
      if (best && candidate.width > maxWidth) break;
      best = candidate;
      end = at;
      if (candidate.width > maxWidth) break;
    }
    if (best) lines.push(best);
    start = end;
  }
  return lines;
}

/**
 * The same number of lines as `lines`, as even as they can be (CSS's `text-wrap: balance`), so a
 * title is not one long line and one word: of the ways to break the text into that many lines
 * that fit, the one whose lines' shortfalls from the box's width have the least sum of squares.
 */
function balance(
  text: string,
  breaks: number[],
  size: number,
  lines: LaidLine[],
  maxWidth: number,
  font: FontMetrics,
  letterSpacing: number,
): LaidLine[] {
  const count = lines.length;
  if (count < 2) return lines;
  const starts = [0, ...breaks.filter((b) => b > 0 && b < text.length)];
  const ends = [...starts.slice(1), text.length];
  const line = (from: number, to: number): LaidLine => {
    const body = text.slice(from, to).replace(/[ \t\n\r]+$/u, "");
    return { text: body, start: from, end: from + body.length, width: measureText(body, size, font, letterSpacing) };
  };
  // best[k][i]: the least cost of setting the text from starts[i] to the end in k lines.
  type Best = { cost: number; lines: LaidLine[] } | null;
  const memo = new Map<string, Best>();
  const best = (k: number, i: number): Best => {
    const key = `${k}|${i}`;
    if (memo.has(key)) return memo.get(key) ?? null;
    const from = starts[i] ?? text.length;
    let result: Best = null;
    if (k === 1) {
      const last = line(from, text.length);
      if (last.width <= maxWidth) result = { cost: (maxWidth - last.width) ** 2, lines: [last] };
    } else {
      for (let j = i; j < ends.length - 1; j++) {
        const first = line(from, ends[j] ?? text.length);
        if (first.width > maxWidth) break;
        const rest = best(k - 1, j + 1);
        const cost = rest ? (maxWidth - first.width) ** 2 + rest.cost : Number.POSITIVE_INFINITY;
        if (rest && (!result || cost < result.cost)) result = { cost, lines: [first, ...rest.lines] };
      }
    }
    memo.set(key, result);
    return result;
  };
  return best(count, 0)?.lines ?? lines;
}

/**
 * A text's lines in a box `maxWidth` wide: at `size` if it fits there, else at the largest size
 * down to `minSize` that fits. At each size, phrase breaks first, and word breaks (Japanese
 * compounds: モスクワ｜日本センター) only if the phrases do not fit, as a typesetter would rather
 * break a long name between its words than set it small.
 */
export function layoutText(text: string, options: LayoutOptions, fonts: Fonts): TextLayout {
  const { locale, size, weight, maxWidth, letterSpacing = 0 } = options;
  const minSize = Math.min(options.minSize ?? size, size);
  const maxLines = options.maxLines ?? Number.POSITIVE_INFINITY;
  const font = fonts[weight];
  const all = breakOpportunities(text, locale);
  const missing = missingGlyphs(text, font);
  const kinds: BreakKind[] = [...all.values()].includes("word") ? ["phrase", "word"] : ["phrase"];
  const at = (kind: BreakKind) => [...all].filter(([, k]) => kind === "word" || k === "phrase").map(([i]) => i);
  let last: TextLayout | null = null;
  for (let s = size; s >= minSize; s--) {
    for (const kind of kinds) {
      const breaks = at(kind);
      let lines = wrap(text, breaks, s, maxWidth, font, letterSpacing);
      const overflow = lines.length > maxLines || lines.some((l) => l.width > maxWidth);
      if (!overflow && options.balance) lines = balance(text, breaks, s, lines, maxWidth, font, letterSpacing);
      last = { lines, size: s, shrunk: s < size, overflow, breaks: kind, missing };
      if (!overflow) return last;
    }
  }
  // Nothing fits: the smallest size, at every break, said to overflow.
  if (!last) throw new Error("unreachable: at least one size is tried");
  return last;
}
