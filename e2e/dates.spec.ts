import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { contract } from "../lib/contract";
import { expect, test, waitForMap } from "./lib/fixtures";
import { serveStatic } from "./lib/static-server";

// A date is data (decision 012): every date of a view is the view's one prerendered page, which
// shows the date in the address from its first paint (an inline script and one stylesheet rule),
// the same on the Node server and on a host that ignores the query (the export, served by a plain
// file server); moving the date changes the page in place and fetches nothing.
const OUT = join(import.meta.dirname, "..", "out");
const exported = existsSync(join(OUT, "_headers"));

test.describe("over HTTP", () => {
  test("no prerendered page is rendered in the browser from scratch (<!--$!-->), and every date of a view is one page", async ({
    request,
  }) => {
    for (const view of contract.allViews()) {
      const path = contract.href(view);
      const html = await (await request.get(path)).text();
      expect(html, path).not.toContain("<!--$!-->");
      if (view.page === "overview" || view.page === "centre") {
        for (const asof of ["1999-06-01", "2025-01-20", "not-a-date"]) {
          const dated = await request.get(contract.href({ ...view, asof }));
          expect(dated.status(), `${path} ${asof}`).toBe(200);
          expect(await dated.text(), `${path} ${asof}`).toBe(html);
        }
      }
    }
  });
});

/**
 * What a page shows of its date, read from what is displayed (hidden variants excluded): the
 * notice, the panel's and the list's status badges, the markers' accessible names, and the events
 * marked as still to come.
 */
async function dateShown(page: Page) {
  return page.evaluate(() => {
    const shown = (e: Element) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).display !== "none";
    const visible = (selector: string) =>
      [...document.querySelectorAll(selector)]
        .filter((e) => {
          for (let n: Element | null = e; n; n = n.parentElement)
            if (getComputedStyle(n).display === "none") return false;
          return shown(e);
        })
        .map((e) => e.textContent?.trim() ?? "");
    return {
      notice: visible("[data-testid=asof-notice] p"),
      badges: visible("[data-status]"),
      markers: visible("[data-server-map] [data-marker-status]"),
      later: visible("[data-later-tag]").length,
      dimmed: [...document.querySelectorAll("[data-dim-until]")].filter(
        (e) => getComputedStyle(e).fontStyle === "italic",
      ).length,
    };
  });
}

/** Loads `url` with no script of the app's bundles allowed to run: the first paint's state. */
async function beforeBundles(page: Page, url: string) {
  await page.route(/\/_next\/static\/.*\.js(\?.*)?$/, (route) => route.abort());
  await page.goto(url);
  const state = await dateShown(page);
  await page.unroute(/\/_next\/static\/.*\.js(\?.*)?$/);
  return state;
}

const HOSTS = [
  { name: "the Node server", origin: "" },
  { name: "a host that ignores the query (the export)", origin: "export" },
] as const;

