import { SLUGS } from "@/lib/contract";
import { expect, serverMap, test, waitForMap } from "./lib/fixtures";

test.describe("without WebGL", () => {
  test.beforeEach(async ({ page }) => {
    // As in a browser with WebGL disabled: no WebGL context at all.
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (/webgl/i.test(type)) return null;
        return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof HTMLCanvasElement.prototype.getContext;
    });
  });

  test("the drawn map stays, with a notice, and its markers still lead to the centres", { tag: "@phone" }, async ({
    page,
  }) => {
    await page.goto("/?asof=2025-06-01");
    await waitForMap(page);
    // Asked for, the live map cannot start: the map drawn on the server stays the map.
    await serverMap(page).getByRole("button", { name: "Explore the map" }).click();
    await expect(page.getByTestId("map")).toHaveAttribute("data-map-status", "error");
    await expect(
      page.getByRole("status").filter({ hasText: "cannot start in this browser (it needs WebGL)" }),
    ).toBeVisible();
    await expect(serverMap(page)).toBeVisible();
    const fallback = page.getByRole("navigation", { name: "Centres on the map" });
    await expect(fallback.getByRole("link")).toHaveCount(SLUGS.length);
    await expect(page.locator(".maplibregl-canvas")).toHaveCount(0);
    await fallback.getByRole("link", { name: "Vladivostok: Memoranda no longer applied" }).click();
    await expect(page).toHaveURL(/\/centers\/vladivostok\?asof=2025-06-01(#map=[^#]*)?$/);
    await expect(page.getByRole("heading", { level: 1, name: "Vladivostok" })).toBeVisible();
    // The rest of the page works as before.
    await page.getByRole("link", { name: "Close and return to the overview (Esc)" }).click();
    await expect(page.getByRole("list", { name: "The six Japan Centers" }).getByRole("link")).toHaveCount(SLUGS.length);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an unknown centre is a complete 404 page with links to the six", async ({ page }) => {
    const response = await page.goto("/centers/tokyo");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("There is no such page");
    await expect(page.getByRole("list", { name: "The six Japan Centers" }).getByRole("link")).toHaveCount(SLUGS.length);
  });

  test("the overview shows a static map whose markers are links", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/");
    const fallback = page.getByRole("navigation", { name: "Centres on the map" });
    await expect(fallback.getByRole("link")).toHaveCount(SLUGS.length);
    await expect(fallback.getByRole("link", { name: /^Moscow:/ })).toBeVisible();
    await expect(
      fallback.getByRole("link", { name: /^Moscow: Closure announced, closing date unknown$/ }),
    ).toHaveAttribute("href", "/centers/moscow");
    await fallback.getByRole("link", { name: /^Moscow:/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Moscow" })).toBeVisible();
  });
});
