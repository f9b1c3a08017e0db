// A centre is data: the messages that count the centres take the count (`count`, the number of
// centres in data/cities.json) and say it in each language's plural forms (issue 24). With six
// they say what the site always said ("six", «шести», 6か所); with any other number, a numeral
// and the forms that go with it.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { formatMessage } from "@/lib/client/i18n";
import { contract, LANGUAGES, type Locale } from "@/lib/contract";
import { argumentsOf, fillPlural, optionsOf, textOutsideExactOptions } from "@/lib/icu";
import { clientMessages, type MessageTree, messageLeaves, messagesFor } from "@/lib/server/messages";

/** The messages that count the centres. */
const CENTRE_COUNTS = [
  "site.overviewDescription",
  "legend.closure-announced",
  "map.regionLabel",
  "map.announceOverview",
  "map.canvasLabel",
  "timeline.allSix",
  "timeline.allCentres",
  "overview.story",
  "overview.listTitle",
  "overview.listLabel",
  "share.overview",
  "about.intro",
  "about.dataFields",
  "notFound.intro",
  "notFound.back",
  "og.six",
  "og.closureAll",
];
/** Messages whose `count` counts something else: sources and conflicts. */
const OTHER_COUNTS = ["sourceList.title", "sourcesPage.conflicts", "sourcesPage.all", "images.sources"];

const COUNTS = [1, 2, 3, 5, 6, 7, 21, 22, 25];
/** The messages that say "all" of the centres: with two, English and Russian say "both" (оба). */
const ALL_CENTRES = [
  "legend.closure-announced",
  "map.announceOverview",
  "timeline.allSix",
  "timeline.allCentres",
  "overview.story",
  "share.overview",
  "notFound.back",
  "og.closureAll",
];
/** "Both" as a word, in English and in Russian (JavaScript's \b knows no Cyrillic). */
const BOTH: Record<string, RegExp> = { en: /\bboth\b/gi, ru: /(?<![а-яё])(оба|обоих)(?![а-яё])/gi };
/** The ordinal of the first (and only) centre, said as a number: "1st", «1-й», «1-го», 1か所目. */
const FIRST_AS_ORDINAL = /\b1st\b|(?<!\d)1-(й|го|м)(?![а-яё])|(?<!\d)1か所目/;
/**
 * Where a count of one or two is said in words, not as a numeral ("both", "its only centre",
 * «оба»), or goes without saying ("Centre opened 1994", センターの閉鎖).
 */
const IN_WORDS: Record<number, Record<string, string[]>> = {
  1: {
    en: ["site.overviewDescription", "legend.closure-announced", "overview.story", "about.intro", "og.six"],
    ja: [
      "legend.closure-announced",
      "map.announceOverview",
      "overview.story",
      "notFound.back",
      "og.six",
      "og.closureAll",
    ],
    ru: ["og.six"],
  },
  2: { en: ALL_CENTRES, ja: [], ru: ALL_CENTRES },
};
/** How each language says six today, where the count is six. */
const SIX: Record<string, RegExp> = { en: /\bsix(th)?\b/i, ja: /6か所/, ru: /шест/i };
/** A count said in words or digits outside an exact option (`=6 {six}`): what must not be written. */
const WRITTEN_COUNT = /\b(six|sixth|seven)\b|шест|семь|六|\d+\s*か所/i;

const leaves = (locale: Locale) => messageLeaves(messagesFor(locale) as unknown as MessageTree);

/** A message formatted by next-intl with `count` and a placeholder for each other argument and tag. */
function format(locale: Locale, key: string, count: number): string {
  const text = leaves(locale).get(key) ?? "";
  const t = createTranslator({ locale, messages: messagesFor(locale), timeZone: "UTC" });
  const args: Record<string, string | number | ((chunks: string) => string)> = { count };
  for (const name of argumentsOf(text)) if (name !== "count") args[name] = `«${name}»`;
  for (const [, tag] of text.matchAll(/<(\w+)>/g)) if (tag) args[tag] = (chunks) => `<${tag}>${chunks}</${tag}>`;
  const markup = t.markup as unknown as (key: string, args: unknown) => string;
  return markup(key, args);
}

