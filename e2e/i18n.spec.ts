import { SLUGS } from "@/lib/contract";
import { DARK_COLORS } from "../lib/map-style";
import { laterMark, notice, statusShown } from "./lib/dates";
import { colourShares, expect, serverMap, startLiveMap, test, waitForMap } from "./lib/fixtures";
import { linkNamed, served } from "./lib/served";

/** The camera part of the URL (`#map=zoom/lat/lon`), once MapLibre has written it. */
async function cameraHash(page: import("@playwright/test").Page): Promise<string> {
  await expect(page).toHaveURL(/#map=[\d.]+\/-?[\d.]+\/-?[\d.]+$/);
  return new URL(page.url()).hash;
}

test.describe("Japanese and Russian pages", () => {
  test("the Russian overview is in Russian, with its language, alternates and dates", async ({ page }) => {
    await page.goto("/ru");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Японские центры в России");
    await expect(page).toHaveTitle(
      /^Японские центры в России: с 1994 г. до объявления о закрытии в 2025 г. · Карта японских центров$/,
    );
    await expect(page.getByTestId("story")).toContainText("15 января 2025 г.");
    await expect(page.getByRole("list", { name: "Шесть японских центров" }).getByRole("link")).toHaveCount(
      SLUGS.length,
    );
    for (const [lang, path] of [
      ["en", "/"],
      ["ja", "/ja"],
      ["ru", "/ru"],
      ["x-default", "/"],
    ]) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
        "href",
        new RegExp(`^https?://[^/]+${path === "/" ? "/?" : path}$`),
      );
    }
    await waitForMap(page);
    await expect(page.getByRole("link", { name: "Москва: Объявлено о закрытии" })).toBeVisible();
  });

  test("a Japanese centre page shows its timeline, statuses and event summaries in Japanese", async ({ page }) => {
    await page.goto("/ja/centers/vladivostok?asof=2025-08-01");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ウラジオストク");
    await expect(notice(page)).toHaveText(
      "2025年7月30日から2025年8月25日までの状態を表示しています（この期間中は変わりません）。",
    );
    await expect(statusShown(page.getByTestId("panel-status"))).toHaveText("覚書の適用停止");
    await expect(page.locator('[data-event-id="2025-07-30-vladivostok-inspection-1"]')).toContainText(
      "ロシア内務省がウラジオストク日本センターを訪れて1回目の検査",
    );
    await expect(laterMark(page.locator('[data-event-id="2025-08-26-vladivostok-inspection-2"]'))).toHaveText(
      "（表示日より後）",
    );
    await expect(laterMark(page.locator('[data-event-id="2025-08-26-vladivostok-inspection-2"]'))).toBeVisible();
    // Source marks and numbers are the same in every language.
    await expect(page.locator('[data-fact="opened"] sup a').first()).toHaveAccessibleName(/^出典\d+：/);
  });

  test("the language switcher keeps the centre, the date and the camera", async ({ page }) => {
    // Two live maps (one per language) on a software GPU.
    test.setTimeout(90_000);
    await page.goto("/centers/moscow?asof=2001-06-30");
    await startLiveMap(page);
    const hash = await cameraHash(page);
    await page.getByTestId("language-switcher").getByRole("link", { name: "日本語" }).click();
    await expect(page).toHaveURL(`/ja/centers/moscow?asof=2001-06-30${hash}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("モスクワ");
    // An address with a camera starts the live map at once.
    await expect(page.getByTestId("map")).toHaveAttribute("data-map-ready", "true", { timeout: 45_000 });
    // MapLibre took the camera from the hash instead of flying to its default view.
    expect(new URL(page.url()).hash).toBe(hash);
    await page.getByTestId("language-switcher").getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(`/centers/moscow?asof=2001-06-30${hash}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moscow");
  });

  test("an unknown page under /ja is a Japanese 404 with links to the six in Japanese", async ({ request }) => {
    const { document } = await served(request, "/ja/centers/tokyo", 404);
    expect(document.documentElement.getAttribute("lang")).toBe("ja");
    expect(document.querySelector("h1")?.textContent).toBe("このページはありません");
    expect(linkNamed(document, "ハバロフスク")).toBe("/ja/centers/khabarovsk");
  });

  test("/en/... is not a second address of the English pages", async ({ request }) => {
    const { document, url } = await served(request, "/en/centers/moscow?asof=2001-06-30");
    expect(`${url.pathname}${url.search}`).toBe("/centers/moscow?asof=2001-06-30");
    expect(document.documentElement.getAttribute("lang")).toBe("en");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/ja/centers/khabarovsk shows ハバロフスク and its opening date", async ({ page }) => {
    await page.goto("/ja/centers/khabarovsk");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ハバロフスク");
    await expect(page.locator('[data-fact="opened"] time')).toHaveText("1994年11月");
    await expect(page.locator('[data-fact="opened"] time')).toHaveAttribute("datetime", "1994-11");
    const fallback = page.getByRole("navigation", { name: "地図上のセンター" });
    await expect(fallback.getByRole("link", { name: "モスクワ：閉鎖発表済み" })).toHaveAttribute(
      "href",
      "/ja/centers/moscow",
    );
  });
});

