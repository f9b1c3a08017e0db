// Screenshots of the running app, desktop and a 375 px phone, for review and the README.
//   npx tsx scripts/screenshots.ts [baseUrl] [outDir]
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/lib/browser";

const base = process.argv[2] ?? "http://localhost:3000";
const out = process.argv[3] ?? "screenshots";
const pages = [
  "/",
  "/centers/vladivostok",
  "/centers/moscow",
  "/centers/tokyo",
  "/?asof=1997-01-01",
  "/centers/vladivostok?asof=2025-08-01",
  "/sources",
  "/about",
  "/embed/vladivostok",
  "/embed/moscow?theme=dark&panel=0",
  "/embed?theme=dark",
  "/ja",
  "/ja/centers/khabarovsk",
  "/ru/centers/nizhny-novgorod",
  "/ru/about",
  "/embed/vladivostok?lang=ja",
];
const viewports = [
  { name: "desktop", width: 1280, height: 800, mobile: false },
  { name: "phone", width: 375, height: 740, mobile: true },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const vp of viewports) {
  const context = await browser.newContext({
    viewport: { width: vp.width, height: vp.height },
    deviceScaleFactor: vp.mobile ? 2 : 1,
    isMobile: vp.mobile,
    hasTouch: vp.mobile,
  });
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(base + path);
    // The map drawn on the server, hydrated ("Explore the map" is rendered by the browser).
    await page
      .locator("[data-explore]")
      .last()
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    await page.waitForTimeout(300);
    const file = `${out}/${vp.name}${path.replace(/[^a-z0-9-]+/gi, "_")}.png`;
    await page.screenshot({ path: file, fullPage: path.startsWith("/embed") });
    console.log(file);
  }
  // The live map, asked for, on the overview and a centre.
  for (const path of ["/", "/centers/vladivostok"]) {
    await page.goto(base + path);
    await page.locator("[data-explore]").last().click();
    await page
      .locator('[data-map-ready="true"]')
      .waitFor({ timeout: 30_000 })
      .catch(() => undefined);
    await page.waitForTimeout(300);
    const file = `${out}/${vp.name}${path.replace(/[^a-z0-9-]+/gi, "_")}_live.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
  // The share dialog, on its embed tab.
  await page.goto(`${base}/centers/vladivostok`);
  await page.getByRole("button", { name: "Share / Embed" }).click();
  await page.getByRole("tab", { name: "Embed" }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/${vp.name}_share-dialog.png` });
  await context.close();
}
await browser.close();
