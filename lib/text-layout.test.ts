import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { cardFonts } from "@/lib/server/images/card-image";
import { imageFontFiles } from "@/lib/server/images/png-fonts";
import {
  breakOpportunities,
  type FontMetrics,
  type Fonts,
  keepTogether,
  layoutText,
  measureText,
  NBSP,
} from "@/lib/text-layout";

/** A font whose widths are easy to count: a CJK character 1 em, anything else half. */
const fake: FontMetrics = {
  unitsPerEm: 1000,
  ascender: 1000,
  descender: -200,
  weightClass: 400,
  advance: (cp) => (cp >= 0x3000 ? 1000 : 500),
  notdefAdvance: 500,
};
const FAKE: Fonts = { 400: fake, 700: fake };

/** The places a layout broke a text at: each line's start after the first. */
const breaksOf = (lines: { start: number }[]) => lines.slice(1).map((l) => l.start);

describe("where Japanese may break (Intl.Segmenter phrases)", () => {
  const ja = (text: string) => breakOpportunities(text, "ja");

  it("never inside 日本センター: not 日本セ／ンター, not 日本／センター", () => {
    expect([...ja("日本センター").keys()]).toEqual([]);
    const title = ja("モスクワ日本センター");
    expect([...title.keys()]).toEqual([4]);
    // Between the city and 日本センター only if the name cannot fit on one line otherwise.
    expect(title.get(4)).toBe("word");
  });

  it("never inside a katakana word the segmenter splits (ウラジ|オス|トク)", () => {
    const [...segments] = new Intl.Segmenter("ja", { granularity: "word" }).segment("ウラジオストク");
    expect(segments.length).toBeGreaterThan(1);
    expect([...ja("ウラジオストク日本センター").keys()]).toEqual([7]);
  });

  it("never inside a date or between a number and its counter", () => {
    const text = "2025年9月10日から：閉鎖発表済み（閉鎖日は不明）";
    const breaks = [...ja(text).keys()];
    const date = "2025年9月10日から：".length;
    expect(breaks.filter((b) => b < date)).toEqual([]);
    expect(
      [...ja("6センターすべての閉鎖発表：2025年9月10日").keys()].every(
        (b) => b <= "6センターすべての閉鎖発表：".length,
      ),
    ).toBe(true);
    // The segmenter's 6|か|所目: a counter written with a kana stays with its number.
    const six = "最初の開設1994年・6か所目2001年・2025年に閉鎖発表";
    const counter = six.indexOf("6か所目");
    expect([...ja(six).keys()].filter((b) => b > counter && b < counter + 4)).toEqual([]);
    expect(ja(six).get(counter)).toBe("phrase");
  });

  it("keeps particles and closing punctuation with the word before, opening brackets with the word after", () => {
    const text = "先行する日本センターが1994年10月から活動";
    const phrases = [...ja(text)].filter(([, k]) => k === "phrase").map(([i]) => i);
    const parts = [0, ...phrases, text.length].slice(1).map((end, i) => text.slice([0, ...phrases][i], end));
    expect(parts).toEqual(["先行する", "日本センターが", "1994年10月から", "活動"]);
    const footnote = "すべての事実に出典｜マーカーは都市の中心";
    for (const b of ja(footnote).keys()) {
      expect(footnote[b], `a line starting at ${b}`).not.toMatch(/[の｜はにをが、。）」]/);
    }
    const title = "サハリン日本センター（ユジノサハリンスク）";
    expect([...ja(title)]).toEqual([
      [title.indexOf("日本"), "word"],
      [title.indexOf("（"), "phrase"],
    ]);
  });

  it("Latin and Cyrillic in Japanese text break at spaces only", () => {
    const text = "Yuzhno-Sakhalinsk · Южно-Сахалинск";
    const breaks = [...ja(text).keys()];
    expect(breaks).toContain(text.indexOf("Ю"));
    for (const b of breaks) expect(text[b - 1]).toBe(" ");
  });
});

describe("where Russian and English may break (spaces, not U+00A0)", () => {
  it("puts U+00A0 inside Russian and English dates, and after one-letter prepositions", () => {
    expect(keepTogether("10 сентября 2025 г.", "ru")).toBe(`10${NBSP}сентября 2025${NBSP}г.`);
    expect(keepTogether("Японский центр открыт: январь 2001 г.", "ru")).toBe(
      `Японский центр открыт: январь 2001${NBSP}г.`,
    );
    expect(keepTogether("с 1994 года до объявления о закрытии в 2025 году", "ru")).toBe(
      `с${NBSP}1994${NBSP}года до объявления о${NBSP}закрытии в${NBSP}2025${NBSP}году`,
    );
    expect(keepTogether("(from 10 September 2025)", "en")).toBe(`(from 10${NBSP}September 2025)`);
    expect(keepTogether("Moscow · Москва", "en")).toBe(`Moscow${NBSP}· Москва`);
    expect(keepTogether("2025年9月10日", "ja")).toBe("2025年9月10日");
  });

  it("breaks only after a space, never at U+00A0", () => {
    const text = keepTogether("Дата смены статуса: 10 сентября 2025 г.", "ru");
    const breaks = [...breakOpportunities(text, "ru").keys()];
    for (const b of breaks) expect(text[b - 1]).toBe(" ");
    expect(breaks.map((b) => text.slice(b, b + 3))).not.toContain("сен");
    expect(breaks.map((b) => text.slice(b, b + 2))).not.toContain("г.");
  });

  it("in the narrowest box, «10 сентября» and «2001 г.» stay whole", () => {
    for (const raw of ["Дата смены статуса: 10 сентября 2025 г.", "Японский центр открыт: январь 2001 г."]) {
      const text = keepTogether(raw, "ru");
      const { lines, overflow } = layoutText(text, { locale: "ru", size: 20, weight: 400, maxWidth: 1 }, FAKE);
      expect(overflow).toBe(true);
      expect(lines.map((l) => l.text)).toContain(text.includes("2001") ? `2001${NBSP}г.` : `10${NBSP}сентября`);
      expect(lines.map((l) => l.text).join(" ")).toBe(text);
    }
  });
});