describe("messages that count the centres", () => {
  for (const locale of contract.locales) {
    const messages = leaves(locale);

    it(`${locale}: every one takes the count, and only these and the source counts do`, () => {
      const takingCount = [...messages].filter(([, text]) => argumentsOf(text).includes("count")).map(([k]) => k);
      expect(takingCount.sort()).toEqual([...CENTRE_COUNTS, ...OTHER_COUNTS].sort());
    });

    it(`${locale}: no message writes a count except in an exact option (=6)`, () => {
      const offending = [...messages]
        .filter(([, text]) => WRITTEN_COUNT.test(textOutsideExactOptions(text)))
        .map(([key, text]) => `${key}: ${text.slice(0, 80)}`);
      expect(offending).toEqual([]);
    });

    for (const key of CENTRE_COUNTS) {
      it(`${locale} ${key}: says six for 6, and a numeral for any other count`, () => {
        const six = format(locale, key, 6);
        expect(six).toMatch(SIX[locale] ?? /six/);
        expect(six).not.toMatch(/\{|\}|#/);
        for (const n of COUNTS.filter((c) => c !== 6)) {
          const text = format(locale, key, n);
          if (!IN_WORDS[n]?.[locale]?.includes(key)) expect(text, `${n}`).toContain(String(n));
          expect(text, `${n}`).not.toMatch(/\bsix(th)?\b|шест|6か所|\{|\}|#/i);
        }
      });
    }
  }

  it("in Russian, noun and adjective agree with the numeral in the case the sentence needs", () => {
    const ru = (key: string, n: number) => format("ru", key, n);
    // Nominative: «21 центр», «22 центра», «25 центров».
    expect(ru("overview.listTitle", 21)).toBe("21 центр по дате открытия");
    expect(ru("overview.listTitle", 22)).toBe("22 центра по дате открытия");
    expect(ru("overview.listTitle", 25)).toBe("25 центров по дате открытия");
    expect(ru("overview.listLabel", 21)).toBe("21 японский центр");
    expect(ru("overview.listLabel", 3)).toBe("3 японских центра");
    expect(ru("overview.listLabel", 7)).toBe("7 японских центров");
    expect(ru("timeline.allCentres", 21)).toBe("Все 21 центр");
    expect(ru("timeline.allCentres", 3)).toBe("Все 3 центра");
    expect(ru("timeline.allCentres", 7)).toBe("Все 7 центров");
    expect(ru("timeline.allCentres", 1)).toBe("1 центр");
    // Genitive: «всех 21 центра», «всех 22 центров», «всех 7 центров».
    expect(ru("map.announceOverview", 21)).toBe("Обзор всех 21 центра.");
    expect(ru("map.announceOverview", 22)).toBe("Обзор всех 22 центров.");
    expect(ru("map.announceOverview", 7)).toBe("Обзор всех 7 центров.");
    expect(ru("map.regionLabel", 21)).toBe("Карта 21 японского центра");
    expect(ru("map.regionLabel", 2)).toBe("Карта 2 японских центров");
    expect(ru("og.closureAll", 22)).toBe("О закрытии всех 22 центров объявлено «date»");
    // The relative pronoun agrees with the noun: «21 центр, который», «22 центра, которые».
    expect(ru("about.intro", 21)).toContain("показывает 21 центр, который Япония");
    expect(ru("about.intro", 22)).toContain("показывает 22 центра, которые Япония");
    // The ordinal of the last centre: «седьмой» as «7-й», «седьмого» as «7-го».
    expect(ru("og.six", 7)).toContain("7-й — в «last»");
    expect(ru("overview.story", 7)).toContain("7-го — «last»");
  });

  it("in English, one centre is singular and the last one's ordinal has its suffix", () => {
    const en = (key: string, n: number) => format("en", key, n);
    expect(en("map.regionLabel", 1)).toBe("Map of the 1 Japan Center");
    expect(en("map.regionLabel", 7)).toBe("Map of the 7 Japan Centers");
    expect(en("overview.listTitle", 21)).toBe("The 21 centres, by opening date");
    expect(en("og.six", 1)).toBe("Centre opened «first»");
    expect(COUNTS.slice(1).map((n) => en("og.six", n).replace(/^.*the (\S+) «last»$/, "$1"))).toEqual([
      "2nd",
      "3rd",
      "5th",
      "sixth",
      "7th",
      "21st",
      "22nd",
      "25th",
    ]);
  });

  it("in Japanese, the count is a numeral with its counter", () => {
    expect(format("ja", "overview.listLabel", 7)).toBe("7か所の日本センター");
    expect(format("ja", "og.closureAll", 21)).toBe("21か所すべての閉鎖発表：«date»");
  });

  describe("one centre and two, as a native speaker says them", () => {
    for (const locale of ["en", "ru"] as const) {
      for (const key of ALL_CENTRES) {
        it(`${locale} ${key}: two centres are both, not all 2`, () => {
          const both = BOTH[locale] ?? /both/gi;
          const two = format(locale, key, 2);
          expect(two).not.toMatch(/\ball 2\b|(?<![а-яё])(все|всех) 2(?!\d)/i);
          // Said once more than with three: the message may say "both" of something else too.
          expect(two.match(both)?.length ?? 0, two).toBeGreaterThan(format(locale, key, 3).match(both)?.length ?? 0);
        });
      }
    }

    for (const locale of contract.locales) {
      it(`${locale}: one centre has no "1st" after the first, nor is "all" of one`, () => {
        for (const key of CENTRE_COUNTS) {
          const one = format(locale, key, 1);
          expect(one, key).not.toMatch(FIRST_AS_ORDINAL);
          expect(one, key).not.toMatch(/1か所すべて|\ball 1\b|(?<![а-яё])(все|всех) 1(?!\d)/i);
        }
      });
    }

    it("in English, one centre is Japan's only one", () => {
      const en = (key: string) => format("en", key, 1);
      expect(en("legend.closure-announced")).toContain("Japan announced that its only centre would close");
      expect(en("overview.story")).toContain("announced on «closure» that its only centre would close");
      expect(en("site.overviewDescription")).toMatch(/^Map of Japan's only Japan Center in Russia, opened in «first»:/);
      expect(en("about.intro")).toContain("shows Japan's only Japan Center in Russia: it opened in «first».");
      for (const key of CENTRE_COUNTS) expect(en(key), key).not.toMatch(/its 1 centre|Japan's 1 Japan Center/);
    });

    it("the first opening and the last are one clause for one centre, and today's text for six", () => {
      expect(format("ru", "og.six", 1)).toBe("Центр открыт в «first»\u00a0г.");
      expect(format("ru", "og.six", 6)).toBe("Первый центр открыт в «first»\u00a0г., шестой — в «last»\u00a0г.");
      expect(format("ja", "og.six", 1)).toBe("«first»年にセンターを開設");
      expect(format("ja", "og.six", 6)).toBe("«first»年に最初のセンター、«last»年に6か所目を開設");
      expect(format("en", "og.six", 6)).toBe("First centre opened «first», the sixth «last»");
      expect(format("ru", "overview.story", 1)).toContain("1 японский центр (открытие — «first»<c1></c1>);");
      expect(format("ru", "about.intro", 1)).toContain("1 центр, который Япония открыла в России в «first» г. С");
      expect(format("ru", "site.overviewDescription", 1)).toContain("открыла в России (открыт в «first» г.):");
    });

    it("in two, English and Russian say both, Japanese the numeral", () => {
      expect(format("en", "timeline.allSix", 2)).toBe("Both");
      expect(format("en", "timeline.allCentres", 2)).toBe("Both centres");
      expect(format("ru", "timeline.allCentres", 2)).toBe("Оба центра");
      expect(format("ru", "map.announceOverview", 2)).toBe("Обзор обоих центров.");
      expect(format("ru", "og.closureAll", 2)).toBe("О закрытии обоих центров объявлено «date»");
      expect(format("ja", "timeline.allSix", 2)).toBe("2か所すべて");
      expect(format("ja", "timeline.allSix", 1)).toBe("1か所");
    });
  });

  it("the client gets them with the count already said, as next-intl says it", () => {
    for (const locale of contract.locales) {
      for (const count of COUNTS) {
        const client = messageLeaves(clientMessages(locale, { count }) as unknown as MessageTree);
        for (const [key, text] of client) {
          const original = leaves(locale).get(key) ?? "";
          expect(text).toBe(fillPlural(original, "count", count, LANGUAGES[locale].intl));
          if (!CENTRE_COUNTS.includes(key)) continue;
          const words = Object.fromEntries(argumentsOf(text).map((name) => [name, `«${name}»`]));
          expect(formatMessage(text, words), `${locale} ${key} ${count}`).toBe(format(locale, key, count));
        }
      }
    }
  });

  it("Russian messages choose between one, few and many, English between one and other", () => {
    for (const key of ["overview.listTitle", "map.regionLabel", "map.announceOverview", "timeline.allCentres"]) {
      expect(optionsOf(leaves("ru").get(key) ?? "", "count")).toEqual(expect.arrayContaining(["one", "few", "many"]));
      expect(optionsOf(leaves("en").get(key) ?? "", "count")).toEqual(expect.arrayContaining(["one", "other"]));
    }
  });
});
