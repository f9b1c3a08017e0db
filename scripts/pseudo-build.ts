// The test build with the pseudo-locale (lib/contract.ts PSEUDO_LOCALE; docs/testing.md): a copy
// of the project outside it, given the pseudo-locale's message and dataset-translation files (made
// from the English by scripts/lib/pseudo-locale.ts) and built with NEXT_PUBLIC_PSEUDO_LOCALE=1.
// Nothing else is written for the language: if the build or a page needs more, the language
// table is not the one place a language is added, and e2e/pseudo-locale.spec.ts says so.
// The copy keeps the shipped build and the generated files of the project untouched; Playwright
// serves it next to the real build (playwright.config.ts). `npm run build:pseudo`.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { dataFiles } from "../lib/data-files";
import { englishTranslation } from "../lib/dataset-l10n";
import { validateDataset } from "../lib/schema";
import { mapStrings, PSEUDO_LOCALE, pseudoDir, pseudoMessage, pseudoText } from "./lib/pseudo-locale";

const root = resolve(import.meta.dirname, "..");
const PSEUDO_DIR = pseudoDir(root);

/** What is not copied: dependencies are linked, builds and test output are made again. */
const SKIP = new Set([".git", "node_modules", ".next", "out", "test-results", "playwright-report", "bench-results"]);

function main() {
  const started = Date.now();
  if (existsSync(PSEUDO_DIR)) rmSync(PSEUDO_DIR, { recursive: true, force: true });
  mkdirSync(PSEUDO_DIR, { recursive: true });
  cpSync(root, PSEUDO_DIR, {
    recursive: true,
    filter: (src) => !SKIP.has(relative(root, src).split("/")[0] ?? ""),
  });
  // Hard links: a real folder for Turbopack (which will not follow a link out of the project),
  // made in a second or two.
  execFileSync("cp", ["-al", join(root, "node_modules"), join(PSEUDO_DIR, "node_modules")]);

  const english = JSON.parse(readFileSync(join(root, "messages", "en.json"), "utf8"));
  writeFileSync(
    join(PSEUDO_DIR, "messages", `${PSEUDO_LOCALE}.json`),
    `${JSON.stringify(mapStrings(english, pseudoMessage), null, 2)}\n`,
  );
  const translation = englishTranslation(validateDataset(dataFiles));
  writeFileSync(
    join(PSEUDO_DIR, "messages", `dataset.${PSEUDO_LOCALE}.json`),
    `${JSON.stringify(mapStrings(translation, pseudoText), null, 2)}\n`,
  );

  execFileSync("npm", ["run", "build", "--silent"], {
    cwd: PSEUDO_DIR,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_PUBLIC_PSEUDO_LOCALE: "1", NEXT_TELEMETRY_DISABLED: "1" },
  });
  console.log(`pseudo-locale build: ${PSEUDO_DIR} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

if (process.argv[1] === import.meta.filename) main();
