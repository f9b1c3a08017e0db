// Mutation testing (`npm run test:mutation`, not in CI: it takes ~N minutes; docs/testing.md):
// StrykerJS changes the modules that decide what a reader sees, one small change at a time, and
// runs the Vitest tests that cover each change. A change no test notices (a surviving mutant) is
// behaviour no test pins down. The score and the survivors are in docs/testing.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  coverageAnalysis: "perTest",
  mutate: [
    "lib/contract.ts",
    "lib/dates.ts",
    "lib/partial-date.ts",
    "lib/status.ts",
    "lib/asof.ts",
    "lib/schema.ts",
    "lib/dataset-l10n.ts",
    "lib/server/centers.ts",
  ],
  // Mutants in code that runs when a module loads (the dataset checked at import) would need every
  // test for each: they are left out, and counted in the report as ignored.
  ignoreStatic: true,
  concurrency: 2,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
