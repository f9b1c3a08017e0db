import type { Page } from "@playwright/test";
import { SLUGS } from "@/lib/contract";
import { FRAMES } from "../generated/frames";
import { expect, serverMap, startLiveMap, test, waitForMap } from "./lib/fixtures";
import { differingShare } from "./lib/png";

// The instant map (decision 009): every map page paints a map drawn on the server; MapLibre runs
// only when the reader asks for it, and then takes over at the same camera without a visible jump.

/** Files only the live map needs: MapLibre's worker and the basemap it draws. */
const LIVE_MAP_FILES = /\/vendor\/maplibre-gl-worker|\/basemap\/basemap\./;

/** Where the hand-over is measured: the three sizes, and a phone held sideways (a wide, short map). */
const HANDOVER: { width: number; height: number; paths: string[] }[] = [
  { width: 360, height: 740, paths: ["/", "/centers/vladivostok", "/embed/moscow"] },
  { width: 768, height: 1024, paths: ["/embed/moscow"] },
  { width: 1280, height: 800, paths: ["/"] },
  { width: 740, height: 360, paths: ["/"] },
];

test.describe("before the reader asks", () => {
  for (const path of ["/", "/embed/vladivostok", "/ru/centers/moscow?asof=2001-06-30"]) {
    // On the phone project too, for the overview (a phone's first view).
    const details = path === "/" ? { tag: "@phone" } : {};
    test(`${path}: a drawn map, and no MapLibre, however long the page stays`, details, async ({ page }) => {
      const requested: string[] = [];
      page.on("request", (r) => requested.push(r.url()));
      // "However long": Playwright's clock runs a minute of the page's timers at once.
      await page.clock.install();
      await page.goto(path);
      await waitForMap(page);
      await expect(serverMap(page).locator("[data-marker]")).toHaveCount(SLUGS.length);
      // Idle time, a scroll, a resize: none of them is a reason to start it.
      await page.clock.runFor(60_000);
      await page.evaluate(() => window.scrollBy(0, 300));
      await page.setViewportSize({ width: 1000, height: 700 });
      await page.clock.runFor(10_000);
      await expect(page.getByTestId("map")).toHaveAttribute("data-map-status", "idle");
      await expect(page.locator(".maplibregl-map")).toHaveCount(0);
      expect(requested.filter((u) => LIVE_MAP_FILES.test(u))).toEqual([]);
    });
  }

  test("a pointer hovering the map fetches the live map's files but runs nothing", async ({ page }) => {
    const finished: string[] = [];
    page.on("requestfinished", (r) => finished.push(r.url()));
    await page.clock.install();
    await page.goto("/");
    await waitForMap(page);
    await serverMap(page).hover({ position: { x: 200, y: 200 } });
    // Both files are in; then ten seconds of the page's timers: still nothing runs.
    await expect.poll(() => finished.filter((u) => LIVE_MAP_FILES.test(u)).length).toBe(2);
    await page.clock.runFor(10_000);
    await expect(page.getByTestId("map")).toHaveAttribute("data-map-status", "idle");
    await expect(page.locator(".maplibregl-map")).toHaveCount(0);
  });

  test("a marker opens its panel without MapLibre, with client-side navigation", { tag: "@phone" }, async ({
    page,
  }) => {
    await page.goto("/");
    await waitForMap(page);
    await page.evaluate(() => {
      (window as unknown as { __same: boolean }).__same = true;
    });
    await serverMap(page)
      .getByRole("link", { name: /^Khabarovsk:/ })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Khabarovsk" })).toBeVisible();
    await expect(page).toHaveURL(/\/centers\/khabarovsk$/);
    expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true);
    await expect(page.locator(".maplibregl-map")).toHaveCount(0);
  });
});

