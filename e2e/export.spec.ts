import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, test, waitForMap } from "./lib/fixtures";
import { serveStatic } from "./lib/static-server";

// The static export (npm run export, which npm test runs before the e2e suite), served by a plain
// file server with the export's own _headers: the smoke suite of the site, without Next.js.
const OUT = join(import.meta.dirname, "..", "out");
let site: { origin: string; close: () => Promise<void> };

test.describe("static export", () => {
  test.skip(!existsSync(join(OUT, "_headers")), "run `npm run export` first (npm test does)");
  test.beforeAll(async () => {
    site = await serveStatic(OUT);
  });
  test.afterAll(async () => {
    await site?.close();
  });

  test("the overview: map, markers, story, and a marker leads to the centre", async ({ page }) => {
    await page.goto(`${site.origin}/`);
    await waitForMap(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Japan Centers in Russia");
    await expect(page.locator("[data-marker]")).toHaveCount(6);
    await page.getByRole("link", { name: "Vladivostok: Closure announced" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Vladivostok" })).toBeVisible();
    await expect(page).toHaveURL(/\/centers\/vladivostok(#map=[^#]*)?$/);
  });

  test("a centre page in Japanese, its oEmbed answer at a stable path, and a 404", async ({ page, request }) => {
    const response = await page.goto(`${site.origin}/ja/centers/khabarovsk`);
    expect(response?.headers()["content-security-policy"]).toContain("'sha256-");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ハバロフスク");
    await waitForMap(page);
    const discovery = await page.locator('link[type="application/json+oembed"]').getAttribute("href");
    expect(discovery).toMatch(/\/oembed\/ja\/centers\/khabarovsk\.json$/);
    const oembed = await request.get(`${site.origin}/oembed/ja/centers/khabarovsk.json`);
    expect((await oembed.json()).html).toContain("/ja/embed/khabarovsk");
    const missing = await page.goto(`${site.origin}/centers/tokyo`);
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("There is no such page");
  });

  test("an embed, frameable, with its map", async ({ page }) => {
    const response = await page.goto(`${site.origin}/embed/moscow`);
    expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(response?.headers()["x-frame-options"]).toBeUndefined();
    await expect(page.getByRole("heading", { level: 1, name: "Moscow" })).toBeVisible();
    await waitForMap(page);
  });

  test("the data downloads and social cards are files", async ({ request }) => {
    const csv = await request.get(`${site.origin}/data/events.csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toMatch(/^event_id,/);
    const card = await request.get(`${site.origin}/og/moscow.ru.png`);
    expect(card.headers()["content-type"]).toBe("image/png");
  });
});
