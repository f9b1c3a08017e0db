import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { formatMessage } from "@/lib/client/i18n";
import { LOCALES } from "@/lib/contract";
import { clientMessages, type MessageTree, messageLeaves } from "@/lib/server/messages";

const argNames = (text: string) => [...new Set([...text.matchAll(/\{(\w+)/g)].map((m) => m[1] ?? ""))];

// The client's small formatter must say exactly what next-intl says on the server, for every
// client message in every language: with text arguments, with numbers, and with none missing.
describe("client messages through lib/client/i18n", () => {
  for (const locale of LOCALES) {
    const messages = clientMessages(locale, { count: 6 }) as unknown as MessageTree;
    const reference = createTranslator({ locale, messages, timeZone: "UTC" });
    const all = [...messageLeaves(messages)];

    it(`${locale}: ${all.length} messages read as next-intl reads them`, () => {
      expect(all.length).toBeGreaterThan(50);
      for (const [key, text] of all) {
        const names = argNames(text);
        const words = Object.fromEntries(names.map((n, i) => [n, `«${n} ${i}» it's`]));
        const numbers = Object.fromEntries(names.map((n, i) => [n, 1234.5 + i]));
        const t = reference as unknown as (key: string, args?: Record<string, string | number>) => string;
        expect(formatMessage(text, words), `${locale} ${key}`).toBe(t(key, words));
        expect(formatMessage(text, numbers), `${locale} ${key} (numbers)`).toBe(t(key, numbers));
      }
    });
  }

  it("sends no rich-text message to the client (those render on the server)", () => {
    for (const locale of LOCALES) {
      const rich = [...messageLeaves(clientMessages(locale, { count: 6 }) as unknown as MessageTree)].filter(
        ([, text]) => /<\w+>/.test(text),
      );
      expect(rich).toEqual([]);
    }
  });

  it("fills arguments and reads ICU's escaped apostrophe", () => {
    expect(formatMessage("{name} opened in {year}", { name: "Moscow", year: 1996 })).toBe("Moscow opened in 1996");
    expect(formatMessage("Centre''s {x}", { x: "site" })).toBe("Centre's site");
    expect(formatMessage("left {missing}", {})).toBe("left {missing}");
  });
});
