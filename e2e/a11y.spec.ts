import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, startLiveMap, test, waitForMap } from "./lib/fixtures";

// WCAG 2.0/2.1/2.2 A and AA rules. No rule is disabled.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const PAGES = [
  "/",
  "/centers/vladivostok",
  "/?asof=1997-01-01",
  "/embed/vladivostok",
  "/sources",
  "/about",
  "/centers/tokyo",
  "/ja/centers/khabarovsk",
  "/ru/centers/nizhny-novgorod",
];
/**
 * In the dark theme (the system's preference, which the site follows on a first visit): one page
 * of each kind, for the colours.
 */
const DARK_PAGES = ["/", "/centers/vladivostok", "/embed/moscow?theme=auto", "/sources", "/ja/centers/khabarovsk"];

/** On the phone project too: the map pages' layouts, one of each kind. */
const PHONE = new Set(["/ (light)", "/centers/vladivostok (dark)", "/embed/vladivostok (light)"]);

const hasMap = (path: string) => !/tokyo|\/sources|\/about/.test(path);

for (const [theme, pages] of [
  ["light", PAGES],
  ["dark", DARK_PAGES],
] as const) {
  for (const path of pages) {
    const details = PHONE.has(`${path} (${theme})`) ? { tag: "@phone" } : {};
    test(`no axe violations on ${path} (${theme})`, details, async ({ page }) => {
      await checkPage(page, path, theme, false);
    });
  }
}

for (const path of ["/", "/ja/embed/vladivostok"]) {
  test(`no axe violations on ${path} with the live map running`, async ({ page }) => {
    await checkPage(page, path, "light", true);
  });
}

async function checkPage(page: Page, path: string, theme: "light" | "dark", live: boolean) {
  // axe walks every node of a long page (the overview's timeline), with the live map drawing on a
  // software GPU when it runs: 30 s is too tight on this 2-core machine.
  test.setTimeout(60_000);
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(path);
  // An embed's ?theme= decides over the system's preference.
  const expected = /theme=dark/.test(path) ? "dark" : /theme=light/.test(path) ? "light" : theme;
  await expect(page.locator("html")).toHaveAttribute("data-theme", expected);
  if (live) await startLiveMap(page);
  else if (hasMap(path)) await waitForMap(page);
  // Plus axe's rule for label in name (WCAG 2.5.3), which axe ships as experimental and off.
  // Legacy mode runs axe.run in the page itself; the default (runPartial, then finishRun in a
  // blank page of its own) exists for cross-origin iframes, which none of these pages has, and
  // takes 5–10 s a page here against 2 s. Only violations are collected: passes are not read.
  const results = await new AxeBuilder({ page })
    .withTags(TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"], rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n")[1] ?? ""}`),
  }));
  expect(summary, JSON.stringify(summary, null, 2)).toEqual([]);
}

test("with the map focused, arrow keys pan and + and - zoom", async ({ page }) => {
  await page.goto("/centers/moscow");
  await waitForMap(page);
  const camera = async () => {
    await expect(page).toHaveURL(/#map=/);
    const [zoom, lat, lon] = new URL(page.url()).hash.replace("#map=", "").split("/").map(Number);
    return { zoom: zoom ?? 0, lat: lat ?? 0, lon: lon ?? 0 };
  };
  const canvas = page.getByRole("region", {
    name: "Interactive map of the six Japan Centers. Arrow keys pan, + and − zoom.",
  });
  await canvas.focus();
  await expect(canvas).toBeFocused();
  const start = await camera();
  await page.keyboard.press("ArrowRight");
  await expect.poll(async () => (await camera()).lon).toBeGreaterThan(start.lon);
  await page.keyboard.press("ArrowUp");
  await expect.poll(async () => (await camera()).lat).toBeGreaterThan(start.lat);
  const before = (await camera()).zoom;
  await page.keyboard.press("+");
  await expect.poll(async () => (await camera()).zoom).toBeGreaterThan(before);
  const zoomedIn = (await camera()).zoom;
  await page.keyboard.press("-");
  await expect.poll(async () => (await camera()).zoom).toBeLessThan(zoomedIn);
});
