import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/lib/browser";
import { pseudoDir } from "./scripts/lib/pseudo-locale";

const PORT = Number(process.env.E2E_PORT ?? 3107);
export const BASE_URL = `http://localhost:${PORT}`;
/** The pseudo-locale's test build (scripts/pseudo-build.ts), served next to the real one. */
const PSEUDO_PORT = PORT + 1;
const PSEUDO_DIR = pseudoDir(import.meta.dirname);
if (!existsSync(`${PSEUDO_DIR}/.next/BUILD_ID`)) {
  throw new Error(
    `No pseudo-locale build in ${PSEUDO_DIR}: run \`npm run build:pseudo\` (the README's test command does).`,
  );
}

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    // Recording a trace costs about a fifth of the suite's time on two cores; CI records one when
    // it retries a failed test, a local run keeps the failed tests' traces.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: "desktop",
      testIgnore: "pseudo-locale.spec.ts",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
    {
      // Every page in the pseudo-locale, on its own build (docs/testing.md, "The pseudo-locale").
      name: "pseudo",
      testMatch: "pseudo-locale.spec.ts",
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${PSEUDO_PORT}` },
    },
    {
      // A phone, for what differs on one: the layout, touch, the map's first view, embeds, the
      // fallbacks and axe on a few pages: the tests tagged @phone. The rest (data, languages,
      // security, the export, the timeline, the hand-over at its own viewports) renders the same
      // at any size and runs on the desktop project only, which keeps the suite inside CI's time
      // on two cores (docs/testing.md).
      name: "mobile",
      grep: /@phone/,
      testIgnore: "pseudo-locale.spec.ts",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 375, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  // The production build: `npm run build` runs first (the README's test command does it), and
  // the pseudo-locale's (`npm run build:pseudo`).
  webServer: [
    {
      command: `node node_modules/next/dist/bin/next start -p ${PORT} -H localhost`,
      url: BASE_URL,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      command: `cd ${PSEUDO_DIR} && node node_modules/next/dist/bin/next start -p ${PSEUDO_PORT} -H localhost`,
      url: `http://localhost:${PSEUDO_PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
    },
  ],
});
