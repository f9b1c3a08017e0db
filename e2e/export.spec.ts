import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test, waitForMap } from "./lib/fixtures";
import { pngSize } from "./lib/png";
import { serveStatic } from "./lib/static-server";

// The static export (npm run export, which npm test runs before the e2e suite), served by a plain
// file server with the export's own _headers: the smoke suite of the site, without Next.js. The
// file server ignores the query, as CDNs do, so a dated view (`?asof=`) is read by the page's
// first-paint script (lib/static-dates.ts), or not at all without JavaScript.
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
    const feed = await request.get(`${site.origin}/ja/updates.atom`);
    expect(feed.headers()["content-type"]).toBe("application/atom+xml");
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja-JP">');
  });

  test("the map images are files: each theme's latest PNG and SVG, and every state's SVG, as the server draws them", async ({
    request,
  }) => {
    const png = await request.get(`${site.origin}/ja/images/moscow.png`);
    expect(png.headers()["content-type"]).toBe("image/png");
    const body = await png.body();
    expect(pngSize(body)).toEqual({ width: 2400, height: 1600 });
    expect((await request.get(`${site.origin}/ru/images/dark/latest/overview.png`)).status()).toBe(200);
    // A state's picture, at the path nginx serves `?asof=&theme=` from, is the Node server's for any day of it.
    const saved = await request.get(`${site.origin}/images/dark/1997-07-31/moscow.svg`);
    expect(saved.status()).toBe(200);
    const fromServer = await request.get("/images/moscow.svg?asof=1999-06-01&theme=dark");
    expect(await saved.text()).toBe(await fromServer.text());
  });

  test("the Share dialog there links the pictures' files, and says a dated PNG is not among them", async ({ page }) => {
    await page.goto(`${site.origin}/centers/moscow?asof=1999-06-01`);
    await waitForMap(page);
    const share = page.getByRole("button", { name: "Share / Embed" });
    await expect(share).toBeEnabled();
    await share.click();
    await page.getByRole("tab", { name: "Image" }).click();
    await expect(page.locator('[data-image-download="svg"]')).toHaveAttribute(
      "href",
      "/images/light/1997-07-31/moscow.svg",
    );
    await expect(page.locator('[data-image-download="png"]')).toHaveCount(0);
    await expect(page.getByText("dated pictures as SVG only")).toBeVisible();
    const preview = page.getByRole("img", { name: "Preview of the image" });
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
    // The latest state has both.
    await page.goto(`${site.origin}/centers/moscow`);
    await waitForMap(page);
    await page.getByRole("button", { name: "Share / Embed" }).click();
    await page.getByRole("tab", { name: "Image" }).click();
    await expect(page.locator('[data-image-download="png"]')).toHaveAttribute("href", "/images/moscow.png");
  });

  test("dated views with JavaScript show their date's state on the whole page, as the Node server does", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    for (const [path, notice] of [
      ["/centers/moscow?asof=1999-06-01", "Showing the state on 1 June 1999."],
      ["/ja/embed/vladivostok?asof=2025-01-20", "2025年1月20日時点の状態を表示しています。"],
    ] as const) {
      const fromServer = await stateShown(page, path, notice);
      const fromExport = await stateShown(page, `${site.origin}${path}`, notice);
      // The reader keeps the address they followed (the state's file is only where it is served from).
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(path);
      expect(fromExport, path).toEqual(fromServer);
      // The same page without a date shows another state: the comparison above can fail.
      const latest = await stateShown(page, `${site.origin}${path.split("?")[0]}`);
      expect(latest, path).not.toEqual(fromExport);
    }
  });

  test("a dated view keeps its date through a marker click and a reload", async ({ page }) => {
    await page.goto(`${site.origin}/centers/moscow?asof=1997-08-01#map=4/56/40`);
    await expect(page.getByTestId("asof-notice")).toHaveText("Showing the state on 1 August 1997.");
    await page.getByRole("link", { name: /^Khabarovsk: Operating/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Khabarovsk" })).toBeVisible();
    await expect(page).toHaveURL(/\/centers\/khabarovsk\?asof=1997-08-01(#map=[^#]*)?$/);
    await expect(page.getByTestId("asof-notice")).toHaveText("Showing the state on 1 August 1997.");
    await page.reload();
    await expect(page.getByTestId("asof-notice")).toHaveText("Showing the state on 1 August 1997.");
    await expect(page).toHaveURL(/\/centers\/khabarovsk\?asof=1997-08-01(#map=[^#]*)?$/);
  });

  test("an English embed's ?lang= leads to that language's embed, with its date, as on the server", async ({
    page,
  }) => {
    await page.goto(`${site.origin}/embed/moscow?lang=ja&asof=1999-06-01`);
    await expect(page.getByTestId("asof-notice")).toHaveText("1999年6月1日時点の状態を表示しています。");
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/ja/embed/moscow?asof=1999-06-01");
  });

  test("a malformed or empty date is ignored there as on the server: the latest page stays", async ({ page }) => {
    await page.goto(`${site.origin}/embed/moscow?asof=1999-02-30&theme=dark`);
    await expect(page.getByTestId("asof-notice")).toContainText("is not a date written YYYY-MM-DD, so it was ignored");
    expect(new URL(page.url()).pathname).toBe("/embed/moscow");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a dated address shows the latest state and says that it cannot read the date", async ({ page }) => {
      for (const [path, latest, noscript] of [
        ["/centers/moscow?asof=1999-06-01", "Showing the latest state", "cannot read a date in its address (?asof=)"],
        ["/ja/embed/moscow?asof=1999-06-01", "最新の状態を表示しています", "アドレス中の日付（?asof=）を読み取れない"],
      ] as const) {
        await page.goto(`${site.origin}${path}`);
        await expect(page.getByTestId("asof-notice")).toContainText(latest);
        // Shown: without scripting, <noscript> holds elements, not text.
        await expect(page.locator("noscript > p")).toContainText(noscript);
        await expect(page.locator("noscript > p")).toBeVisible();
        // Nothing on the page claims the date in the address.
        expect(await page.title()).not.toMatch(/1999/);
        await expect(page.getByTestId("asof-notice")).not.toContainText("1999");
      }
    });

    test("a state's own page is complete without JavaScript, in both languages", async ({ page }) => {
      await page.goto(`${site.origin}/en/asof/1997-07-31/centers/moscow`);
      await expect(page.getByTestId("asof-notice")).toHaveText(
        "Showing the state from 31 July 1997 to 4 September 2000: the same on every day in between.",
      );
      await expect(page.locator('[data-server-map] [data-marker="moscow"]')).toHaveAttribute(
        "data-status",
        "earlier-or-disputed",
      );
      await page.goto(`${site.origin}/ru/embed/asof/2025-01-20/vladivostok`);
      await expect(page.getByTestId("asof-notice")).toContainText("Показано состояние");
      await expect(page.locator("[data-later]").first()).toBeAttached();
    });
  });
});

/**
 * What a page shows of its date: the notice (once the browser has read the address), the title,
 * the drawn map's statuses, the panel's status badges and the timeline's later events.
 */
async function stateShown(page: Page, url: string, notice?: string) {
  await page.goto(url);
  if (notice) await expect(page.getByTestId("asof-notice")).toHaveText(notice);
  await waitForMap(page);
  return page.evaluate(() => ({
    title: document.title,
    notice: document.querySelector("[data-testid=asof-notice]")?.textContent,
    map: [...document.querySelectorAll<HTMLElement>("[data-server-map] [data-marker]")].map(
      (m) => `${m.dataset.marker}: ${m.dataset.status}`,
    ),
    panel: [...document.querySelectorAll<HTMLElement>("#panel [data-status]")].map((b) => b.dataset.status),
    later: [...document.querySelectorAll<HTMLElement>("[data-later]")].map((e) => e.textContent),
  }));
}
