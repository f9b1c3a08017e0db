import type { Page } from "@playwright/test";
import { contract } from "../lib/contract";
import { initialEmbedHeight } from "../lib/embed";
import { expect, test } from "./lib/fixtures";

// Issue 25: a journalist's link to one city answers in the first screen. On every centre page, in
// three languages, at two phone sizes and a desktop, and in every centre embed at its default
// height, the centre's name, its status badge on the date shown, its opening date and the closure
// line end inside the viewport without scrolling.

const SIZES = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;

/** Where the answer's parts end, in CSS pixels from the top of the viewport. */
async function answerBottoms(page: Page) {
  const panel = page.locator("#panel, [data-embed-panel]").first();
  const bottom = async (selector: string) => {
    const box = await panel.locator(selector).first().boundingBox();
    expect(box, selector).not.toBeNull();
    return Math.ceil((box?.y ?? 0) + (box?.height ?? 0));
  };
  return {
    name: await bottom("h1"),
    badge: await bottom("[data-testid='panel-status'] [data-status]"),
    opened: await bottom("[data-fact='answer-opened']"),
    closure: await bottom("[data-fact='answer-closure']"),
  };
}

for (const size of SIZES) {
  for (const locale of contract.locales) {
    test(`every centre page in ${locale} at ${size.width}×${size.height}: name, status, opening and closure in the first screen`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      for (const slug of contract.slugs) {
        const path = contract.href(contract.view({ locale, page: "centre", slug }));
        await page.goto(path);
        const ends = await answerBottoms(page);
        for (const [part, y] of Object.entries(ends)) expect(y, `${path}: ${part}`).toBeLessThanOrEqual(size.height);
        // The answer reads as the answer: the opening and closure lines say what they are.
        await expect(page.locator("[data-fact='answer-opened'] time")).toHaveAttribute("datetime", /^\d{4}/);
        await expect(page.locator("[data-fact='answer-closure'] time")).toHaveAttribute("datetime", "2025-09-10");
      }
    });
  }
}

test("on a dated link too, the answer is in the first screen of a phone: status on that date", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/ru/centers/moscow?asof=1999-06-01");
  await expect(page.locator("[data-testid='panel-status'] [data-status]")).toHaveAttribute(
    "data-status",
    "earlier-or-disputed",
  );
  for (const [part, y] of Object.entries(await answerBottoms(page))) expect(y, part).toBeLessThanOrEqual(740);
});

for (const locale of contract.locales) {
  test(`every centre embed in ${locale} at its default height (390 px wide): the answer in the frame`, async ({
    page,
  }) => {
    for (const slug of contract.slugs) {
      const view = contract.view({ locale, page: "centre", slug, embedded: true });
      const height = initialEmbedHeight(view);
      await page.setViewportSize({ width: 390, height });
      const path = contract.href(view);
      await page.goto(path);
      for (const [part, y] of Object.entries(await answerBottoms(page))) {
        expect(y, `${path}: ${part}`).toBeLessThanOrEqual(height);
      }
    }
  });
}

test("the legend is a one-line key; its sourced explanations are one tap away", async ({ page }) => {
  await page.goto("/centers/moscow");
  const legend = page.getByTestId("legend");
  await expect(legend.getByTestId("legend-key")).toBeVisible();
  const explanation = legend.locator("[data-legend='earlier-or-disputed']");
  await expect(explanation).toBeHidden();
  await legend.locator("summary").click();
  await expect(explanation).toBeVisible();
  await expect(explanation.locator("a[href^='/sources#source-']").first()).toBeVisible();
});

test("keyboard order: the answer, then the date control, then the details", async ({ page }) => {
  await page.goto("/centers/moscow");
  const order = await page.evaluate(() => {
    const panel = document.querySelector("#panel");
    const parts = ["[data-testid='answer']", "[data-testid='panel-controls']", "#opened-title"];
    const nodes = parts.map((s) => panel?.querySelector(s));
    return nodes.map((n, i) =>
      i === 0 || !n || !nodes[i - 1] ? 0 : (nodes[i - 1] as Node).compareDocumentPosition(n as Node),
    );
  });
  // Each part follows the one before it in the document, which is the reading and tab order.
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  expect(order.slice(1).every((p) => (p & FOLLOWING) !== 0)).toBe(true);
});
