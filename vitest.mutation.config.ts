import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

// The unit tests as mutation testing runs them (stryker.config.mjs): the tests of lib/ and of the
// data checks, which are the ones that decide about the mutated modules, with room for the
// instrumented code's slowness (a mutant that loops is cut by Stryker's own timeout).
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ["lib/**/*.test.ts", "scripts/check-data.test.ts", "scripts/dossier.test.ts"],
      testTimeout: 60_000,
    },
  }),
);
