import { join } from "node:path";
import type { FrameLocator, Page, Request } from "@playwright/test";
import { expect, serverMap, test } from "./lib/fixtures";
import { received, startHost } from "./lib/host";
import { differingShare, pngSize } from "./lib/png";
import { serveStatic } from "./lib/static-server";

// An embed is a facade until the reader touches it (decision 013): in a newsroom's page, it loads
// without the framework's scripts, answers the host, and boots on the first interaction or on the
// host's request, with nothing lost or changed on the way.

const typesReceived = async (page: Page) =>
  (await received(page)).map((m) => (m.data as { type?: string })?.type ?? String(m.data));

/** Scripts the embed has fetched: the framework's chunks are under /_next/. */
function frameworkScripts(page: Page): Request[] {
  const seen: Request[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script" && new URL(r.url()).pathname.startsWith("/_next/")) seen.push(r);
  });
  return seen;
}

const hydrated = (frame: FrameLocator) => frame.locator("html[data-hydrated='true']");

test.describe("an embed is a facade until touched", () => {
  let host: Awaited<ReturnType<typeof startHost>>;
  test.beforeEach(async ({ baseURL }) => {
    host = await startHost(baseURL ?? "");
  });
  test.afterEach(async () => {
    await host.close();
  });

  test("on load: no framework script, yet sized, ready, and looking as it will once booted", async ({ page }) => {
    const scripts = frameworkScripts(page);
    await page.goto(`${host.origin}/article.html?src=/embed/vladivostok`);
    const frame = page.frameLocator("iframe");
    // The facade's signals: the height, then jcm:ready once the document is parsed.
    await expect.poll(() => typesReceived(page)).toContain("jcm:ready");
    expect(await typesReceived(page)).toContain("embed-size");
    await page.waitForLoadState("networkidle");
    // The page is complete and quiet: nothing of the application ran or was fetched.
    expect(scripts.map((r) => r.url())).toEqual([]);
    await expect(frame.locator("html")).not.toHaveAttribute("data-hydrated", "true");
    await expect(frame.getByRole("heading", { level: 1, name: "Vladivostok" })).toBeVisible();
    await expect(frame.locator("[data-server-map] [data-explore]")).toBeVisible();

    // The host asks for the application: it boots, and the embed looks exactly as before (once
    // embed.js has given the iframe the embed's height).
    const iframe = page.locator("iframe");
    const contentHeight = () =>
      iframe
        .contentFrame()
        .locator("html")
        .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    await expect.poll(async () => Math.round((await iframe.boundingBox())?.height ?? 0)).toBe(await contentHeight());
    const before = await iframe.screenshot();
    await page.evaluate(() =>
      document.querySelector("iframe")?.contentWindow?.postMessage({ type: "jcm:upgrade" }, "*"),
    );
    await expect(hydrated(frame)).toHaveCount(1, { timeout: 20_000 });
    expect(scripts.length).toBeGreaterThan(0);
    await page.waitForLoadState("networkidle");
    const after = await iframe.screenshot();
    // Not one pixel visibly different (the basemap's lines, drawn again, differ by 1–3 at most).
    expect(pngSize(after)).toEqual(pngSize(before));
    expect(differingShare(before, after, 0.02), "share of pixels that changed when the embed booted").toBe(0);
  });

  test("the reader's first click on a marker opens its panel, with the embed's options", async ({ page }) => {
    await page.goto(`${host.origin}/article.html?src=/embed?theme=dark`);
    const frame = page.frameLocator("iframe");
    await expect.poll(() => typesReceived(page)).toContain("jcm:ready");
    await expect(frame.locator("html")).not.toHaveAttribute("data-hydrated", "true");
    // A tap: no pointer comes over the embed first, so the click itself boots it.
    await frame.locator("[data-server-map] [data-marker='moscow']").dispatchEvent("click");
    await expect(frame.getByRole("heading", { level: 1, name: "Moscow" })).toBeVisible({ timeout: 20_000 });
    const url = new URL(page.frames()[1]?.url() ?? "");
    expect(url.pathname).toBe("/embed/moscow");
    expect(url.searchParams.get("theme")).toBe("dark");
    await expect
      .poll(() => received(page))
      .toContainEqual(expect.objectContaining({ data: { type: "jcm:selected", slug: "moscow" } }));
  });

  test("the host's jcm:select works before and after the embed boots", async ({ page }) => {
    await page.goto(`${host.origin}/article.html?src=/ja/embed`);
    const frame = page.frameLocator("iframe");
    await expect.poll(() => typesReceived(page)).toContain("jcm:ready");
    await expect(frame.locator("html")).not.toHaveAttribute("data-hydrated", "true");
    const select = (slug: string | null) =>
      page.evaluate(
        (slug) => document.querySelector("iframe")?.contentWindow?.postMessage({ type: "jcm:select", slug }, "*"),
        slug,
      );
    await select("khabarovsk");
    await expect(frame.locator("[data-answer='khabarovsk'] h1")).toBeVisible({ timeout: 20_000 });
    await expect(hydrated(frame)).toHaveCount(1);
    await select(null);
    await expect(frame.locator("[data-answer]")).toHaveCount(0);
    await select("moscow");
    await expect(frame.locator("[data-answer='moscow'] h1")).toBeVisible();
    expect(new URL(page.frames()[1]?.url() ?? "").pathname).toBe("/ja/embed/moscow");
  });

  test("a pointer over the embed boots it before the click it leads to", async ({ page }) => {
    await page.goto(`${host.origin}/article.html?src=/embed/vladivostok`);
    const frame = page.frameLocator("iframe");
    await expect.poll(() => typesReceived(page)).toContain("jcm:ready");
    await expect(frame.locator("html")).not.toHaveAttribute("data-hydrated", "true");
    await frame.locator("main").hover({ position: { x: 10, y: 10 } });
    await expect(hydrated(frame)).toHaveCount(1, { timeout: 20_000 });
    // Once booted, the embed is the application: the date control answers the keyboard.
    const slider = frame.getByRole("slider");
    await slider.focus();
    await slider.press("Home");
    await expect(frame.locator("html")).toHaveAttribute("data-asof", /^1994-/);
  });
});

