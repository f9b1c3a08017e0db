// The sentences lib/server/text.ts builds read their punctuation from the messages' `punctuation` group
// (issue 24: no `locale === "ja"` branches). These are the outputs the branches gave, written out:
// moving the punctuation into the messages must not change a byte of them.
import { describe, expect, it } from "vitest";
import { contract } from "@/lib/contract";
import type { Centers, City } from "@/lib/server/centers";
import { messagesFor } from "@/lib/server/messages";
import { centreTitle, cityDescription, joinSentences, parenthetical, punctuation } from "@/lib/server/text";

// Two centres as data/cities.json has them: one whose name does not say its city, one whose does.
const sakhalin = {
  slug: "yuzhno-sakhalinsk",
  names: { en: "Yuzhno-Sakhalinsk", ru: "Южно-Сахалинск", ja: "ユジノサハリンスク" },
  centreName: { en: "Sakhalin Japan Center", ja: "サハリン日本センター", ru: "Японский центр на Сахалине" },
  opened: [{ date: "1998-04", preferred: true, sourceIds: [] }],
} as unknown as City;
const moscow = {
  slug: "moscow",
  names: { en: "Moscow", ru: "Москва", ja: "モスクワ" },
  centreName: { en: "Moscow Japan Center", ja: "モスクワ日本センター", ru: "Японский центр в Москве" },
  opened: [{ date: "1996-09-05", preferred: true, sourceIds: [] }],
} as unknown as City;
/** Just what cityDescription reads of the dataset. */
const centers = (incidents: { date: string }[], premises: { date: string }[]) =>
  ({
    incidentsForCity: () => incidents,
    premisesForCity: () => premises,
    keyEvent: () => ({ date: "2025-09-10" }),
  }) as unknown as Centers;
const moscowEvents = centers([{ date: "2024-09" }, { date: "2025-01-22" }], [{ date: "2025-02" }]);

const expected = {
  en: {
    titleSakhalin: "Sakhalin Japan Center (Yuzhno-Sakhalinsk)",
    titleMoscow: "Moscow Japan Center",
    parenthetical: " (note)",
    join: "One. Two. 1994 г. 三。 Four.",
    descSakhalin:
      "Sakhalin Japan Center (Yuzhno-Sakhalinsk) — サハリン日本センター, Японский центр на Сахалине — opened in April 1998. Japan announced its closure on 10 September 2025. Every fact with its source.",
    descMoscow:
      "Moscow Japan Center — モスクワ日本センター, Японский центр в Москве — opened on 5 September 1996. Incidents: September 2024 and 22 January 2025. Moved out of its premises: February 2025. Japan announced its closure on 10 September 2025. Every fact with its source.",
  },
  ja: {
    titleSakhalin: "サハリン日本センター（ユジノサハリンスク）",
    titleMoscow: "モスクワ日本センター",
    parenthetical: "（note）",
    join: "One。Two.1994 г.三。Four。",
    descSakhalin:
      "サハリン日本センター（ユジノサハリンスク）は1998年4月に開設されました（Sakhalin Japan Center、Японский центр на Сахалине）。日本は2025年9月10日に閉鎖を発表しました。すべての事実に出典を付けています。",
    descMoscow:
      "モスクワ日本センターは1996年9月5日に開設されました（Moscow Japan Center、Японский центр в Москве）。検査・事案：2024年9月、2025年1月22日。2025年2月に事務所から退去しました。日本は2025年9月10日に閉鎖を発表しました。すべての事実に出典を付けています。",
  },
  ru: {
    titleSakhalin: "Японский центр на Сахалине (Южно-Сахалинск)",
    titleMoscow: "Японский центр в Москве",
    parenthetical: " (note)",
    join: "One. Two. 1994 г. 三。 Four.",
    descSakhalin:
      "Японский центр на Сахалине (Южно-Сахалинск) — Sakhalin Japan Center, サハリン日本センター — открыт: апрель 1998 г. Япония объявила о его закрытии 10 сентября 2025 г.; каждый факт — с источником.",
    descMoscow:
      "Японский центр в Москве — Moscow Japan Center, モスクワ日本センター — открыт: 5 сентября 1996 г. Инциденты: сентябрь 2024 г. и 22 января 2025 г. Выезд из помещений: февраль 2025 г. Япония объявила о его закрытии 10 сентября 2025 г.; каждый факт — с источником.",
  },
} as const;

describe("sentences built with the messages' punctuation", () => {
  for (const [locale, want] of Object.entries(expected) as [keyof typeof expected, (typeof expected)["en"]][]) {
    it(`${locale}: says exactly what it said before the punctuation moved into the messages`, () => {
      expect(centreTitle(sakhalin, locale)).toBe(want.titleSakhalin);
      expect(centreTitle(moscow, locale)).toBe(want.titleMoscow);
      expect(parenthetical(locale, "note")).toBe(want.parenthetical);
      expect(joinSentences(locale, ["One", " Two. ", "", "1994 г.", "三。", "Four"])).toBe(want.join);
      expect(cityDescription(sakhalin, centers([], []), locale)).toBe(want.descSakhalin);
      expect(cityDescription(moscow, moscowEvents, locale)).toBe(want.descMoscow);
    });
  }

  it("has the same punctuation marks in every language, read from its messages", () => {
    const keys = Object.keys(messagesFor(contract.defaultLocale).punctuation).sort();
    for (const locale of contract.locales) {
      expect(Object.keys(punctuation(locale)).sort()).toEqual(keys);
      expect(punctuation(locale)).toBe(messagesFor(locale).punctuation);
    }
  });
});
