import { COLORS } from "../lib/map-style";
import { CENTRE_TITLES, NAMES, SLUGS } from "./lib/centers";
import { canvasColourShares, colourShares, expect, serverMap, startLiveMap, test, waitForMap } from "./lib/fixtures";
import { linkNamed, served } from "./lib/served";

test.describe("overview", () => {
  test("shows six markers with accessible names on the map drawn on the server", { tag: "@phone" }, async ({
    page,
  }) => {
    await page.goto("/");
    await waitForMap(page);
    const map = serverMap(page);
    for (const slug of SLUGS) {
      await expect(map.getByRole("link", { name: `${NAMES[slug]}: Closure announced` })).toBeVisible();
    }
    await expect(map.locator("[data-marker]")).toHaveCount(SLUGS.length);
    // The basemap has drawn: a good part of the frame is land, some of it sea, nothing else blank.
    const shares = await colourShares(page, map, { land: COLORS.land, water: COLORS.water });
    expect(shares.land).toBeGreaterThan(0.2);
    expect(shares.water).toBeGreaterThan(0.05);
  });

  test("the live map, once asked for, draws the same basemap and the same six markers", { tag: "@phone" }, async ({
    page,
  }) => {
    await page.goto("/");
    await startLiveMap(page);
    const live = page.getByTestId("map");
    await expect(live.getByRole("link", { name: /: Closure announced/ })).toHaveCount(SLUGS.length);
    await expect(serverMap(page)).toBeHidden();
    const shares = await canvasColourShares(page, { land: COLORS.land, water: COLORS.water });
    expect(shares.land).toBeGreaterThan(0.2);
    expect(shares.water).toBeGreaterThan(0.05);
  });

  test("tells the story and lists the six centres with opening date and status", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Japan Centers in Russia" })).toBeVisible();
    const story = page.getByTestId("story");
    await expect(story).toContainText("October 1994");
    await expect(story).toContainText("No. 11-r of 15 January 2025");
    await expect(story).toContainText("10 September 2025");
    const list = page.getByRole("list", { name: "The six Japan Centers" });
    await expect(list.getByRole("link")).toHaveCount(SLUGS.length);
    await expect(list.getByRole("link", { name: /Vladivostok.*Opened April 1996.*Closure announced/ })).toBeVisible();
    await expect(page.getByText("Markers are at city centres, not at the centres' buildings.")).toBeVisible();
  });
});

