import { test as base, expect, type Locator, type Page } from "@playwright/test";

/** Hosts the app may contact: only itself. */
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
  return LOCAL_HOSTS.has(hostname);
}

/**
 * Every test fails if a page throws an uncaught error, or if any request leaves this machine
 * (the app must make no third-party requests by default).
 */
export const test = base.extend<{ externalRequests: string[]; pageErrors: string[] }>({
  pageErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      context.on("page", (page) => {
        page.on("pageerror", (error) => errors.push(error.message));
        // Anything the Content-Security-Policy blocks is a failure too (docs/security.md), except
        // a refusal to be framed, which is the policy doing its job (tested in embed.spec.ts).
        page.on("console", (message) => {
          const text = message.text();
          if (/Content Security Policy/i.test(text) && !/frame-ancestors/.test(text)) errors.push(text);
        });
      });
      await use(errors);
      expect(errors, "uncaught errors in the page").toEqual([]);
    },
    { auto: true },
  ],
  externalRequests: [
    async ({ context }, use) => {
      const external: string[] = [];
      context.on("request", (request) => {
        if (!isLocal(request.url())) external.push(request.url());
      });
      // Nothing can leave anyway on these machines; abort so a stray request fails fast.
      await context.route(
        (url) => !isLocal(url.toString()),
        (route) => route.abort("blockedbyclient"),
      );
      await use(external);
      expect(external, "requests to hosts other than the app's own").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until the page's map is drawn and listening: the map drawn on the server is on screen and
 * the page has hydrated (<html data-hydrated>). An embed is a facade until the reader touches it
 * (decision 013): here the reader's pointer comes over its map first, which boots it.
 * MapLibre is not running: it starts on the reader's intent (startLiveMap).
 */
export async function waitForMap(page: Page, timeout = 20_000): Promise<void> {
  await expect(serverMap(page)).toBeVisible({ timeout });
  await expect(serverMap(page).locator("[data-explore]")).toBeVisible({ timeout });
  if ((await page.locator('script[type="jcm/defer"]').count()) > 0)
    await serverMap(page).hover({ position: { x: 5, y: 5 } });
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true", { timeout });
}

/** The map drawn on the server for the page shown (the one visible, during a navigation). */
export const serverMap = (page: Page) => page.locator("[data-server-map]").last();

/**
 * Starts the live map as a reader does, with "Explore the map", and waits for MapLibre's first
 * `idle` (data-map-ready="true"), when the live map takes the drawn map's place.
 */
export async function startLiveMap(page: Page, timeout = 30_000): Promise<void> {
  // MapLibre on a software GPU, two browsers at once on two cores: give the test the time it takes.
  const info = base.info();
  info.setTimeout(info.timeout + timeout);
  await waitForMap(page, timeout);
  await serverMap(page).getByRole("button", { name: EXPLORE }).click();
  await expect(page.getByTestId("map")).toHaveAttribute("data-map-ready", "true", { timeout });
}

/** "Explore the map" in the three languages. */
const EXPLORE = /Explore the map|地図を操作する|Исследовать карту/;

/** Share of the live map canvas's pixels close to each colour, from a screenshot of the canvas. */
export function canvasColourShares(page: Page, colours: Record<string, string>): Promise<Record<string, number>> {
  return colourShares(page, page.locator(".maplibregl-canvas"), colours);
}

/** Share of an element's pixels close to each colour, from a screenshot of it. */
export async function colourShares(
  page: Page,
  element: Locator,
  colours: Record<string, string>,
): Promise<Record<string, number>> {
  const png = await element.screenshot();
  return page.evaluate(
    async ({ dataUrl, colours }) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d");
      if (!ctx) throw new Error("no 2d context");
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      const targets = Object.entries(colours).map(([name, hex]) => ({
        name,
        rgb: [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)),
        count: 0,
      }));
      const pixels = data.length / 4;
      for (let i = 0; i < data.length; i += 4) {
        for (const t of targets) {
          const [r = 0, g = 0, b = 0] = t.rgb;
          if (Math.abs((data[i] ?? 0) - r) + Math.abs((data[i + 1] ?? 0) - g) + Math.abs((data[i + 2] ?? 0) - b) < 12)
            t.count++;
        }
      }
      return Object.fromEntries(targets.map((t) => [t.name, t.count / pixels]));
    },
    { dataUrl: `data:image/png;base64,${png.toString("base64")}`, colours },
  );
}