/** The camera in the address (`#map=zoom/lat/lon`), written by MapLibre. */
async function camera(page: Page) {
  await expect(page).toHaveURL(/#map=/);
  const [zoom = 0, lat = 0, lon = 0] = new URL(page.url()).hash.replace("#map=", "").split("/").map(Number);
  return { zoom, lat, lon };
}

/** The zoom at which the overview's frame fits the map's box (lib/map-frame.ts fit, 20 px padding). */
async function fittedZoom(page: Page): Promise<number> {
  const box = await serverMap(page).boundingBox();
  if (!box) throw new Error("no map box");
  const { frame } = FRAMES.overview;
  return Math.log2(Math.min((box.width - 40) / (frame.x1 - frame.x0), (box.height - 40) / (frame.y1 - frame.y0)));
}

/** Each visible marker's centre (its mark's), on the map shown. */
const markerCentres = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, [number, number]> = {};
    for (const el of document.querySelectorAll<HTMLElement>("[data-marker]")) {
      if (getComputedStyle(el).visibility === "hidden" || el.closest(".invisible")) continue;
      // The mark of the state shown (the drawn map carries one per period: decision 012).
      const mark = [...el.querySelectorAll(".jcm-mark")]
        .find((m) => m.getClientRects().length > 0)
        ?.getBoundingClientRect();
      if (mark && el.dataset.marker) out[el.dataset.marker] = [mark.x + mark.width / 2, mark.y + mark.height / 2];
    }
    return out;
  });

test.describe("the reader's intent starts the live map", () => {
  test("a drag on the drawn map starts it, and the drag is kept", async ({ page }) => {
    await page.goto("/centers/moscow");
    await waitForMap(page);
    const before = await markerCentres(page);
    const box = await serverMap(page).boundingBox();
    if (!box) throw new Error("no map box");
    const x = box.x + box.width / 2 + 40;
    const y = box.y + box.height / 2 + 60;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 60, y - 30, { steps: 5 });
    await page.mouse.up();
    await expect(page.getByTestId("map")).toHaveAttribute("data-map-ready", "true", { timeout: 30_000 });
    // The live map shows the dragged view: each marker 60 px left and 30 px up of where it was.
    await expect
      .poll(async () => {
        const after = await markerCentres(page);
        const [bx = 0, by = 0] = before.moscow ?? [];
        const [ax = 0, ay = 0] = after.moscow ?? [];
        return Math.round(Math.hypot(ax - (bx - 60), ay - (by - 30)));
      })
      .toBeLessThanOrEqual(2);
  });

  test("the drawn map's + button starts it one zoom level in, with focus on its + button", { tag: "@phone" }, async ({
    page,
  }) => {
    await page.goto("/");
    await waitForMap(page);
    const fitted = await fittedZoom(page);
    await serverMap(page).getByRole("button", { name: "Zoom in" }).click();
    await expect(page.getByTestId("map")).toHaveAttribute("data-map-ready", "true", { timeout: 30_000 });
    await expect.poll(async () => (await camera(page)).zoom).toBeCloseTo(fitted + 1, 1);
    await expect(page.locator(".maplibregl-ctrl-zoom-in")).toBeFocused();
  });

  test("a wheel over the drawn map starts it, zoomed in", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    const fitted = await fittedZoom(page);
    await serverMap(page).hover({ position: { x: 300, y: 300 } });
    await page.mouse.wheel(0, -200);
    await expect(page.getByTestId("map")).toHaveAttribute("data-map-ready", "true", { timeout: 30_000 });
    // MapLibre's wheel rate: 200 px is log2(2 / (1 + e^−2)) ≈ 0.82 of a zoom level.
    await expect.poll(async () => (await camera(page)).zoom).toBeCloseTo(fitted + Math.log2(2 / (1 + Math.exp(-2))), 1);
  });

  test("an address with a camera (#map=) starts it at once, at that camera", async ({ page }) => {
    await page.goto("/centers/moscow#map=5/55.75/37.62");
    await expect(page.getByTestId("map")).toHaveAttribute("data-map-ready", "true", { timeout: 30_000 });
    const { zoom, lat, lon } = await camera(page);
    expect(zoom).toBeCloseTo(5, 1);
    expect(lat).toBeCloseTo(55.75, 1);
    expect(lon).toBeCloseTo(37.62, 1);
  });
});

/** Hides what is not the basemap (markers, controls, notes), to compare the two maps' backgrounds. */
const HIDE_ALL_BUT_BASEMAP =
  ".jcm-marker, [data-map-control], [data-map-note], .maplibregl-control-container { visibility: hidden !important; }";