for (const host of HOSTS) {
  test.describe(`dated links on ${host.name}`, () => {
    test.skip(host.origin === "export" && !exported, "run `npm run export` first (npm test does)");
    let origin = "";
    let close: (() => Promise<void>) | undefined;
    test.beforeAll(async () => {
      if (host.origin === "export") {
        const site = await serveStatic(OUT);
        origin = site.origin;
        close = site.close;
      }
    });
    test.afterAll(async () => {
      await close?.();
    });

    for (const path of [
      "/centers/moscow?asof=1999-06-01",
      "/ja/embed/vladivostok?asof=2025-01-20",
      "/?asof=1995-01-01",
    ]) {
      test(`${path} shows its date at first paint, before any bundle runs, and the same once hydrated`, async ({
        page,
      }) => {
        const first = await beforeBundles(page, `${origin}${path}`);
        await page.goto(`${origin}${path}`);
        await waitForMap(page);
        const hydrated = await dateShown(page);
        expect(first).toEqual(hydrated);
        // The state of that date: one notice, naming a state; not the latest page's.
        expect(first.notice).toHaveLength(1);
        expect(first.notice[0]).not.toMatch(/latest|最新|последнее/);
        const latest = await beforeBundles(page, `${origin}${path.split("?")[0]}`);
        expect(latest).not.toEqual(first);
        expect(latest.later).toBe(0);
        expect(latest.dimmed).toBe(0);
        expect(first.later).toBeGreaterThan(0);
        expect(first.dimmed).toBe(first.later);
      });
    }

    test("the same text on both hosts (compared with the Node server's)", async ({ page }) => {
      test.skip(host.origin !== "export", "compares the export with the Node server");
      for (const path of ["/centers/moscow?asof=1999-06-01", "/ja/embed/vladivostok?asof=2025-01-20"]) {
        expect(await beforeBundles(page, `${origin}${path}`), path).toEqual(await beforeBundles(page, path));
      }
    });

    test("moving the date changes the page in place and fetches no page: slider, Play, date field, Latest", async ({
      page,
    }) => {
      test.slow();
      await page.goto(`${origin}/centers/moscow?asof=1996-01-01`);
      await waitForMap(page);
      const control = page.locator("[data-testid=asof-control][data-ready]");
      await expect(control).toBeVisible();
      // Every document load, and every page data (RSC) request for a dated address: what a date
      // change would fetch if it were a navigation, or if it made Next prefetch the dated links
      // again. (Next prefetches the header's undated links by itself when the page is idle, at a
      // time of its choosing: those carry no date and are not counted.)
      const fetched: string[] = [];
      page.on("request", (r) => {
        const rsc = r.headers().rsc === "1" || r.url().includes("_rsc=");
        if (r.resourceType() === "document" || (rsc && r.url().includes("asof="))) fetched.push(r.url());
      });
      const notice = page.getByTestId("asof-notice");
      const panelStatus = page.getByTestId("panel-status");
      await expect(panelStatus.locator("[data-status]:visible")).toHaveText("Earlier centre / disputed date");

      // Slider: a year on.
      const slider = control.locator("input[type=range]");
      await slider.focus();
      for (let i = 0; i < 6; i++) await page.keyboard.press("PageUp");
      await expect(control.getByTestId("asof-label")).toHaveText("31 January 2002");
      await expect(panelStatus.locator("[data-status]:visible")).toHaveText("Operating");
      await expect(page).toHaveURL(/\/centers\/moscow\?asof=2002-01-31$/);

      // The date field: an exact day.
      await control.locator("input[type=date]").fill("2025-02-01");
      await expect(panelStatus.locator("[data-status]:visible")).toHaveText("Memoranda no longer applied");
      await expect(notice.locator("p:visible")).toHaveText(/31 January 2025 to 24 February 2025/);
      await expect(page).toHaveURL(/\/centers\/moscow\?asof=2025-02-01$/);

      // Latest.
      await control.getByRole("button", { name: "Latest" }).click();
      await expect(notice.locator("p:visible")).toHaveText(/latest state/);
      await expect(page).toHaveURL(/\/centers\/moscow$/);

      // Play: from the start, a year a step.
      await control.locator("input[type=date]").fill("1994-01-01");
      await control.getByRole("button", { name: "Play" }).click();
      await expect(control.getByTestId("asof-label")).toHaveText("31 January 1995", { timeout: 10_000 });
      await expect(panelStatus.locator("[data-status]:visible")).toHaveText("Earlier centre / disputed date");
      await control.getByRole("button", { name: "Pause" }).click();
      // Wherever Play was when paused, the address has the date the control shows.
      const paused = await control.locator("input[type=date]").inputValue();
      await expect(page).toHaveURL(new RegExp(`asof=${paused}$`));

      // Not one document or RSC request: the state was in the page.
      expect(fetched).toEqual([]);
    });
  });
}
