import { describe, expect, it } from "vitest";
import { contract } from "@/lib/contract";
import { centers } from "@/lib/server/centers";
import { ogCard } from "@/lib/server/og-card";
import { translator } from "@/lib/server/text";

/** A card's text as a reader reads it: the spaces that do not break (for the layout) as spaces. */
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, " ");

describe("social cards say what the sources say", () => {
  it("has a card for every page and language, and none for anything else", () => {
    for (const path of contract.ogImages()) expect(ogCard(path.slice("/og/".length)), path).not.toBeNull();
    expect(ogCard("tokyo.png")).toBeNull();
    expect(ogCard("moscow.fr.png")).toBeNull();
    expect(ogCard("moscow.en.png")).toBeNull();
  });

  it("Moscow: its opening, the earlier centre from October 1994, and a closure announced with no closing date", () => {
    expect(ogCard("moscow.png")?.lines.map(plain)).toEqual([
      "Japan Center opened January 2001",
      "An earlier Japan Center operated here from October 1994",
      "Closure announced, closing date unknown (from 10 September 2025)",
    ]);
  });

  // The wording is the messages' (og.*, being revised): what is checked here is which sentence
  // says which date.
  it("St Petersburg: other sources' earlier date", () => {
    const line = plain(ogCard("saint-petersburg.png")?.lines[1]);
    expect(line).toBe(translator("en")("og.earlierDate", { date: "2000" }));
    // The sources say only "since 2000" (issue 21).
    expect(line).toBe("Other sources: operating since 2000");
    expect(line).toContain("2000");
    expect(ogCard("vladivostok.png")?.lines).toHaveLength(2);
  });

  it("the overview: the first centre in 1994, the sixth in 2001, a closure announced in 2025, not '1994–2025'", () => {
    const card = ogCard("overview.png");
    expect(plain(card?.lines[0])).toBe(
      translator("en")("og.six", { ...centers.storySpan(), count: centers.cities().length }),
    );
    expect(card?.lines[0]).toContain("1994");
    expect(card?.lines[0]).toContain("2001");
    // Six existed only from 2001 (issue 21): never "six centres from 1994".
    expect(plain(card?.lines.join(" "))).not.toMatch(/six centres from/i);
    expect(card?.lines[1]).toContain("2025");
    expect(plain(card?.lines.join(" "))).not.toMatch(/1994\s*[–-]\s*2025/);
  });

  it("the Sakhalin centre under its official name, in Japanese too", () => {
    expect(ogCard("yuzhno-sakhalinsk.png")?.title).toBe("Sakhalin Japan Center (Yuzhno-Sakhalinsk)");
    expect(ogCard("yuzhno-sakhalinsk.ja.png")?.title).toBe("サハリン日本センター（ユジノサハリンスク）");
    expect(plain(ogCard("moscow.ru.png")?.lines[1])).toBe(
      "Начало работы более раннего японского центра: октябрь 1994 г.",
    );
  });

  it("keeps a date's parts on one line: the day with its month, the year with «г.» (issue 21)", () => {
    const ru = ogCard("moscow.ru.png");
    expect(ru?.lines[1]).toBe("Начало работы более раннего японского центра: октябрь 1994\u00a0г.");
    expect(ru?.lines[2]).toContain("10\u00a0сентября 2025\u00a0г.");
    expect(ogCard("moscow.png")?.lines[2]).toContain("10\u00a0September 2025");
    // The names in the other languages break after the dot between them, never before it.
    expect(ogCard("moscow.ja.png")?.subtitle).toBe("Moscow\u00a0· Москва");
    // Japanese has no spaces to keep: its lines break at phrases (lib/text-layout.ts).
    expect(ogCard("moscow.ja.png")?.lines.join("")).not.toContain("\u00a0");
    for (const path of contract.ogImages()) {
      const card = ogCard(path.slice("/og/".length));
      const text = [card?.title, card?.subtitle, ...(card?.lines ?? []), card?.footnote].join("\n");
      expect(text, path).not.toMatch(
        /\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)/,
      );
      expect(text, path).not.toMatch(/\d{4} г\./);
      expect(text, path).not.toMatch(
        /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)/,
      );
    }
  });

  it("no card carries an editor's note or a network framed as six from 1994 (issue 21)", () => {
    const EDITORIAL = /opened\[\]|\bsee [a-z]+\[|\bshow both\b|\btreat as\b|\bpreferred value\b/i;
    for (const path of contract.ogImages()) {
      const card = ogCard(path.slice("/og/".length));
      const text = plain(
        [card?.tagline, card?.title, card?.subtitle, ...(card?.lines ?? []), card?.footnote].join(" "),
      );
      expect(text, path).not.toMatch(EDITORIAL);
      expect(text, path).not.toMatch(/six centres from|Шесть центров: с|6センター：/i);
    }
  });
});
