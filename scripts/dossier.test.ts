import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  compareWithDossier,
  DOSSIER_COPY,
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
