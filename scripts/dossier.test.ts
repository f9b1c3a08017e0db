import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  compareWithDossier,
  DOSSIER_COPY,
  dataFromDossier,
  englishDates,
  readDossier,
  root,
  SHARED_DOSSIER,
  splitNote,
} from "./lib/dossier.mjs";

describe("data/ and the research dossier", () => {
  const { facts } = readDossier();
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("agree: data/ is the dossier plus the annotations scripts/lib/dossier.mjs gives reasons for", () => {
    expect(compareWithDossier(facts)).toEqual([]);
  });

  it.skipIf(!existsSync(SHARED_DOSSIER))("the project's copy of the dossier is the shared one", () => {
    expect(readFileSync(DOSSIER_COPY, "utf8")).toBe(readFileSync(SHARED_DOSSIER, "utf8"));
  });

  it("a fact changed in data/ alone is reported with its file, record and field", () => {
    const dir = mkdtempSync(join(tmpdir(), "jcm-data-"));
    dirs.push(dir);
    cpSync(join(root, "data"), dir, { recursive: true });
    const events = JSON.parse(readFileSync(join(dir, "events.json"), "utf8"));
    events[1].summary =
      "Khabarovsk Japan Center opens; described by the branch itself as the first branch outside Moscow.";
    writeFileSync(join(dir, "events.json"), JSON.stringify(events));
    const found = compareWithDossier(facts, dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^data\/events\.json\[1\]\.summary: dossier "Khabarovsk Japan Center opens/);
  });
});

describe("the ids the import gives list entries (the translations are keyed by them)", () => {
  type Entry = { id: string; date?: string; text?: string; value?: string };
  type Facts = {
    meta: { openQuestions: string[] };
    cities: { slug: string; opened: { date: string }[]; address: { entries: { text: string }[] } | null }[];
    events: { alternativeDates?: unknown[] }[];
    conflicts: { versions: unknown[] }[];
  };
  type Data = {
    "meta.json": { openQuestions: Entry[] };
    "cities.json": { slug: string; opened: Entry[]; address: { entries: Entry[] } | null }[];
    "events.json": { id: string; alternativeDates?: Entry[] }[];
    "conflicts.json": { id: string; versions: Entry[] }[];
  };
  const facts = () => structuredClone(readDossier().facts) as Facts;
  const imported = (f: Facts) => dataFromDossier(f) as unknown as Data;
  /** Each list entry as "list id: what it says", in no particular order. */
  const byId = (d: Data) =>
    [
      ...d["meta.json"].openQuestions.map((q) => `meta.openQuestions ${q.id}: ${q.text}`),
      ...d["cities.json"].flatMap((c) => [
        ...c.opened.map((o) => `${c.slug}.opened ${o.id}: ${o.date}`),
        ...(c.address?.entries ?? []).map((a) => `${c.slug}.address ${a.id}: ${a.text}`),
      ]),
      ...d["events.json"].flatMap((e) => (e.alternativeDates ?? []).map((a) => `${e.id} ${a.id}: ${a.date}`)),
      ...d["conflicts.json"].flatMap((c) => c.versions.map((v) => `${c.id} ${v.id}: ${v.value}`)),
    ].sort();

  it("are the same whatever the order of the dossier's lists", () => {
    const reversed = facts();
    reversed.meta.openQuestions.reverse();
    for (const c of reversed.cities) {
      c.opened.reverse();
      c.address?.entries.reverse();
    }
    for (const e of reversed.events) e.alternativeDates?.reverse();
    for (const c of reversed.conflicts) c.versions.reverse();
    const before = byId(imported(facts()));
    expect(before.length).toBeGreaterThan(50);
    expect(byId(imported(reversed))).toEqual(before);
  });

  it("an entry the reading has no id for stops the import, naming the list and the entry", () => {
    const f = facts();
    f.cities.find((c) => c.slug === "moscow")?.opened.push({ date: "1993" });
    expect(() => dataFromDossier(f)).toThrow(
      /^dossier: no id for the entry of cities\.moscow\.opened "1993"; give it one in ENTRY_IDS$/,
    );
    const g = facts();
    g.meta.openQuestions.push("Where the Irkutsk centre was.");
    expect(() => dataFromDossier(g)).toThrow(
      /no id for the entry of meta\.openQuestions "Where the Irkutsk centre was\."/,
    );
  });

  it("two entries given one id stop the import", () => {
    const f = facts();
    const entries = f.cities.find((c) => c.slug === "khabarovsk")?.address?.entries;
    if (!entries?.[0]) throw new Error("fixture");
    entries.push({ ...entries[0], text: `${entries[0].text} (again)` });
    expect(() => dataFromDossier(f)).toThrow(
      /dossier: two entries of cities\.khabarovsk\.address\.entries have the id "moskovskaya-7"/,
    );
  });
});

describe("the reading's wording rules (issue 21)", () => {
  it("writes English months in full and ranges with an en dash, never changing a number", () => {
    const cases: [string, string][] = [
      [
        "announced on 10 Sept 2025 (conveyed on 27 Aug 2025).",
        "announced on 10 September 2025 (conveyed on 27 August 2025).",
      ],
      ["RIA Novosti (Jan and Sept 2025)", "RIA Novosti (January and September 2025)"],
      ["Jan–Feb 2025", "January–February 2025"],
      ["visit (3-5 Sept 2000).", "visit (3–5 September 2000)."],
      ["c. 2018-2020 (arrived Oct 2018)", "c. 2018–2020 (arrived October 2018)"],
      // A full stop after a month ends the sentence unless a year follows it.
      ["consistent with 5 Sept.", "consistent with 5 September."],
      ["on 5 Sept. 30 people came", "on 5 September. 30 people came"],
      ["Sept. 2025", "September 2025"],
      // Not dates: left alone.
      ["2000-09 (month only)", "2000-09 (month only)"],
      ["Decided by the Sept committee", "Decided by the Sept committee"],
    ];
    for (const [input, output] of cases) expect(englishDates(input), input).toBe(output);
    const digits = (t: string) => t.match(/\d+/g);
    for (const [input] of cases) expect(digits(englishDates(input))).toEqual(digits(input));
  });

  it("moves editors' sentences out of a note and keeps the reader's", () => {
    expect(splitNote("Conflicts with MOFA's 2001-01; see opened[] for Moscow.")).toEqual({
      editorNote: "Conflicts with MOFA's 2001-01; see opened[] for Moscow.",
    });
    expect(splitNote("Month of the opening ceremony (MOFA). Preferred value.")).toEqual({
      note: "Month of the opening ceremony (MOFA).",
      editorNote: "Preferred value.",
    });
    expect(splitNote("No primary text was found; treat as medium confidence and show both.")).toEqual({
      note: "No primary text was found.",
      editorNote: "Treat as medium confidence and show both.",
    });
    expect(splitNote("Year only.")).toEqual({ note: "Year only." });
    expect(splitNote(undefined)).toEqual({});
  });
});