test.describe("the hand-over", () => {
  for (const { paths, ...viewport } of HANDOVER) {
    for (const path of paths) {
      test(`${path} at ${viewport.width}×${viewport.height}: markers stay put and the basemap does not jump`, async ({
        page,
      }, testInfo) => {
        test.setTimeout(60_000);
        await page.setViewportSize(viewport);
        await page.goto(path);
        await waitForMap(page);
        const region = await serverMap(page).boundingBox();
        if (!region) throw new Error("no map box");
        const before = await markerCentres(page);
        const style = await page.addStyleTag({ content: HIDE_ALL_BUT_BASEMAP });
        const drawn = await page.screenshot({ clip: region });
        await style.evaluate((el) => (el as Element).remove());

        await startLiveMap(page);
        const after = await markerCentres(page);
        expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
        const moved = Object.fromEntries(
          Object.entries(before).map(([slug, [x, y]]) => {
            const [ax = 0, ay = 0] = after[slug] ?? [];
            return [slug, Math.round(Math.hypot(ax - x, ay - y) * 10) / 10];
          }),
        );
        for (const [slug, distance] of Object.entries(moved)) expect(distance, `${slug} moved`).toBeLessThanOrEqual(2);

        await page.addStyleTag({ content: HIDE_ALL_BUT_BASEMAP });
        const live = await page.screenshot({ clip: region });
        const share = differingShare(drawn, live);
        testInfo.annotations.push({ type: "differing pixels", description: `${(share * 100).toFixed(2)} %` });
        expect(share).toBeLessThanOrEqual(0.05);
      });
    }
  }
});

/** Every visible marker's mark and label boxes in the map's box. */
const markBoxes = (page: Page, which: "drawn" | "live") =>
  page.evaluate((which) => {
    const root =
      which === "live"
        ? document.querySelector("[data-testid='map']")
        : [...document.querySelectorAll("[data-server-map]")].at(-1);
    const map = root?.getBoundingClientRect();
    const out: { slug: string; kind: "mark" | "label"; x: number; y: number; w: number; h: number }[] = [];
    if (!root || !map) return out;
    for (const el of root.querySelectorAll<HTMLElement>("[data-marker]")) {
      for (const kind of ["mark", "label"] as const) {
        const b = [...el.querySelectorAll(`.jcm-${kind}`)]
          .find((m) => m.getClientRects().length > 0)
          ?.getBoundingClientRect();
        // Only what is inside the map's box (a centre's frame leaves far markers out).
        if (b && b.right > map.left && b.left < map.right && b.bottom > map.top && b.top < map.bottom) {
          out.push({ slug: el.dataset.marker ?? "", kind, x: b.x, y: b.y, w: b.width, h: b.height });
        }
      }
    }
    return out;
  }, which);

function overlaps(boxes: Awaited<ReturnType<typeof markBoxes>>): string[] {
  const out: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (a.slug === b.slug) continue;
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) {
        out.push(`${a.slug} ${a.kind} × ${b.slug} ${b.kind}`);
      }
    }
  });
  return out;
}

const live = (path: string) => path === "/" || path === "/ru";

test.describe("a legible first view on a 360 px phone", () => {
  for (const path of ["/", "/ja", "/ru", "/centers/moscow", "/centers/vladivostok", "/embed"]) {
    test(`${path}: no marker covers another, no label a marker or a label (drawn${live(path) ? " and live" : ""})`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      await waitForMap(page);
      const drawn = await markBoxes(page, "drawn");
      expect(drawn.filter((b) => b.kind === "mark").length).toBeGreaterThan(path === "/" ? 5 : 0);
      expect(overlaps(drawn)).toEqual([]);
      // The overview frames the six, not the world: they spread over most of the map's width.
      if (path === "/" || path === "/ja" || path === "/ru") {
        const xs = drawn.filter((b) => b.kind === "mark").map((b) => b.x);
        expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(360 * 0.7);
      }
      // The live map places its labels by the same table (lib/map-labels.ts): checked on the
      // overviews in two scripts, where labels are crowded and their widths differ most.
      if (live(path)) {
        await startLiveMap(page);
        const live = await markBoxes(page, "live");
        expect(live.length).toBe(drawn.length);
        expect(overlaps(live)).toEqual([]);
      }
    });
  }
});
