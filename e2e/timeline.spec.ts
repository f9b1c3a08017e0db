import { DATA_VERSION, dataVersionText, NAMES, SLUGS } from "./lib/centers";
import { laterMark, markerStatus, notice, statusShown } from "./lib/dates";
import { expect, serverMap, test, waitForMap } from "./lib/fixtures";

const list = (page: import("@playwright/test").Page) => page.getByRole("list", { name: "The six Japan Centers" });

test.describe("the state on a date", () => {
  test("/?asof=1995-01-01: Khabarovsk operating, Moscow's earlier centre, the others not yet opened", async ({
    page,
  }) => {
    await page.goto("/?asof=1995-01-01");
    await expect(notice(page)).toHaveText(
      "Showing the state from 30 November 1994 to 30 December 1995: the same on every day in between.",
    );
    await expect(list(page).getByRole("link", { name: /^Khabarovsk.*Operating/ })).toBeVisible();
    // The MIRBIS centre, a predecessor, from October 1994 (MOFA 2011): not "not yet opened".
    await expect(list(page).getByRole("link", { name: /^Moscow.*Earlier centre \/ disputed date/ })).toBeVisible();
    for (const slug of SLUGS.filter((s) => s !== "khabarovsk" && s !== "moscow")) {
      await expect(list(page).getByRole("link", { name: new RegExp(`^${NAMES[slug]}.*Not yet opened`) })).toBeVisible();
    }
    await waitForMap(page);
    const map = serverMap(page);
    await expect(map.getByRole("link", { name: "Khabarovsk: Operating" })).toBeVisible();
    await expect(map.getByRole("link", { name: "Moscow: Earlier centre / disputed date" })).toBeVisible();
    await expect(map.getByRole("link", { name: "Vladivostok: Not yet opened" })).toBeVisible();
    await expect(map.locator("[data-marker-status='not-yet-opened']:visible")).toHaveCount(4);
  });

  test("/?asof=2025-06-01 shows the memoranda no longer applied", async ({ page }) => {
    await page.goto("/?asof=2025-06-01");
    await expect(statusShown(list(page))).toHaveText(Array(6).fill("Memoranda no longer applied"));
    await waitForMap(page);
    await expect(serverMap(page).getByRole("link", { name: /: Memoranda no longer applied$/ })).toHaveCount(
      SLUGS.length,
    );
    // Later events are dimmed and say so.
    const later = page.locator("li[data-event-id='2025-09-10-closure-announced']");
    await expect(laterMark(later)).toBeVisible();
    await expect(laterMark(later)).toHaveText("(after the date shown)");
    await expect(later).toHaveCSS("font-style", "italic");
  });

  test("a centre page on a date, with the closure still ahead", async ({ page }) => {
    await page.goto("/centers/vladivostok?asof=2025-08-01");
    // The notice names the state: the same on every day from its first to its last.
    await expect(notice(page)).toHaveText(
      "Showing the state from 30 July 2025 to 25 August 2025: the same on every day in between.",
    );
    await expect(statusShown(page.getByTestId("panel-status"))).toHaveText("Memoranda no longer applied");
    await expect(laterMark(page.locator("li[data-event-id='2025-08-26-vladivostok-inspection-2']"))).toBeVisible();
    await expect(laterMark(page.locator("li[data-event-id='2025-07-30-vladivostok-inspection-1']"))).toBeHidden();
  });

  test("Moscow before 2001 had an earlier centre, which the page names with its sources", async ({ page }) => {
    await page.goto("/centers/moscow?asof=1996-01-01");
    await expect(statusShown(page.getByTestId("panel-status"))).toHaveText("Earlier centre / disputed date");
    await expect(page.locator("#panel [data-fact='earlier-operation']")).toContainText(
      "October 1994: First Japan Center in Russia",
    );
    await page.goto("/centers/moscow?asof=1994-09-01");
    await expect(statusShown(page.getByTestId("panel-status"))).toHaveText("Not yet opened");
    await expect(page.locator("#panel [data-fact='earlier-operation']")).toBeHidden();
  });

  test("a malformed asof is ignored and the page says so", async ({ page }) => {
    const response = await page.goto("/centers/khabarovsk?asof=%3Cscript%3Ealert(1)%3C/script%3E");
    expect(response?.status()).toBe(200);
    await expect(notice(page)).toHaveText([
      "The date in the address is not a date written YYYY-MM-DD, so it was ignored.",
      /^Showing the latest state known to the data/,
    ]);
    await expect(statusShown(page.getByTestId("panel-status"))).toHaveText(/Closure announced/);
    expect(await page.content()).not.toContain("<script>alert(1)</script>");
  });

  test("an out-of-range asof is clamped and the page says which date it shows", async ({ page }) => {
    await page.goto("/?asof=1900-01-01");
    await expect(notice(page)).toHaveText([
      `The date in the address is outside the data's range (1 January 1994 to ${dataVersionText()}): showing the nearest date in it.`,
      "Showing the state from 1 January 1994 to 30 October 1994: the same on every day in between.",
    ]);
    await page.goto("/?asof=2099-01-01");
    await expect(notice(page)).toHaveText([
      /outside the data's range/,
      new RegExp(`to ${dataVersionText()}: the same`),
    ]);
  });

  test("moving the slider by keyboard updates the URL, the markers and the panel", async ({ page }) => {
    await page.goto("/centers/vladivostok?asof=2024-12-31");
    await waitForMap(page);
    const marker = markerStatus(serverMap(page).locator("[data-marker='vladivostok']"));
    await expect(marker).toHaveAttribute("data-marker-status", "operating");
    const slider = page.getByRole("slider", { name: "Date shown" });
    await expect(slider).toHaveAttribute("aria-valuetext", "31 December 2024");

    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/\/centers\/vladivostok\?asof=2025-01-31(#map=[^#]*)?$/);
    await expect(marker).toHaveAttribute("data-marker-status", "memoranda-ended");
    await expect(statusShown(page.getByTestId("panel-status"))).toHaveText("Memoranda no longer applied");

    await page.keyboard.press("PageDown");
    await expect(page).toHaveURL(/\?asof=2024-01-31(#map=[^#]*)?$/);
    await expect(marker).toHaveAttribute("data-marker-status", "operating");

    await page.getByRole("button", { name: "Latest" }).click();
    await expect(page).toHaveURL(/\/centers\/vladivostok(#map=[^#]*)?$/);
    await expect(marker).toHaveAttribute("data-marker-status", "closure-announced");
  });

  test("choosing a centre keeps the date", async ({ page }) => {
    await page.goto("/?asof=2001-06-30");
    await waitForMap(page);
    await serverMap(page)
      .getByRole("link", { name: /^Moscow:/ })
      .click();
    await expect(page).toHaveURL(/\/centers\/moscow\?asof=2001-06-30(#map=[^#]*)?$/);
    await expect(statusShown(page.getByTestId("panel-status"))).toHaveText("Operating");
    await expect(page.getByTestId("map")).toHaveAttribute("data-selected", "moscow");
    // A dated page loaded directly knows its centre too.
    await page.reload();
    await expect(page.getByTestId("map")).toHaveAttribute("data-selected", "moscow");
    await expect(page.getByRole("link", { name: /^Moscow:/ })).toHaveAttribute("aria-current", "page");
    await page.getByRole("link", { name: "Close and return to the overview (Esc)" }).click();
    await expect(page).toHaveURL(/\/\?asof=2001-06-30(#map=[^#]*)?$/);
  });
});

test.describe("facts with their sources", () => {
  test("the Moscow panel explains the conflict and cites every version", async ({ page }) => {
    await page.goto("/centers/moscow");
    const others = page.locator("[data-fact='opened-alternatives']");
    await expect(others).toContainText("Other sources:");
    const conflict = page.locator("section[aria-labelledby='conflicts-title'] [data-conflict='moscow-opening']");
    for (const version of ["October 1994", "1995", "December 2000", "January 2001"]) {
      await expect(conflict).toContainText(version);
    }
    // Each citation mark is a numbered link to the source in this page's list.
    const mark = conflict.getByRole("link", { name: /^Source \d+: sputnik-jp-2025-02-25$/ });
    await expect(mark.first()).toBeVisible();
    const href = await mark.first().getAttribute("href");
    expect(href).toBe("#source-sputnik-jp-2025-02-25");
    await expect(page.locator("#source-sputnik-jp-2025-02-25")).toContainText("secondary");
  });

  test("the 2000 memorandum shows both dates with their sources", async ({ page }) => {
    await page.goto("/");
    const item = page.locator("li[data-event-id='2000-09-05-memorandum-tokyo']");
    await expect(item).toContainText("5 September 2000");
    await expect(item.locator("[data-fact='alternative-dates']")).toContainText("Other sources: 20 September 2000");
    await expect(item.locator("[data-fact='alternative-dates'] [data-cite='jc-sakh-history']")).toBeVisible();
  });

  test("context events are marked as context", async ({ page }) => {
    await page.goto("/centers/yuzhno-sakhalinsk");
    await expect(page.locator("li[data-event-id='2025-07-25-kinkakuji-demarche']")).toContainText(
      "Context, not about the Japan Center",
    );
  });

  test("cite this view gives title, permalink with the date, data version and access date", async ({ page }) => {
    await page.goto("/centers/vladivostok?asof=2025-08-01");
    await page.getByText("Cite this view").click();
    const citation = page.getByTestId("citation");
    await expect(citation).toContainText("“Vladivostok Japan Center”. Japan Centers Map.");
    await expect(citation).toContainText("/centers/vladivostok?asof=2025-08-01");
    await expect(citation).toContainText(`data version ${DATA_VERSION}`);
    await expect(citation).toContainText(/accessed \d{4}-\d{2}-\d{2}/);
  });

  test("/sources lists every source and every recorded conflict; /about has the corrections log", async ({ page }) => {
    await page.goto("/sources");
    await expect(page.getByRole("list", { name: "All sources" }).getByRole("listitem")).toHaveCount(53);
    await expect(page.locator("[data-conflict]")).toHaveCount(10);
    await page.goto("/about");
    await expect(page.getByRole("heading", { name: "Corrections log" })).toBeVisible();
    await expect(page.locator("[data-version='2026-11-28']")).toContainText("First release");
  });
});

test.describe("downloads", () => {
  test("centers.geojson is valid GeoJSON with six Points", async ({ request }) => {
    const response = await request.get("/data/centers.geojson");
    expect(response.headers()["content-type"]).toContain("application/geo+json");
    const fc = await response.json();
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features).toHaveLength(SLUGS.length);
    for (const f of fc.features) {
      expect(f.type).toBe("Feature");
      expect(f.geometry.type).toBe("Point");
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
      expect(SLUGS).toContain(f.properties.slug);
    }
  });

  test("events.csv has the header and one row per event and centre of events.json", async ({ request }) => {
    const events = (await (await request.get("/data/events.json")).json()).events as { cities: string[] }[];
    const csv = await (await request.get("/data/events.csv")).text();
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([
      "event_id",
      "date",
      "type",
      "city",
      "scope",
      "city_status_then",
      "incident",
      "context",
      "summary",
      "note",
      "source_ids",
      "confidence",
      "alternative_dates",
    ]);
    // A network-wide event has a row per centre that existed then, as the pages name them (issue 21).
    const expected = events.reduce((n, e) => n + e.cities.length, 0);
    expect(rows.length - 1).toBe(expected);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(13);
      expect(["city", "network"]).toContain(row[4]);
      expect(row[10]).not.toBe("");
    }
  });

  test("centers.json lists the six centres and the downloads are linked from the site", async ({ page, request }) => {
    const json = await (await request.get("/data/centers.json")).json();
    expect(json.centers.map((c: { slug: string }) => c.slug)).toEqual([...SLUGS]);
    await page.goto("/");
    for (const name of ["centers.json", "centers.geojson", "events.json", "events.csv"]) {
      await expect(page.getByRole("link", { name, exact: true }).first()).toHaveAttribute("href", `/data/${name}`);
    }
  });
});

/** RFC 4180 parser for the test: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}
