import { describe, expect, it } from "vitest";
import { type DataFiles, dataFiles } from "@/lib/data-files";
import { type DatasetTranslation, englishTranslation, localizeDataset, TranslationError } from "@/lib/dataset-l10n";
import { type Dataset, validateDataset } from "@/lib/schema";
import datasetJa from "@/messages/dataset.ja.json";
import datasetRu from "@/messages/dataset.ru.json";
import { mapStrings } from "@/scripts/lib/pseudo-locale";

const FILES = [
  ["messages/dataset.ja.json", datasetJa],
  ["messages/dataset.ru.json", datasetRu],
] as const;

const translation = (file: unknown) => structuredClone(file) as unknown as DatasetTranslation;

/** data/ with every list reversed: the records of each file, and each list inside a record. */
function reversed(): DataFiles {
  const d = structuredClone(dataFiles);
  d["meta.json"].openQuestions.reverse();
  for (const entry of d["changelog.json"].reverse()) entry.changes.reverse();
  for (const c of d["cities.json"].reverse()) {
    c.opened.reverse();
    c.address?.entries.reverse();
    c.closure.notes?.reverse();
  }
  for (const e of d["events.json"].reverse()) e.alternativeDates?.reverse();
  for (const c of d["conflicts.json"].reverse()) c.versions.reverse();
  return d;
}

/**
 * Every translated text of a localized dataset, by the path of ids that names it, never by
 * position: "cities.moscow.opened.msu-1995" → its note.
 */
function textsById(d: Dataset): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const q of d.meta.openQuestions) out.set(`meta.openQuestions.${q.id}`, q.text);
  for (const entry of d.changelog) {
    out.set(`changelog.${entry.version}.summary`, entry.summary);
    for (const c of entry.changes) out.set(`changelog.${entry.version}.changes.${c.id}`, c.text);
  }
  for (const city of d.cities) {
    const key = `cities.${city.slug}`;
    for (const o of city.opened) out.set(`${key}.opened.${o.id}`, o.note);
    for (const a of city.address?.entries ?? []) {
      out.set(`${key}.address.entries.${a.id}.text`, a.text);
      out.set(`${key}.address.entries.${a.id}.asOf`, a.asOf);
      out.set(`${key}.address.entries.${a.id}.note`, a.note);
    }
    out.set(`${key}.closure`, city.closure.summary);
    for (const n of city.closure.notes ?? []) out.set(`${key}.closureNotes.${n.id}`, n.text);
  }
  for (const e of d.events) {
    out.set(`events.${e.id}.summary`, e.summary);
    for (const a of e.alternativeDates ?? []) out.set(`alternativeDates.${e.id}.${a.id}`, a.note);
  }
  for (const c of d.conflicts) {
    out.set(`conflicts.${c.id}.topic`, c.topic);
    for (const v of c.versions) out.set(`conflicts.${c.id}.versions.${v.id}`, v.value);
  }
  return out;
}

/** A translation file's language: messages/dataset.ja.json is "ja". */
const localeOf = (file: string) => /dataset\.([\w-]+)\.json$/.exec(file)?.[1] ?? "en";

/** The message of the TranslationError that localizing with `tr` throws. */
function errorOf(tr: DatasetTranslation, file = "messages/dataset.ja.json"): string {
  try {
    localizeDataset(validateDataset(dataFiles), tr, file, localeOf(file));
  } catch (e) {
    expect(e).toBeInstanceOf(TranslationError);
    return (e as Error).message;
  }
  throw new Error("expected localizeDataset to throw");
}

