import { describe, expect, it } from "vitest";
import { contract } from "@/lib/contract";
import { ogCard } from "@/lib/og-card";

describe("social cards say what the sources say", () => {
  it("has a card for every page and language, and none for anything else", () => {
    for (const path of contract.ogImages()) expect(ogCard(path.slice("/og/".length)), path).not.toBeNull();
    expect(ogCard("tokyo.png")).toBeNull();
    expect(ogCard("moscow.fr.png")).toBeNull();
    expect(ogCard("moscow.en.png")).toBeNull();
  });

  it("Moscow: its opening, the earlier centre from October 1994, and a closure announced with no closing date", () => {
    expect(ogCard("moscow.png")?.lines).toEqual([
      "Japan Center opened January 2001",
      "An earlier Japan Center operated here from October 1994",
      "Closure announced, closing date unknown (from 10 September 2025)",
    ]);
  });

  it("St Petersburg: other sources' earlier date", () => {
    expect(ogCard("saint-petersburg.png")?.lines[1]).toBe("Other sources: operating from 2000");
    expect(ogCard("vladivostok.png")?.lines).toHaveLength(2);
  });

  it("the overview: from 1994 to a closure announced in 2025, not '1994–2025'", () => {
    const card = ogCard("overview.png");
    expect(card?.lines[0]).toBe("Six centres from 1994 · closure announced 2025");
    expect(card?.lines.join(" ")).not.toMatch(/1994\s*[–-]\s*2025/);
  });

  it("the Sakhalin centre under its official name, in Japanese too", () => {
    expect(ogCard("yuzhno-sakhalinsk.png")?.title).toBe("Sakhalin Japan Center (Yuzhno-Sakhalinsk)");
    expect(ogCard("yuzhno-sakhalinsk.ja.png")?.title).toBe("サハリン日本センター（ユジノサハリンスク）");
    expect(ogCard("moscow.ru.png")?.lines[1]).toBe("Начало работы более раннего японского центра: октябрь 1994 г.");
  });
});
