// The glossaries (docs/glossary/<language>.json) as tests: one term for each recurring thing and
// one date style per language, checked against every text a reader sees in that language — the
// UI messages and the dataset's prose (data/ in English, messages/dataset.<locale>.json in the
// others). The corrections log is left out: it quotes the wording it corrected.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contract } from "@/lib/contract";
import { dataFiles } from "@/lib/data-files";
import { type MessageTree, messageLeaves, messagesFor } from "@/lib/server/messages";

type Glossary = {
  language: string;
  dateStyle: string;
  register: string;
  terms: { concept: string; use: string; avoid: string[]; why: string }[];
  patterns: { avoid: string; flags?: string; why: string; except?: string[] }[];
};

/** Every string of a JSON tree, as "key" → text. */
function strings(tree: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, key: string) => {
    if (typeof node === "string") out.set(key, node);
    else if (Array.isArray(node)) for (const [i, n] of node.entries()) walk(n, `${key}[${i}]`);
    else if (node && typeof node === "object")
      for (const [k, v] of Object.entries(node)) walk(v, key ? `${key}.${k}` : k);
  };
  walk(tree, prefix);
  return out;
}

/** Keys that are not prose: ids, dates, source ids, codes, the editors' notes, the corrections log. */
const NOT_PROSE =
  /(^|\.)(id|slug|date|published|dataVersion|version|url|language|reliability|confidence|kind|status|type|sourceIds|eventIds|cities|editorNote|lat|lon)(\[\d+\])?$|sourceIds\[|eventIds\[|cities\[|^changelog/;
/** The English records of the sources: titles and publishers as the publishers write them. */
const PUBLISHERS_OWN = /^sources\[\d+\]\.(title|publisher)$/;

function readerTexts(locale: string): Map<string, string> {
  const ui = messageLeaves(messagesFor(locale as never) as unknown as MessageTree);
  const data =
    locale === contract.defaultLocale
      ? new Map(Object.entries(dataFiles).flatMap(([file, tree]) => [...strings(tree, file.replace(/\.json$/, ""))]))
      : strings(JSON.parse(readFileSync(join(process.cwd(), `messages/dataset.${locale}.json`), "utf8")), "dataset");
  // A translation's `sources` give titles and publishers as this language's readers know them:
  // those follow the glossary (МИД Японии, 外務省); the English records keep the publishers' own.
  const prose = [...data].filter(
    ([key]) => !NOT_PROSE.test(key) && !PUBLISHERS_OWN.test(key) && !key.startsWith("dataset.changelog"),
  );
  return new Map([...ui, ...prose]);
}

for (const locale of contract.locales) {
  const glossary = JSON.parse(readFileSync(join(process.cwd(), `docs/glossary/${locale}.json`), "utf8")) as Glossary;
  const texts = readerTexts(locale);
  const offending = (test: (text: string) => boolean, except: readonly string[] = []) =>
    [...texts]
      .filter(([key, text]) => !except.includes(key) && test(text))
      .map(([key, text]) => `${key}: ${text.slice(0, 90)}`);

  describe(`glossary: ${locale} (docs/glossary/${locale}.json)`, () => {
    it("is complete: a date style, a register, terms", () => {
      expect(glossary.language).toBe(locale);
      expect(glossary.dateStyle.length).toBeGreaterThan(20);
      expect(glossary.register.length).toBeGreaterThan(10);
      expect(glossary.terms.length).toBeGreaterThanOrEqual(5);
    });

    for (const term of glossary.terms) {
      it(`${term.concept}: «${term.use}»`, () => {
        // The term the glossary prescribes is the one the texts use…
        expect(offending((t) => t.includes(term.use)).length, `no text uses «${term.use}»`).toBeGreaterThan(0);
        // …and none of the words it replaces.
        for (const avoid of term.avoid)
          expect(
            offending((t) => t.includes(avoid)),
            `«${avoid}»`,
          ).toEqual([]);
      });
    }

    for (const rule of glossary.patterns) {
      it(`style: ${rule.why}`, () => {
        const pattern = new RegExp(rule.avoid, rule.flags ?? "u");
        expect(offending((t) => pattern.test(t), rule.except)).toEqual([]);
      });
    }
  });
}

describe("the glossary test can fail", () => {
  it("finds an abbreviated month and a hyphenated range in English", () => {
    const en = JSON.parse(readFileSync(join(process.cwd(), "docs/glossary/en.json"), "utf8")) as Glossary;
    const hits = (text: string) => en.patterns.filter((p) => new RegExp(p.avoid, p.flags ?? "u").test(text)).length;
    expect(hits("announced on 10 Sept 2025")).toBe(1);
    expect(hits("c. 2018-2020")).toBe(1);
    expect(hits("in 2001-01, MOFA says")).toBe(1);
    expect(hits("2001-01 (opening ceremony)")).toBe(0);
    expect(hits("announced on 10 September 2025, c. 2018–2020")).toBe(0);
  });
});