test.describe("selecting a centre", () => {
  test("clicking the Vladivostok marker opens its panel, changes the URL, and back returns", { tag: "@phone" }, async ({
    page,
  }) => {
    await page.goto("/");
    await waitForMap(page);
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });

    await page.getByRole("link", { name: /^Vladivostok:/ }).click();
    await expect(page).toHaveURL(/\/centers\/vladivostok$/);
    const panel = page.locator("#panel:has(article[data-panel='vladivostok'])");
    await expect(panel.getByRole("heading", { level: 1, name: "Vladivostok" })).toBeVisible();
    await expect(panel.locator("[data-fact='opened']")).toContainText("April 1996");
    await expect(page.getByTestId("map")).toHaveAttribute("data-selected", "vladivostok");
    await expect(page.getByRole("link", { name: /^Vladivostok:/ })).toHaveAttribute("aria-current", "page");
    // Client-side navigation, and MapLibre was never loaded.
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await expect(page.getByTestId("map")).toHaveAttribute("data-map-status", "idle");
    await expect(page.locator(".maplibregl-canvas")).toHaveCount(0);

    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1, name: "Japan Centers in Russia" })).toBeVisible();
    await expect(page.getByTestId("map")).toHaveAttribute("data-selected", "");
  });

  test("on the live map too: it flies to the centre, and stays the same map across the views", async ({ page }) => {
    await page.goto("/");
    await startLiveMap(page);
    // Tag the map's canvas: if the map remounted, the tag would be gone.
    await page.locator(".maplibregl-canvas").evaluate((c) => c.setAttribute("data-test-original", "1"));

    const marker = page.getByTestId("map").locator("[data-marker='vladivostok']");
    const mapBox = await page.getByTestId("map").boundingBox();
    await page.getByRole("link", { name: /^Vladivostok:/ }).click();
    await expect(page).toHaveURL(/\/centers\/vladivostok(#map=[^#]*)?$/);
    // After the flight the selected marker sits at the middle of the map.
    await expect
      .poll(async () => {
        const box = await marker.boundingBox();
        if (!box || !mapBox) return Number.POSITIVE_INFINITY;
        const dx = box.x + box.width / 2 - (mapBox.x + mapBox.width / 2);
        const dy = box.y + box.height / 2 - (mapBox.y + mapBox.height / 2);
        return Math.hypot(dx, dy);
      })
      .toBeLessThan(8);
    const panel = page.locator("#panel:has(article[data-panel='vladivostok'])");
    await expect(panel.getByRole("heading", { level: 1, name: "Vladivostok" })).toBeVisible();
    await expect(panel.locator("[data-fact='opened']")).toContainText("April 1996");
    const incidents = panel.locator("#incidents-title + ul");
    await expect(incidents.getByText("30 July 2025")).toBeVisible();
    await expect(incidents.getByText("26 August 2025")).toBeVisible();
    await expect(page.getByTestId("map")).toHaveAttribute("data-selected", "vladivostok");
    await expect(page.getByRole("link", { name: /^Vladivostok:/ })).toHaveAttribute("aria-current", "page");
    await expect(page.locator(".maplibregl-canvas[data-test-original]")).toHaveCount(1);

    await page.goBack();
    await expect(page).toHaveURL(/\/(#map=[^#]*)?$/);
    await expect(page.getByRole("heading", { level: 1, name: "Japan Centers in Russia" })).toBeVisible();
    await expect(page.getByTestId("map")).toHaveAttribute("data-selected", "");
    await expect(page.locator(".maplibregl-canvas[data-test-original]")).toHaveCount(1);

    await page.goForward();
    await expect(page).toHaveURL(/\/centers\/vladivostok(#map=[^#]*)?$/);
    await expect(page.getByRole("heading", { level: 1, name: "Vladivostok" })).toBeVisible();
  });

  test("a list entry leads to the centre without a full page load", async ({ page }) => {
    await page.goto("/");
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    await page
      .getByRole("list", { name: "The six Japan Centers" })
      .getByRole("link", { name: /^Khabarovsk/ })
      .click();
    await expect(page).toHaveURL(/\/centers\/khabarovsk(#map=[^#]*)?$/);
    await expect(page.getByRole("heading", { level: 1, name: "Khabarovsk" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  test("the close control and Escape return to the overview", { tag: "@phone" }, async ({ page }) => {
    await page.goto("/centers/nizhny-novgorod");
    await waitForMap(page);
    await page.getByRole("link", { name: "Close and return to the overview (Esc)" }).click();
    await expect(page).toHaveURL(/\/(#map=[^#]*)?$/);
    await expect(page.getByRole("heading", { level: 1, name: "Japan Centers in Russia" })).toBeVisible();

    await page.goto("/centers/saint-petersburg");
    await expect(page.getByRole("heading", { level: 1, name: "Saint Petersburg" })).toBeVisible();
    // Escape is a script's: wait until the page has hydrated, as for the close control above.
    await waitForMap(page);
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/\/(#map=[^#]*)?$/);
    await expect(page.getByRole("heading", { level: 1, name: "Japan Centers in Russia" })).toBeVisible();
  });
});

test.describe("centre pages", () => {
  test("/centers/moscow shows the conflicting opening dates with their sources", async ({ page }) => {
    await page.goto("/centers/moscow");
    const panel = page.locator("#panel:has(article[data-panel='moscow'])");
    await expect(panel.getByRole("heading", { level: 1, name: "Moscow" })).toBeVisible();
    await expect(panel.locator("[data-fact='opened']")).toContainText("January 2001");
    const others = panel.locator("[data-fact='opened-alternatives']");
    await expect(others).toContainText("October 1994");
    await expect(others).toContainText("1995");
    await expect(others).toContainText("December 2000");
    await expect(others.locator("[data-cite='mofa-jc-2011']")).toBeVisible();
    await expect(others.locator("[data-cite='jc-sakh-history']")).toBeVisible();
    await expect(others.locator("[data-cite='sputnik-jp-2025-02-25']")).toBeVisible();
    // The panel's own section on the disagreement (the timeline item has it too, folded).
    const conflict = panel.locator("section[aria-labelledby='conflicts-title'] [data-conflict='moscow-opening']");
    await expect(conflict).toContainText("Sources disagree");
    await expect(conflict).toContainText("Preferred here: January 2001");
    // A citation mark leads to its source in the list, with title, publisher, date and language.
    const source = panel.locator("#source-sputnik-jp-2025-02-25");
    await expect(source).toContainText("Sputnik Japan");
    await expect(source).toContainText("25 February 2025");
    await expect(source).toContainText("Japanese");
    await expect(page.getByTestId("map")).toHaveAttribute("data-selected", "moscow");
  });

  test("each centre page has its own title, description and canonical URL in the HTML", async ({ request }) => {
    for (const slug of SLUGS) {
      const response = await request.get(`/centers/${slug}`);
      expect(response.status()).toBe(200);
      const html = await response.text();
      const title = CENTRE_TITLES[slug].replace(/[()]/g, "\\$&");
      expect(html).toMatch(new RegExp(`<title>${title}`));
      // English: "opened in April 1996", but "opened on 5 September 1996".
      expect(html).toMatch(new RegExp(`<meta name="description" content="${title} — [^"]+ — opened (in|on) `));
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]+/centers/${slug}"`));
      // The panel itself is in the server-rendered HTML.
      expect(html).toMatch(new RegExp(`<h1[^>]*>${NAMES[slug]}</h1>`));
    }
  });

  test("an unknown centre answers 404 with links to the six", async ({ request }) => {
    const { document } = await served(request, "/centers/tokyo", 404);
    expect(document.querySelector("h1")?.textContent).toBe("There is no such page");
    const list = document.querySelector('[aria-label="The six Japan Centers"]');
    expect(list?.querySelectorAll("a")).toHaveLength(SLUGS.length);
    for (const slug of SLUGS) expect(linkNamed(document, NAMES[slug], list ?? document)).toBe(`/centers/${slug}`);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a centre page still shows its facts", async ({ page }) => {
    await page.goto("/centers/yuzhno-sakhalinsk");
    const panel = page.locator("#panel:has(article[data-panel='yuzhno-sakhalinsk'])");
    await expect(panel.getByRole("heading", { level: 1, name: "Yuzhno-Sakhalinsk" })).toBeVisible();
    await expect(panel.locator("[data-fact='opened']")).toContainText("5 September 1996");
    await expect(panel.getByText("Not found in the sources.")).toBeVisible();
    await expect(panel.locator("#incidents-title + ul")).toContainText("September 2024");
    await expect(panel.locator("#incidents-title + ul")).toContainText("22 January 2025");
    await expect(panel.getByText("no source gives the date this centre actually stopped operating")).toBeVisible();
    await expect(
      panel.getByRole("list", { name: "Sources cited on this page" }).getByRole("listitem").first(),
    ).toBeVisible();
  });
});

test("loading every page makes no request outside this machine", async ({ page, externalRequests }) => {
  const seen: string[] = [];
  page.on("request", (r) => seen.push(new URL(r.url()).pathname));
  await page.goto("/");
  await waitForMap(page);
  for (const slug of SLUGS) {
    await page.goto(`/centers/${slug}`);
    await waitForMap(page);
  }
  // The drawn maps loaded their files from this origin. (The live map's files, from /basemap and
  // /vendor, are checked where it starts: every test fails on a request to another host.)
  expect(seen.some((p) => /^\/map\/overview\.[0-9a-f]{10}\.svg$/.test(p))).toBe(true);
  for (const slug of SLUGS)
    expect(seen.some((p) => new RegExp(`^/map/${slug}\\.[0-9a-f]{10}\\.svg$`).test(p))).toBe(true);
  expect(externalRequests).toEqual([]);
});

test("keyboard only: Tab to a marker, Enter opens it, Escape closes and gives focus back", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  const marker = page.getByRole("link", { name: "Khabarovsk: Closure announced" });
  // Tab through the page until the Khabarovsk marker has focus (bounded).
  for (let i = 0; i < 40 && !(await marker.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(marker).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/centers\/khabarovsk(#map=[^#]*)?$/);
  await expect(page.getByRole("heading", { level: 1, name: "Khabarovsk" })).toBeVisible();
  await expect(page.getByTestId("map-announcer")).toHaveText(
    "Khabarovsk selected: Closure announced, closing date unknown.",
  );
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/(#map=[^#]*)?$/);
  await expect(marker).toBeFocused();
  await expect(page.getByTestId("map-announcer")).toHaveText("Overview of all six centres.");
});