describe("layoutText: lines that fit their box", () => {
  it("wraps at the last break that fits, and drops the space it breaks at", () => {
    // Half an em a character at 10 px: 5 px each, "aaaa bbbb" is 45 px.
    const { lines, overflow, shrunk } = layoutText(
      "aaaa bbbb cccc",
      { locale: "en", size: 10, weight: 400, maxWidth: 45 },
      FAKE,
    );
    expect(lines.map((l) => l.text)).toEqual(["aaaa bbbb", "cccc"]);
    expect(lines.map((l) => l.width)).toEqual([45, 20]);
    expect(breaksOf(lines)).toEqual([10]);
    expect({ overflow, shrunk }).toEqual({ overflow: false, shrunk: false });
  });

  it("balances lines when asked: not one long line and a last word alone", () => {
    const options = { locale: "en", size: 10, weight: 400, maxWidth: 70 } as const;
    expect(layoutText("aaaa bbbb cccc dddd", options, FAKE).lines.map((l) => l.text)).toEqual([
      "aaaa bbbb cccc",
      "dddd",
    ]);
    expect(layoutText("aaaa bbbb cccc dddd", { ...options, balance: true }, FAKE).lines.map((l) => l.text)).toEqual([
      "aaaa bbbb",
      "cccc dddd",
    ]);
  });

  it("a word too wide for the box shrinks the size, down to minSize, then says it overflows", () => {
    // 日本センター is 6 em: 240 px at 40 px, so a 200 px box needs 33 px.
    const options = { locale: "ja", size: 40, weight: 700, maxWidth: 200 } as const;
    const shrunk = layoutText("日本センター", { ...options, minSize: 20 }, FAKE);
    expect(shrunk).toMatchObject({ size: 33, shrunk: true, overflow: false });
    expect(shrunk.lines.map((l) => l.text)).toEqual(["日本センター"]);
    const impossible = layoutText("日本センター", { ...options, minSize: 36 }, FAKE);
    expect(impossible).toMatchObject({ size: 36, overflow: true });
    // Even so, not 日本セ／ンター.
    expect(impossible.lines.map((l) => l.text)).toEqual(["日本センター"]);
  });

  it("breaks a Japanese name between its words rather than shrinking it, and only then", () => {
    const options = { locale: "ja", size: 40, minSize: 20, weight: 700, maxLines: 2 } as const;
    // Fits whole at 40 px (400 px): one line.
    expect(layoutText("モスクワ日本センター", { ...options, maxWidth: 400 }, FAKE).lines).toHaveLength(1);
    const two = layoutText("モスクワ日本センター", { ...options, maxWidth: 300 }, FAKE);
    expect(two).toMatchObject({ size: 40, breaks: "word", overflow: false });
    expect(two.lines.map((l) => l.text)).toEqual(["モスクワ", "日本センター"]);
  });

  it("more lines than maxLines shrink the text too", () => {
    const text = "aaaa bbbb cccc dddd";
    const free = layoutText(text, { locale: "en", size: 10, weight: 400, maxWidth: 45 }, FAKE);
    expect(free.lines).toHaveLength(2);
    const one = layoutText(text, { locale: "en", size: 10, minSize: 4, weight: 400, maxWidth: 45, maxLines: 1 }, FAKE);
    expect(one).toMatchObject({ size: 4, shrunk: true, overflow: false });
    expect(one.lines).toHaveLength(1);
  });

  it("reports the characters the font cannot draw", () => {
    const noKana: FontMetrics = { ...fake, advance: (cp) => (cp >= 0x3040 && cp < 0x3100 ? null : 500) };
    const layout = layoutText(
      "abc ア",
      { locale: "en", size: 10, weight: 400, maxWidth: 1000 },
      { 400: noKana, 700: noKana },
    );
    expect(layout.missing).toEqual(["ア"]);
  });
});

describe("the widths are the image fonts' own (generated/image-fonts/)", () => {
  it("each weight's advances, as fontkit reads the same file, for every character the cards can show", () => {
    const fonts = cardFonts();
    const sample =
      "JAPAN CENTERS MAP Saint Petersburg Japan Center (Yuzhno-Sakhalinsk) 0123456789 · , : ; . " +
      "КАРТА ЯПОНСКИХ ЦЕНТРОВ Японский центр в Нижнем Новгороде: 10 сентября 2025 г. «ёЁ» " +
      `日本センター・マップ サハリン日本センター（ユジノサハリンスク）2025年9月10日から：閉鎖発表済み｜${NBSP}`;
    for (const file of imageFontFiles()) {
      const reference = fontkit.openSync(file);
      if (!("layout" in reference)) throw new Error(`${file} is a font collection`);
      const weight = reference["OS/2"].usWeightClass === 700 ? 700 : 400;
      const ours = fonts[weight];
      expect(ours.unitsPerEm).toBe(reference.unitsPerEm);
      expect(ours.ascender).toBe(reference.ascent);
      expect(ours.descender).toBe(reference.descent);
      for (const ch of sample) {
        const cp = ch.codePointAt(0) ?? 0;
        expect(ours.advance(cp), `${weight} ${ch}`).toBe(reference.glyphForCodePoint(cp).advanceWidth);
      }
      // A line as resvg shapes it: no kerning or ligatures in these fonts, so the advances' sum.
      expect(measureText(sample, 1000, ours)).toBe(reference.layout(sample).advanceWidth);
    }
  });
});
