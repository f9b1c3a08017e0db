import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/lib/browser";

const PORT = Number(process.env.E2E_PORT ?? 3107);
export const BASE_URL = `http://localhost:${PORT}`;

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
    trace: "retain-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
    {
      // A phone, for what differs on one: the layout, touch, the map's first view and its hand-over,
      // embeds, the fallbacks and axe on a few pages. The rest (data, languages, security, the
      // export, the timeline) renders the same at any size and runs on the desktop project only,
      // which keeps the suite inside CI's time on two cores (docs/testing.md).
      name: "mobile",
      testMatch: /\/(dashboard|embed|fallbacks|instant-map|a11y)\.spec\.ts$/,
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 375, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  // The production build: `npm run build` runs first (the README's test command does it).
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${PORT} -H localhost`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
