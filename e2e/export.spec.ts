import { existsSync } from "node:fs";
import { join } from "node:path";
import { SLUGS } from "@/lib/contract";
import { expect, test, waitForMap } from "./lib/fixtures";
import { pngSize } from "./lib/png";
import { serveStatic } from "./lib/static-server";

// The static export (npm run export, which npm test runs before the e2e suite), served by a plain
// file server with the export's own _headers: the smoke suite of the site, without Next.js. The
// file server ignores the query, as CDNs do: a dated view (`?asof=`) is the view's own page, which
// shows its date in the browser (decision 012; e2e/dates.spec.ts compares it with the Node server).
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
    await expect(page.locator("[data-marker]")).toHaveCount(SLUGS.length);
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
    const feed = await request.get(`${site.origin}/ja/updates.atom`);
    expect(feed.headers()["content-type"]).toBe("application/atom+xml");
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja-JP">');
  });

  test("the map images are files: each theme's latest PNG and SVG, as the server draws them, and none per date", async ({
    request,
  }) => {
    const png = await request.get(`${site.origin}/ja/images/moscow.png`);
    expect(png.headers()["content-type"]).toBe("image/png");
    const body = await png.body();
    expect(pngSize(body)).toEqual({ width: 2400, height: 1600 });
    expect((await request.get(`${site.origin}/ru/images/dark/overview.png`)).status()).toBe(200);
    // The dark SVG, at the path nginx serves `?theme=dark` from, is the Node server's.
    const saved = await request.get(`${site.origin}/images/dark/moscow.svg`);
    expect(saved.status()).toBe(200);
    expect(await saved.text()).toBe(await (await request.get("/images/moscow.svg?theme=dark")).text());
    // Pictures of a date are the Node server's: the export keeps no file per state (decision 012).
    expect(existsSync(join(OUT, "images", "dark", "1997-07-31"))).toBe(false);
    expect(existsSync(join(OUT, "images", "light"))).toBe(false);
  });

  test("the Share dialog there links the latest pictures, and on a date says that they are the latest", async ({
    page,
  }) => {
    await page.goto(`${site.origin}/centers/moscow?asof=1999-06-01`);
    await waitForMap(page);
    const share = page.getByRole("button", { name: "Share / Embed" });
    await share.click();
    await page.getByRole("tab", { name: "Image" }).click();
    await expect(page.locator('[data-image-download="svg"]')).toHaveAttribute("href", "/images/moscow.svg");
    await expect(page.locator('[data-image-download="png"]')).toHaveAttribute("href", "/images/moscow.png");
    await expect(page.getByTestId("image-latest-only")).toContainText("pictures of the latest state only");
    // The preview is the saved PNG, drawn with its fonts.
    const preview = page.getByRole("img", { name: "Preview of the image" });
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2400);
    // The dark theme's files.
    await page.getByRole("tabpanel", { name: "Image" }).getByRole("combobox").selectOption("dark");
    await expect(page.locator('[data-image-download="png"]')).toHaveAttribute("href", "/images/dark/moscow.png");
    // Without a date there is nothing to say.
    await page.goto(`${site.origin}/centers/moscow`);
    await waitForMap(page);
    await page.getByRole("button", { name: "Share / Embed" }).click();
    await page.getByRole("tab", { name: "Image" }).click();
    await expect(page.locator('[data-image-download="png"]')).toHaveAttribute("href", "/images/moscow.png");
    await expect(page.getByTestId("image-latest-only")).toHaveCount(0);
  });

  test("a dated view keeps its date through a marker click and a reload", async ({ page }) => {
    const notice = page.getByTestId("asof-notice").locator("p:visible");
    const state = "Showing the state from 31 July 1997 to 4 September 2000: the same on every day in between.";
    await page.goto(`${site.origin}/centers/moscow?asof=1997-08-01#map=4/56/40`);
    await expect(notice).toHaveText(state);
    await page.getByRole("link", { name: /^Khabarovsk: Operating/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Khabarovsk" })).toBeVisible();
    await expect(page).toHaveURL(/\/centers\/khabarovsk\?asof=1997-08-01(#map=[^#]*)?$/);
    await expect(notice).toHaveText(state);
    await page.reload();
    await expect(notice).toHaveText(state);
    await expect(page).toHaveURL(/\/centers\/khabarovsk\?asof=1997-08-01(#map=[^#]*)?$/);
  });

  test("an English embed's ?lang= leads to that language's embed, with its date, as on the server", async ({
    page,
  }) => {
    await page.goto(`${site.origin}/embed/moscow?lang=ja&asof=1999-06-01`);
    await expect(page.getByTestId("asof-notice").locator("p:visible")).toHaveText(
      "1997年7月31日から2000年9月4日までの状態を表示しています（この期間中は変わりません）。",
    );
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/ja/embed/moscow?asof=1999-06-01");
  });

  test("a malformed date is ignored there as on the server: the latest state, and a line that says so", async ({
    page,
  }) => {
    await page.goto(`${site.origin}/embed/moscow?asof=1999-02-30&theme=dark`);
    const notice = page.getByTestId("asof-notice").locator("p:visible");
    await expect(notice.first()).toHaveText(
      "The date in the address is not a date written YYYY-MM-DD, so it was ignored.",
    );
    await expect(notice.last()).toContainText("Showing the latest state");
    expect(new URL(page.url()).pathname).toBe("/embed/moscow");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a dated address shows the latest state and says that the date needs JavaScript", async ({ page }) => {
      for (const [path, latest, noscript] of [
        ["/centers/moscow?asof=1999-06-01", "Showing the latest state", "cannot read a date in its address (?asof=)"],
        ["/ja/embed/moscow?asof=1999-06-01", "最新の状態を表示しています", "URLの日付（?asof=）を読み取れない"],
      ] as const) {
        await page.goto(`${site.origin}${path}`);
        const notice = page.getByTestId("asof-notice").locator("p:visible");
        await expect(notice).toHaveCount(2);
        await expect(notice.first()).toContainText(latest);
        // Shown: without scripting, <noscript> holds elements, not text.
        await expect(notice.last()).toContainText(noscript);
        // Nothing on the page claims the date in the address.
        expect(await page.title()).not.toMatch(/1999/);
        await expect(notice.first()).not.toContainText("1999");
        await expect(page.locator("[data-later-tag]:visible")).toHaveCount(0);
      }
    });
  });
});
