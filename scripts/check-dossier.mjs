#!/usr/bin/env node
// `npm run check:dossier`: lists every difference between data/ and the research dossier's fact
// base as scripts/lib/dossier.mjs reads it (the dossier plus the team's documented annotations).
// Exits 1 if there is any; scripts/dossier.test.ts runs the same comparison in `npm test`.
import { compareWithDossier, readDossier } from "./lib/dossier.mjs";

const { path, facts } = readDossier();
const found = compareWithDossier(facts);
if (found.length > 0) {
  console.error(`data/ differs from the dossier (${path}) in ${found.length} place(s):\n  ${found.join("\n  ")}`);
  console.error(
    "Either bring data/ in line (node scripts/import-facts.mjs) or record the sourced reason in scripts/lib/dossier.mjs and docs/data.md.",
  );
  process.exit(1);
}
console.log(`data/ agrees with the dossier (${path})`);
