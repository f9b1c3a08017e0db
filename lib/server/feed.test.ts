import { describe, expect, it } from "vitest";
import { contract } from "@/lib/contract";
import { centersFor } from "@/lib/server/centers";
import { updatesFeed, versionAnchor } from "@/lib/server/feed";

describe("the corrections and updates feed", () => {
  for (const locale of contract.locales) {
    it(`${locale}: one entry per version of the corrections log, newest first, in the language`, () => {
      const xml = updatesFeed(locale, "https://maps.example.org");
      const log = centersFor(locale).changelog();
      const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1] ?? "");
      expect(entries).toHaveLength(log.length);
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
      expect(xml).toContain(
        `<link rel="self" type="application/atom+xml" href="https://maps.example.org${contract.feed(locale)}"/>`,
      );
      expect(xml).toContain(`<updated>${log[0]?.date}T00:00:00Z</updated>`);
      log.forEach((entry, i) => {
        const about = `https://maps.example.org${contract.page(locale, "about")}#${versionAnchor(entry.version)}`;
        expect(entries[i]).toContain(`<id>${about}</id>`);
        expect(entries[i]).toContain(`<link rel="alternate" type="text/html" href="${about}"/>`);
        expect(entries[i]).toContain(`<updated>${entry.date}T00:00:00Z</updated>`);
        // The summary in the feed's language, escaped once in <summary>, twice in the HTML content.
        const once = entry.summary
          .replace(/&/g, "&amp;")
          .replace(/</g, "&lt;")
          .replace(/>/g, "&gt;")
          .replace(/"/g, "&quot;");
        expect(entries[i]).toContain(`<summary>${once}</summary>`);
        expect(entries[i]).toContain('<content type="html">&lt;p&gt;');
      });
      // Nothing unescaped: every & starts an entity.
      expect(xml.replace(/&(amp|lt|gt|quot);/g, "")).not.toContain("&");
    });
  }

  it("gives each version an anchor on /about", () => {
    expect(versionAnchor("2026-11-30")).toBe("version-2026-11-30");
  });
});
