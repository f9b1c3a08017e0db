import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/contract";
import { dataFiles } from "@/lib/data-files";
import { type DatasetTranslation, localizeDataset, TranslationError } from "@/lib/dataset-l10n";
import { argumentsOf } from "@/lib/icu";
import { validateDataset } from "@/lib/schema";
import { centers } from "@/lib/server/centers";
import { CLIENT_NAMESPACES, type MessageTree, messageLeaves, messagesFor } from "@/lib/server/messages";
import datasetJa from "@/messages/dataset.ja.json";
import datasetRu from "@/messages/dataset.ru.json";

/**
 * The ICU arguments and rich-text tags a message uses: {name}, <tag>. A plural's options are words
 * in a language, not arguments: English `{count, plural, =6 {six} …}` and Japanese `{count}か所`
 * both take {count}.
 */
function placeholders(text: string): string[] {
  const args = argumentsOf(text).map((a) => `{${a}}`);
  const tags = [...text.matchAll(/<(\w+)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...args, ...tags])].sort();
}

const english = messageLeaves(messagesFor("en") as unknown as MessageTree);

describe("UI messages", () => {
  for (const locale of LOCALES.filter((l) => l !== "en")) {
    const translated = messageLeaves(messagesFor(locale) as unknown as MessageTree);

    it(`${locale}: has every English key, and no key English lacks`, () => {
      const missing = [...english.keys()].filter((k) => !translated.has(k));
      const extra = [...translated.keys()].filter((k) => !english.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${locale}: no message is empty, and each uses the same arguments and tags as English`, () => {
      const problems: string[] = [];
      for (const [key, text] of translated) {
        // A punctuation mark may be a space or nothing: Japanese puts no space between sentences.
        if (text.trim() === "" && !key.startsWith("punctuation.")) problems.push(`${key}: empty`);
        const en = english.get(key);
        if (en !== undefined && placeholders(en).join() !== placeholders(text).join()) {
          problems.push(`${key}: ${placeholders(text).join()} instead of ${placeholders(en).join()}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it("sends only the client namespaces to the browser, and they exist", () => {
    for (const ns of CLIENT_NAMESPACES) expect(messagesFor("en")).toHaveProperty(ns);
  });

  it("catches a missing key (the check itself works)", () => {
    const broken = structuredClone(messagesFor("ja")) as unknown as MessageTree;
    delete (broken.status as MessageTree).operating;
    expect(messageLeaves(broken).has("status.operating")).toBe(false);
    expect(english.has("status.operating")).toBe(true);
  });
});

describe("dataset translations", () => {
  const dataset = validateDataset(dataFiles);

  it.each([
    ["ja", datasetJa],
    ["ru", datasetRu],
  ])("%s: translates every summary and note of the dataset, and nothing else", (locale, file) => {
    const localized = localizeDataset(dataset, file as DatasetTranslation, `messages/dataset.${locale}.json`, locale);
    // Same records, dates and sources; different words.
    expect(localized.events.map((e) => [e.id, e.date, e.sourceIds])).toEqual(
      dataset.events.map((e) => [e.id, e.date, e.sourceIds]),
    );
    for (const [i, e] of localized.events.entries()) expect(e.summary).not.toBe(dataset.events[i]?.summary);
    expect(localized.cities.map((c) => c.coordinates)).toEqual(dataset.cities.map((c) => c.coordinates));
  });

  it("fails naming the file and every missing or left-over key", () => {
    const broken = structuredClone(datasetJa) as DatasetTranslation;
    delete broken.events["2025-09-10-closure-announced"];
    broken.events["no-such-event"] = { summary: "x" };
    const conflict = broken.conflicts["moscow-opening"];
    if (conflict) delete conflict.versions["2001-01"];
    expect(() => localizeDataset(dataset, broken, "messages/dataset.ja.json", "ja")).toThrow(TranslationError);
    try {
      localizeDataset(dataset, broken, "messages/dataset.ja.json", "ja");
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain("messages/dataset.ja.json");
      expect(message).toContain("events.2025-09-10-closure-announced.summary: missing");
      expect(message).toContain("events.no-such-event: no such record in data/");
      expect(message).toContain("conflicts.moscow-opening.versions.2001-01: missing");
    }
  });

  it("is what the app serves per language", async () => {
    const { centersFor } = await import("@/lib/server/centers");
    expect(centersFor("en")).toBe(centers);
    expect(centersFor("ja").event("2001-10-nn-opening")?.summary).toBe("ニジニー・ノヴゴロド日本センターの開所式。");
    expect(centersFor("ru").event("2001-10-nn-opening")?.summary).toBe(
      "Церемония открытия Японского центра в Нижнем Новгороде.",
    );
  });
});
