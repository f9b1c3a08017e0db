#!/usr/bin/env node
// `npm test`: every check, in order, each step timed, stopping at the first that fails. The
// summary at the end is the time split docs/testing.md reports (CI runs this same command).
import { spawnSync } from "node:child_process";

const STEPS = [
  ["lint and format", "lint"],
  ["types", "typecheck"],
  ["unit (Vitest)", "test:unit"],
  ["build", "build"],
  ["export", "export"],
  ["pseudo-locale build", "build:pseudo"],
  ["end to end (Playwright)", "test:e2e"],
];

const times = [];
const started = Date.now();
for (const [name, script] of STEPS) {
  const t0 = Date.now();
  const { status } = spawnSync("npm", ["run", script], { stdio: "inherit" });
  times.push([name, (Date.now() - t0) / 1000]);
  if (status !== 0) {
    console.error(`\nnpm test: "${name}" (npm run ${script}) failed with exit code ${status}`);
    process.exit(status ?? 1);
  }
}
console.log("\nnpm test: time per step");
for (const [name, s] of times) console.log(`  ${name.padEnd(26)} ${s.toFixed(0).padStart(4)} s`);
console.log(`  ${"total".padEnd(26)} ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s`);