test("a site page holds a click on the map's controls until it has hydrated", async ({ page }) => {
  // The site's scripts are slowed: the click comes before hydration and is replayed after it.
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await new Promise((r) => setTimeout(r, 1_500));
    await route.continue();
  });
  await page.goto("/centers/moscow", { waitUntil: "commit" });
  await serverMap(page).locator("[data-explore]").click();
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true", { timeout: 20_000 });
  await expect(page.getByTestId("map")).toBeAttached({ timeout: 20_000 });
});

test("on a static host the export's embed is the same facade, and boots under its policy", async ({ page }) => {
  const site = await serveStatic(join(import.meta.dirname, "..", "out"));
  const host = await startHost(site.origin);
  try {
    const scripts = frameworkScripts(page);
    await page.goto(`${host.origin}/article.html?src=/ru/embed?theme=dark`);
    const frame = page.frameLocator("iframe");
    await expect.poll(() => typesReceived(page)).toContain("jcm:ready");
    await page.waitForLoadState("networkidle");
    expect(scripts).toEqual([]);
    // The first click boots it: the inline payload runs by the hashes in the export's _headers
    // (a refusal would fail this test through the fixture that watches the console).
    await frame.locator("[data-server-map] [data-marker='nizhny-novgorod']").dispatchEvent("click");
    // (A static host has no React Server Components answers: the app then loads the view as a page.)
    await expect(frame.locator("[data-answer='nizhny-novgorod'] h1")).toBeVisible({ timeout: 20_000 });
    const url = new URL(page.frames()[1]?.url() ?? "");
    expect(url.pathname).toBe("/ru/embed/nizhny-novgorod");
    expect(url.searchParams.get("theme")).toBe("dark");
  } finally {
    await host.close();
    await site.close();
  }
});