describe("dataset translations are keyed by id, not by position", () => {
  const dataset = validateDataset(dataFiles);

  it.each(FILES)("%s: reversing every English list changes no translation of any entry", (file, tr) => {
    const before = textsById(localizeDataset(dataset, translation(tr), file, localeOf(file)));
    const shuffled = validateDataset(reversed());
    const after = textsById(localizeDataset(shuffled, translation(tr), file, localeOf(file)));
    // The reversal moved entries: by position, a translation would now sit on another fact.
    expect(shuffled.meta.openQuestions.map((q) => q.id)).toEqual(dataset.meta.openQuestions.map((q) => q.id).reverse());
    expect(after.size).toBe(before.size);
    for (const [key, text] of before) expect(after.get(key), key).toBe(text);
  });

  it.each(FILES)("%s: gives each list entry the translation of its own id", (file, tr) => {
    const t = translation(tr);
    const localized = localizeDataset(validateDataset(reversed()), t, file, localeOf(file));
    const moscow = localized.cities.find((c) => c.slug === "moscow");
    expect(moscow?.opened.find((o) => o.id === "msu-1995")?.note).toBe(t.cities.moscow?.opened["msu-1995"]);
    const conflict = localized.conflicts.find((c) => c.id === "moscow-opening");
    expect(conflict?.versions.find((v) => v.id === "1994-10")?.value).toBe(
      t.conflicts["moscow-opening"]?.versions["1994-10"],
    );
    expect(localized.meta.openQuestions.find((q) => q.id === "order-11r-text")?.text).toBe(
      t.meta.openQuestions["order-11r-text"],
    );
    // Sanity: the translation is not the English.
    expect(t.meta.openQuestions["order-11r-text"]).not.toBe(
      dataset.meta.openQuestions.find((q) => q.id === "order-11r-text")?.text,
    );
  });

  it("the English, in the translations' shape, localizes to the English (a new language's starting point)", () => {
    const copy = localizeDataset(dataset, englishTranslation(dataset), "english", "xx");
    // Its names are new: data/ has none in "xx", so they come from the file.
    const xx = (names: object) => (names as Record<string, unknown>).xx;
    expect(copy.cities.map((c) => xx(c.names))).toEqual(dataset.cities.map((c) => c.names.en));
    expect(copy.cities.map((c) => xx(c.centreName))).toEqual(dataset.cities.map((c) => c.centreName.en));
    expect(xx(copy.meta.organisation)).toBe(dataset.meta.organisation.en);
    const drop = (d: typeof dataset) => ({
      ...d,
      meta: { ...d.meta, organisation: { ...d.meta.organisation, xx: undefined } },
      cities: d.cities.map((c) => ({
        ...c,
        names: { ...c.names, xx: undefined },
        centreName: { ...c.centreName, xx: undefined },
      })),
    });
    expect(JSON.parse(JSON.stringify(drop(copy)))).toEqual(JSON.parse(JSON.stringify(dataset)));
  });

  it("every translated text comes from the file: none is left in English, none is taken from elsewhere", () => {
    // A translation whose every text is marked: localized, then read back in the same shape, it
    // must come back whole (names aside, which data/ gives in English and the file in "xx").
    const tr = mapStrings(englishTranslation(dataset), (text) => `T:${text}`) as DatasetTranslation;
    const back = englishTranslation(localizeDataset(dataset, tr, "messages/dataset.xx.json", "xx"));
    const withoutNames = (t: DatasetTranslation) => ({
      ...t,
      meta: { ...t.meta, organisation: undefined },
      cities: Object.fromEntries(
        Object.entries(t.cities).map(([slug, c]) => [slug, { ...c, name: undefined, centreName: undefined }]),
      ),
    });
    expect(withoutNames(back)).toEqual(withoutNames(tr));
  });

  it("a language data/ has no names in must bring them; one it has must not", () => {
    const en = englishTranslation(dataset);
    const { name: _, ...moscowWithoutName } = en.cities.moscow ?? { opened: {}, closure: "" };
    const noName = { ...en, cities: { ...en.cities, moscow: moscowWithoutName } };
    expect(() => localizeDataset(dataset, noName, "messages/dataset.xx.json", "xx")).toThrow(
      /cities\.moscow\.name: missing \(data\/ does not give it in "xx"\)/,
    );
    expect(() => localizeDataset(dataset, en, "messages/dataset.ja.json", "ja")).toThrow(
      /meta\.organisation: data\/ gives it in "ja" already/,
    );
  });
});

