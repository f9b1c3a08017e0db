import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compareWithDossier, DOSSIER_COPY, readDossier, root, SHARED_DOSSIER } from "./lib/dossier.mjs";

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