test.describe("embeds and sharing per language", () => {
  test("?lang=ja gives the Japanese embed, whose links stay Japanese", async ({ page }) => {
    await page.goto("/embed/vladivostok?lang=ja&theme=dark");
    await expect(page).toHaveURL(/\/ja\/embed\/vladivostok\?theme=dark(#map=[^#]*)?$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ウラジオストク");
    await expect(page.getByRole("link", { name: "地図全体を開く ↗" })).toHaveAttribute(
      "href",
      "/ja/centers/vladivostok",
    );
    await waitForMap(page);
    // Moscow's marker is off screen at Vladivostok's zoom: a click event, as a tap on it would give.
    await page.getByRole("link", { name: /^モスクワ：/ }).dispatchEvent("click");
    await expect(page).toHaveURL(/\/ja\/embed\/moscow\?theme=dark(#map=[^#]*)?$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("モスクワ");
  });

  test("a language the site does not have is ignored", async ({ page }) => {
    await page.goto("/embed/moscow?lang=fr");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moscow");
  });

  test("oEmbed and the social card exist per language", async ({ request, baseURL }) => {
    const url = `${baseURL}/ru/centers/moscow`;
    const response = await request.get(`/oembed?url=${encodeURIComponent(url)}`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.title).toBe("Японский центр в Москве — Японские центры в России");
    expect(body.html).toContain("/ru/embed/moscow");
    expect(body.thumbnail_url).toMatch(/\/og\/moscow\.ru\.png$/);
    const card = await request.get("/og/moscow.ru.png");
    expect(card.status()).toBe(200);
    expect(card.headers()["content-type"]).toBe("image/png");
    expect((await request.get("/og/moscow.fr.png")).status()).toBe(404);
  });

  test("the embed code can be made in another language", async ({ page }) => {
    await page.goto("/centers/moscow");
    await page.getByRole("button", { name: "Share / Embed" }).click();
    await page.getByRole("tab", { name: "Embed" }).click();
    await page
      .getByRole("dialog")
      .getByRole("combobox", { name: /^Language/ })
      .selectOption("ru");
    await expect(page.getByRole("textbox", { name: "Code to paste into your page" })).toHaveValue(
      /src="http:\/\/[^"]+\/ru\/embed\/moscow"/,
    );
    await expect(page.locator("dialog iframe")).toHaveAttribute("src", "/ru/embed/moscow");
  });
});

test.describe("dark mode", () => {
  test("follows the system on first visit", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/centers/moscow");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.getByTestId("theme-toggle")).toHaveAttribute("aria-pressed", "true");
  });

  test("the toggle switches the page and the map, and is remembered", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/");
    await waitForMap(page);
    const background = () =>
      page.evaluate(() => getComputedStyle(document.getElementById("panel") as HTMLElement).backgroundColor);
    const light = await background();
    const toggle = page.getByTestId("theme-toggle");
    await expect(toggle).toHaveAccessibleName("Dark theme");
    await toggle.click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(await background()).not.toBe(light);
    // The drawn map takes the dark colours…
    await expect
      .poll(async () => (await colourShares(page, serverMap(page), { land: DARK_COLORS.land })).land)
      .toBeGreaterThan(0.2);
    // …and so does the live map (the water colour is read from its style).
    await startLiveMap(page);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const canvas = document.querySelector<HTMLCanvasElement>(".maplibregl-canvas");
          return canvas?.closest("[data-map-theme]")?.getAttribute("data-map-theme") ?? null;
        }),
      )
      .toBe("dark");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await page.getByTestId("theme-toggle").click();
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  });
});
