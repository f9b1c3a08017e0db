import type { Page } from "@playwright/test";
import { contract, type Locale } from "../lib/contract";
import { expect, startLiveMap, test, waitForMap } from "./lib/fixtures";

// Issue 25: no label is ever cut or covered — by its own box, the map's edge, a control, the
// map's caption or another label — at 360, 390, 768 and 1280 px, in three languages, on the map
// drawn on the server and on the live map. One page load per view and language: the drawn map
// places its labels by container queries, so resizing the viewport is what a reader on another
// screen gets; the live map places them again on each resize.

/** The widths the issue names, each with a screen height that goes with it (the map's box follows both). */
const SIZES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
] as const;

/**
 * Every problem with the labels on screen, as readable strings (empty when there is none). A label
 * wholly outside the map's box is not on screen and is skipped; one partly outside is cut.
 */
function labelProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const live = document.documentElement.dataset.liveMap === "ready";
    const maps = [...document.querySelectorAll(live ? ".maplibregl-map" : "[data-server-map]")];
    const root = maps[maps.length - 1];
    if (!root) return [`no ${live ? "live" : "drawn"} map`];
    // The map's region: the box the reader sees the map in, with its controls.
    const region = root.closest("section") ?? root;
    const box = root.getBoundingClientRect();
    const rect = (el: Element) => el.getBoundingClientRect();
    const visible = (r: DOMRect) => r.width > 0 && r.height > 0;
    const meets = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const inside = (r: DOMRect) =>
      r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
    const outside = (r: DOMRect) =>
      r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom;
    const markers = [...root.querySelectorAll<HTMLElement>("[data-marker]")];
    const labels = markers
      .map((m) => ({ slug: m.dataset.marker ?? "?", el: m.querySelector<HTMLElement>(".jcm-label") }))
      .filter(
        (l): l is { slug: string; el: HTMLElement } => l.el !== null && getComputedStyle(l.el).visibility !== "hidden",
      )
      .map((l) => ({ ...l, r: rect(l.el) }))
      .filter((l) => visible(l.r) && !outside(l.r));
    const marks = markers
      .map((m) => ({
        slug: m.dataset.marker ?? "?",
        r: rect([...m.querySelectorAll(".jcm-mark")].find((k) => k.getClientRects().length > 0) ?? m),
      }))
      .filter((m) => visible(m.r));
    const controls = [
      ...region.querySelectorAll<HTMLElement>("[data-map-control] > *, [data-map-control], .maplibregl-ctrl"),
    ]
      .filter((c) => !c.querySelector("[data-map-control]") && getComputedStyle(c).visibility !== "hidden")
      .map((c) => ({ name: c.getAttribute("aria-label") ?? c.className.toString().slice(0, 30), r: rect(c) }))
      .filter((c) => visible(c.r));
    const problems: string[] = [];
    for (const [i, l] of labels.entries()) {
      const text = l.el.textContent ?? "";
      if (l.el.scrollWidth > l.el.clientWidth + 0.5)
        problems.push(`«${text}» overflows its box (${l.el.scrollWidth} > ${l.el.clientWidth})`);
      if (!inside(l.r)) problems.push(`«${text}» is cut by the map's edge`);
      for (const c of controls) if (meets(l.r, c.r)) problems.push(`«${text}» meets the control ${c.name}`);
      for (const o of labels.slice(i + 1)) if (meets(l.r, o.r)) problems.push(`«${text}» meets «${o.el.textContent}»`);
      for (const m of marks)
        if (m.slug !== l.slug && meets(l.r, m.r)) problems.push(`«${text}» covers the marker of ${m.slug}`);
    }
    return problems;
  });
}

/** The map's pages: the overview and the six centres, on the site or in the embed. */
const views = (locale: Locale, embedded = false) => [
  contract.href(contract.view({ locale, page: "overview", embedded })),
  ...contract.slugs.map((slug) => contract.href(contract.view({ locale, page: "centre", slug, embedded }))),
];

async function problemsAtEveryWidth(page: Page, path: string, settle: () => Promise<void>) {
  const found: string[] = [];
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await settle();
    for (const p of await labelProblems(page)) found.push(`${path} at ${size.width}×${size.height}: ${p}`);
  }
  return found;
}

for (const locale of contract.locales) {
  for (const embedded of [false, true]) {
    test(`${locale}: no label on the drawn map ${embedded ? "in the embed" : "on the site"} is cut, overflows or meets anything, at 360–1280 px`, async ({
      page,
    }) => {
      test.slow(); // seven pages, four widths each
      const found: string[] = [];
      for (const path of views(locale, embedded)) {
        await page.setViewportSize(SIZES[0]);
        await page.goto(path);
        await waitForMap(page);
        await page.evaluate(() => document.fonts.ready);
        found.push(...(await problemsAtEveryWidth(page, path, async () => {})));
      }
      expect(found).toEqual([]);
    });
  }

  test(`${locale}: no label on the live map is cut, overflows or meets anything, at 360–1280 px`, async ({ page }) => {
    test.slow(); // seven live maps, four widths each
    const found: string[] = [];
    for (const path of views(locale)) {
      await page.setViewportSize(SIZES[0]);
      await page.goto(path);
      await startLiveMap(page);
      found.push(
        ...(await problemsAtEveryWidth(page, path, async () => {
          // MapLibre follows the box's size on its next frames (its ResizeObserver); the labels
          // keep the zoom's placements, and its markers move with the map.
          await page.waitForFunction(() => {
            const map = document.querySelector<HTMLElement>(".maplibregl-map");
            const canvas = map?.querySelector<HTMLCanvasElement>(".maplibregl-canvas");
            return !!map && !!canvas && Math.abs(canvas.clientWidth - map.clientWidth) < 1;
          });
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        })),
      );
    }
    expect(found).toEqual([]);
  });
}

test("no two marker targets overlap, and each is at least 24 × 24, at 360 px and wider", { tag: "@phone" }, async ({
  page,
}) => {
  test.slow(); // seven pages, four widths each
  const found: string[] = [];
  for (const path of views("en")) {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    await waitForMap(page);
    for (const { width } of SIZES) {
      await page.setViewportSize({ width, height: 740 });
      const targets = await page.locator("[data-server-map] [data-marker]").evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { slug: (el as HTMLElement).dataset.marker ?? "?", x: r.x, y: r.y, w: r.width, h: r.height };
        }),
      );
      for (const [i, a] of targets.entries()) {
        if (a.w < 24 || a.h < 24) found.push(`${path} at ${width}: ${a.slug}'s target is ${a.w} × ${a.h}`);
        for (const b of targets.slice(i + 1))
          if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
            found.push(`${path} at ${width}: the targets of ${a.slug} and ${b.slug} overlap`);
      }
    }
  }
  expect(found).toEqual([]);
});
