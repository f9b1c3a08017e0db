import AxeBuilder from "@axe-core/playwright";
import { expect, test, waitForMap } from "./lib/fixtures";

// WCAG 2.0/2.1/2.2 A and AA rules. No rule is disabled.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const PAGES = [
  "/",
  "/centers/vladivostok",
  "/centers/moscow",
  "/?asof=1997-01-01",
  "/embed/vladivostok",
  "/embed?theme=dark",
  "/sources",
  "/about",
  "/centers/tokyo",
];

for (const path of PAGES) {
  test(`no axe violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    if (!path.includes("tokyo") && !path.startsWith("/sources") && !path.startsWith("/about")) await waitForMap(page);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n")[1] ?? ""}`),
    }));
    expect(summary, JSON.stringify(summary, null, 2)).toEqual([]);
  });
}
