#!/usr/bin/env node
// One-way import of the research fact base into data/. Run by hand when the dossier changes:
//   node scripts/import-facts.mjs [path/to/japan-centers-facts.json]
// The app never reads the dossier itself; data/ is what ships. The transformation, with the
// team's editorial reading of the dossier, is scripts/lib/dossier.mjs; `npm run check:dossier`
// shows any difference between data/ and it. The data version and the corrections log
// (data/changelog.json) stay as they are: record the import there by hand.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DOSSIER_COPY, dataFromDossier, readDossier, root } from "./lib/dossier.mjs";

const { path, facts } = process.argv[2]
  ? { path: resolve(process.argv[2]), facts: JSON.parse(readFileSync(process.argv[2], "utf8")) }
  : readDossier();
const files = dataFromDossier(facts);
const { dataVersion } = JSON.parse(readFileSync(join(root, "data", "meta.json"), "utf8"));
files["meta.json"] = { ...files["meta.json"], dataVersion };
for (const [name, value] of Object.entries(files)) {
  writeFileSync(join(root, "data", name), `${JSON.stringify(value, null, 2)}\n`);
}
// Keep the project's copy of the fact base in step, so the check runs without the shared folder.
if (path !== DOSSIER_COPY) copyFileSync(path, DOSSIER_COPY);
console.log(
  `imported ${facts.cities.length} cities, ${facts.events.length} events, ${files["conflicts.json"].length} conflicts, ${facts.sources.length} sources from ${path}`,
);