describe("a broken translation file fails naming the file and the key path", () => {
  it("a missing key", () => {
    const tr = translation(datasetJa);
    delete tr.cities.moscow?.opened["msu-1995"];
    delete tr.alternativeDates["2001-03-spb-opening"]?.["2000"];
    const message = errorOf(tr);
    expect(message).toMatch(/^messages\/dataset\.ja\.json: 2 problem\(s\)/);
    expect(message).toContain("cities.moscow.opened.msu-1995: missing");
    expect(message).toContain("alternativeDates.2001-03-spb-opening.2000: missing");
  });

  it("an empty string", () => {
    const tr = translation(datasetRu);
    const versions = tr.conflicts["moscow-opening"]?.versions;
    const entry = tr.cities.khabarovsk?.address?.entries["pushkin-54"];
    if (!versions || !entry) throw new Error("fixture");
    versions["2001-01"] = " ";
    entry.asOf = "";
    tr.meta.openQuestions["stop-dates"] = "";
    const message = errorOf(tr, "messages/dataset.ru.json");
    expect(message).toMatch(/^messages\/dataset\.ru\.json: 3 problem\(s\)/);
    expect(message).toContain("conflicts.moscow-opening.versions.2001-01: missing");
    expect(message).toContain("cities.khabarovsk.address.entries.pushkin-54.asOf: missing");
    expect(message).toContain("meta.openQuestions.stop-dates: missing");
  });

  it("a left-over key", () => {
    const tr = translation(datasetJa);
    const changes = tr.changelog["2026-11-28"]?.changes;
    const notes = tr.cities.vladivostok?.closureNotes;
    if (!changes || !notes) throw new Error("fixture");
    changes["no-such-change"] = "x";
    notes["no-such-note"] = "x";
    tr.meta.openQuestions["no-such-question"] = "x";
    const message = errorOf(tr);
    expect(message).toMatch(/^messages\/dataset\.ja\.json: 3 problem\(s\)/);
    expect(message).toContain("changelog.2026-11-28.changes.no-such-change: no such record in data/");
    expect(message).toContain("cities.vladivostok.closureNotes.no-such-note: no such record in data/");
    expect(message).toContain("meta.openQuestions.no-such-question: no such record in data/");
  });

  it("an id renamed in data/ alone: its translation is missing and the old key left over", () => {
    const d = structuredClone(dataFiles);
    const opened = d["cities.json"].find((c) => c.slug === "moscow")?.opened.find((o) => o.id === "msu-1995");
    if (!opened) throw new Error("fixture");
    opened.id = "lomonosov-1995";
    let message = "";
    try {
      localizeDataset(validateDataset(d), translation(datasetJa), "messages/dataset.ja.json", "ja");
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain("cities.moscow.opened.msu-1995: no such record in data/");
    expect(message).toContain("cities.moscow.opened.lomonosov-1995: missing");
  });

  it("a list in the old, positional shape is refused, not read by position", () => {
    const tr = translation(datasetJa) as unknown as { conflicts: Record<string, { versions: unknown }> };
    const conflict = tr.conflicts["saint-petersburg-opening"];
    if (!conflict) throw new Error("fixture");
    conflict.versions = ["2001-03", "2000"];
    const message = errorOf(tr as unknown as DatasetTranslation);
    expect(message).toContain(
      "conflicts.saint-petersburg-opening.versions: expected an object keyed by the entries' ids in data/, found a list",
    );
    expect(message).toContain("conflicts.saint-petersburg-opening.versions.2001-03: missing");
  });
});

describe("what a broken translation file is told, key by key", () => {
  const dataset = validateDataset(dataFiles);
  const problems = (tr: unknown, locale = "ja") => {
    try {
      localizeDataset(dataset, tr as DatasetTranslation, "messages/dataset.ja.json", locale);
    } catch (e) {
      expect(e).toBeInstanceOf(TranslationError);
      return (e as Error).message;
    }
    throw new Error("expected a TranslationError");
  };

  it("an empty file: every section's keys missing, named, and no crash", () => {
    const message = problems({});
    expect(message).toMatch(/^messages\/dataset\.ja\.json: \d+ problem\(s\)\n {2}- /);
    for (const key of [
      "meta.compiled: missing",
      "meta.openQuestions.memorandum-2000-date: missing",
      "changelog.2026-12-03.summary: missing",
      "changelog.2026-12-03.changes.closure-sources: missing",
      "cities.moscow.closure: missing",
      "cities.moscow.address.summary: missing",
      "cities.khabarovsk.address.entries.moskovskaya-7.text: missing",
      "cities.khabarovsk.address.entries.moskovskaya-7.asOf: missing",
      "events.2025-01-15-order-11r.summary: missing",
      "alternativeDates.2000-09-05-memorandum-tokyo.2000-09-20: missing",
      "conflicts.memorandum-2000-date.topic: missing",
      "conflicts.memorandum-2000-date.note: missing",
      "conflicts.memorandum-2000-date.preferred: missing",
      "conflicts.memorandum-2000-date.versions.2000-09-05: missing",
    ]) {
      expect(message).toContain(key);
    }
  });

  it("left-over records in every section are named", () => {
    const tr = translation(datasetJa) as unknown as Record<string, Record<string, unknown>>;
    for (const section of ["changelog", "cities", "events", "conflicts", "alternativeDates", "sources"]) {
      tr[section] = { ...tr[section], "no-such-record": {} };
    }
    const message = problems(tr);
    for (const section of ["changelog", "cities", "events", "conflicts", "alternativeDates", "sources"]) {
      expect(message).toContain(`${section}.no-such-record: no such record in data/`);
    }
  });

  it("text for what data/ has none of is refused, naming it", () => {
    const tr = translation(datasetJa);
    const sakhalin = tr.cities["yuzhno-sakhalinsk"];
    const khabarovsk = tr.cities.khabarovsk;
    if (!sakhalin || !khabarovsk) throw new Error("fixture");
    sakhalin.address = { summary: "x", entries: {} };
    khabarovsk.closureNotes = { x: "x" };
    const opening = tr.events["1994-11-khabarovsk-opening"];
    if (!opening) throw new Error("fixture");
    opening.note = "a note the English does not have";
    tr.sources = { ...tr.sources, "mofa-jc-2024": { title: " " } };
    const message = problems(tr);
    expect(message).toContain("cities.yuzhno-sakhalinsk.address: the centre has no address in data/");
    expect(message).toContain("cities.khabarovsk.closureNotes: the closure has no notes in data/");
    expect(message).toContain("events.1994-11-khabarovsk-opening.note: has no English text to translate");
    expect(message).toContain("sources.mofa-jc-2024.title: empty");
  });

  it("an empty or blank translation is missing, not used", () => {
    const tr = translation(datasetJa);
    tr.meta.compiled = "  ";
    const message = problems(tr);
    expect(message).toContain("meta.compiled: missing");
    expect(message).toMatch(/: 1 problem\(s\)/);
  });

  it("a source's title and publisher as this language's readers know them, else as written", () => {
    const tr = translation(datasetJa);
    tr.sources = { "mofa-jc-2024": { publisher: "外務省" } };
    const localized = localizeDataset(dataset, tr, "messages/dataset.ja.json", "ja");
    const source = localized.sources.find((s) => s.id === "mofa-jc-2024");
    const english = dataset.sources.find((s) => s.id === "mofa-jc-2024");
    expect(source?.publisher).toBe("外務省");
    expect(source?.title).toBe(english?.title);
  });
});
