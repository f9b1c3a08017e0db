import type { Page } from "@playwright/test";
import { contract } from "../lib/contract";
import { expect, test } from "./lib/fixtures";

// Issue 25: a journalist's link to one city answers in the first screen. On every centre page and
// every centre embed, in three languages, the centre's name, its status badge on the date shown,
// its opening line and its closure line end inside the first screen without scrolling: the site
// on two phones and a desktop, the embed at its snippet's first height (640 px) on both phones
// and a desktop. The answer comes before the date control and the legend (decision 011).

const SITE = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;
const EMBED = [
  { width: 390, height: 640 },
  { width: 360, height: 640 },
  { width: 1280, height: 640 },
] as const;

/** Where the answer's parts end, in CSS pixels from the top of the viewport, and where the panel's visible part ends. */
async function answerBottoms(page: Page) {
  const panel = page.locator("#panel, [data-embed-panel]").first();
  const bottom = async (selector: string) => {
    const box = await panel.locator(selector).first().boundingBox();
    expect(box, selector).not.toBeNull();
    return Math.ceil((box?.y ?? 0) + (box?.height ?? 0));
  };
  const panelBox = await panel.boundingBox();
  return {
    ends: {
      name: await bottom("h1"),
      badge: await bottom("[data-testid='panel-status'] [data-status]:visible"),
      opened: await bottom("[data-fact='answer-opened']"),
      closure: await bottom("[data-fact='answer-closure']"),
    },
    // The embed's panel scrolls inside its own box: the answer must be in its visible part too.
    panelEnd: Math.floor((panelBox?.y ?? 0) + (panelBox?.height ?? 0)),
  };
}

for (const [kind, sizes] of [
  ["site", SITE],
  ["embed", EMBED],
] as const) {
  for (const locale of contract.locales) {
    test(`every centre ${kind === "site" ? "page" : "embed"} in ${locale}: name, status, opening and closure in the first screen at ${sizes.map((s) => `${s.width}×${s.height}`).join(", ")}`, async ({
      page,
    }) => {
      test.slow(); // six pages, three sizes each
      for (const slug of contract.slugs) {
        const path = contract.href(contract.view({ locale, page: "centre", slug, embedded: kind === "embed" }));
        // One load per page; each size is the same HTML laid out again, as on another screen.
        await page.setViewportSize(sizes[0]);
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        for (const size of sizes) {
          await page.setViewportSize(size);
          const { ends, panelEnd } = await answerBottoms(page);
          const limit = Math.min(size.height, panelEnd);
          for (const [part, y] of Object.entries(ends))
            expect(y, `${path} at ${size.width}×${size.height}: ${part}`).toBeLessThanOrEqual(limit);
        }
        // The answer reads as the answer: the opening and closure lines say what they are.
        await expect(page.locator("[data-fact='answer-opened'] time")).toHaveAttribute("datetime", /^\d{4}/);
        await expect(page.locator("[data-fact='answer-closure'] time")).toHaveAttribute("datetime", "2025-09-10");
      }
    });
  }
}

test("the answer comes first in the page's order (what a screen reader reads and Tab follows): name, closure line, date control, details", async ({
  page,
}) => {
  await page.goto("/centers/moscow");
  const order = await page.evaluate(() => {
    const at = (sel: string) => document.querySelector(sel);
    const parts = ["#panel h1", "[data-fact='answer-closure']", "[data-testid='asof-control']", "#opened-title"].map(
      at,
    );
    return parts.slice(1).map((el, i) => {
      const prev = parts[i];
      return !!el && !!prev && (prev.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
  });
  expect(order).toEqual([true, true, true]);
});

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
