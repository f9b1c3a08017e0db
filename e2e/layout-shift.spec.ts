import type { Browser, Page } from "@playwright/test";
import { PAGES as CONTRACT_PAGES, contract } from "../lib/contract";
import { expect, test } from "./lib/fixtures";
import { phonePage } from "./lib/phone";

// Nothing moves while a page loads (issue 23: CLS 0 on every page). The shifts this catches were
// fonts arriving after the first paint: Inter on a machine without Arial, the Cyrillic file found
// only at layout, and above all the Japanese subset, whose characters the fallback drew at other
// widths (0.3–0.5 on /ja/about). So every kind of page is loaded as a reader on a slow phone gets
// it, with its fonts late: CPU 4× slower, a slow 4G link (150 ms, 1.6 Mbit/s), no cache.

const PAGES = ["overview", "centre", "sources", "about"] as const;
/** The largest cumulative shift allowed: 0 as Lighthouse shows it (it prints two decimals). */
const MAX_CLS = 0.005;

type Shift = { value: number; at: number; nodes: string[] };

async function slowPhone(browser: Browser) {
  const { context, page } = await phonePage(browser, { slowNetwork: true });
  await page.addInitScript(() => {
    const w = window as unknown as { jcmShifts: Shift[] };
    w.jcmShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const e = entry as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
        if (e.hadRecentInput) continue;
        w.jcmShifts.push({
          value: e.value,
          at: Math.round(entry.startTime),
          nodes: e.sources.map((s) => `${s.node?.nodeName} "${(s.node?.textContent ?? "").slice(0, 40)}"`),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  return { context, page };
}

/** The shifts of a page once it has loaded, its fonts are in and (a site map page) React has hydrated. */
async function shiftsOf(page: Page, path: string, hydrates: boolean): Promise<Shift[]> {
  await page.goto(path, { waitUntil: "load" });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  if (hydrates) await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 20_000 });
  // Two frames after the last of those: a shift they caused has been laid out and reported.
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
  return page.evaluate(() => (window as unknown as { jcmShifts: Shift[] }).jcmShifts);
}

for (const locale of contract.locales) {
  test(`no layout shift while a page loads on a slow phone, ${locale}: overview, a centre, sources, about, an embed`, async ({
    browser,
  }) => {
    test.slow(); // five pages on a throttled phone
    const { context, page } = await slowPhone(browser);
    const views = [
      ...PAGES.map((name) => ({
        path: contract.href(contract.view({ locale, page: name, slug: name === "centre" ? "moscow" : null })),
        // Site map pages hydrate on load; text pages have islands only.
        hydrates: CONTRACT_PAGES[name].map,
      })),
      // The embed is a facade: it does not hydrate until touched (decision 013).
      {
        path: contract.href(contract.view({ locale, page: "centre", slug: "vladivostok", embedded: true })),
        hydrates: false,
      },
    ];
    for (const { path, hydrates } of views) {
      const shifts = await shiftsOf(page, path, hydrates);
      const cls = shifts.reduce((sum, s) => sum + s.value, 0);
      expect(cls, `${path}: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(MAX_CLS);
      // A fresh cache for the next page, as a reader who arrives on it from a link.
      await context.clearCookies();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.clearBrowserCache");
      await cdp.detach();
    }
    await context.close();
  });
}

test("no layout shift on the 404 page on a slow phone", async ({ browser }) => {
  const { context, page } = await slowPhone(browser);
  const shifts = await shiftsOf(page, "/centers/tokyo", false);
  expect(
    shifts.reduce((sum, s) => sum + s.value, 0),
    JSON.stringify(shifts),
  ).toBeLessThanOrEqual(MAX_CLS);
  await context.close();
});
