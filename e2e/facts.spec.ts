import { contract } from "../lib/contract";
import { laterMark, markerStatus, statusShown } from "./lib/dates";
import { expect, test, waitForMap } from "./lib/fixtures";

// The pages say what the sources say, in all three languages (issue "Facts as the sources say
// them"): each test here would have caught one of the errors a line-by-line read found.

/** The text a reader sees in a page's HTML: no scripts, styles or tags, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<template[\s\S]*?<\/template>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ");
}

/** Every page of the contract in every language, and dated views of the map pages around the disputed years. */
const PAGES: string[] = [
  ...contract.allViews().map((v) => contract.href(v)),
  ...contract.locales.flatMap((locale) =>
    (["1997-08-01", "2000-09-10", "2025-02-01"] as const).flatMap((asof) => [
      contract.href(contract.view({ locale, page: "overview", asof })),
      contract.href(contract.view({ locale, page: "centre", slug: "moscow", asof })),
      contract.href(contract.view({ locale, page: "centre", slug: "saint-petersburg", asof, embedded: true })),
    ]),
  ),
];

// 日日 is no doubled unit in a newspaper's name (宮崎日日新聞).
const DOUBLED = /.{0,20}(?:年年|月月|日日(?!新聞)|г\.\s*г\.|г\.\.|[^.]\.\.(?!\.)|。。|。\.|、、).{0,20}/;
const ENDED_IN_2025 = /.{0,30}1994\s*[–—-]\s*2025.{0,10}/;
const ASCII_AFTER_JAPANESE = /.{0,20}[\u3040-\u30ff\u3400-\u9fff][,.](?=\s).{0,20}/;

test.describe("every page, in three languages", () => {
  test("no doubled date unit, no 1994–2025 framing, no duplicate id, no ASCII punctuation after Japanese", async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const problems: string[] = [];
    for (const path of PAGES) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      const text = visibleText(html);
      const doubled = DOUBLED.exec(text);
      if (doubled) problems.push(`${path}: doubled unit in "${doubled[0]}"`);
      const ended = ENDED_IN_2025.exec(text);
      if (ended) problems.push(`${path}: "${ended[0]}" reads as if the centres ended in 2025`);
      if (path.startsWith("/ja")) {
        const ascii = ASCII_AFTER_JAPANESE.exec(text);
        if (ascii) problems.push(`${path}: ASCII punctuation after Japanese in "${ascii[0]}"`);
      }
      // Valid HTML: no id twice (a streamed page holds its placeholders and the content they wait for).
      const ids = [...html.replace(/<script[\s\S]*?<\/script>/g, "").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
      if (twice.length > 0) problems.push(`${path}: duplicate id ${twice.join(", ")}`);
    }
    expect(problems).toEqual([]);
    expect(PAGES.length).toBeGreaterThan(60);
  });
});

test.describe("a centre that operated before its preferred opening date", () => {
  test("Moscow in 1999: an earlier centre, with what the sources say and their marks", async ({ page }) => {
    await page.goto("/centers/moscow?asof=1999-06-01");
    await expect(statusShown(page.getByTestId("panel-status"))).toHaveText("Earlier centre / disputed date");
    const earlier = page.locator("#panel [data-fact='earlier-operation']");
    await expect(earlier).toBeVisible();
    await expect(earlier).toContainText("The opening date preferred here is January 2001");
    await expect(earlier).toContainText("October 1994");
    await expect(earlier).toContainText("MIRBIS");
    await expect(earlier).toContainText("1995");
    await expect(earlier.locator("[data-cite]").first()).toBeVisible();
  });

  test("St Petersburg at the end of 2000, on the overview's list and markers: by other sources' date", async ({
    page,
  }) => {
    // "Since 2000": certain only on the year's last day (docs/data.md, partial dates).
    await page.goto("/?asof=2000-12-31");
    const list = page.getByRole("list", { name: "The six Japan Centers" });
    const badge = (slug: string) => statusShown(list.locator(`[data-center-link='${slug}']`));
    await expect(badge("saint-petersburg")).toHaveAttribute("data-status", "earlier-or-disputed");
    await expect(badge("moscow")).toHaveAttribute("data-status", "earlier-or-disputed");
    await expect(badge("nizhny-novgorod")).toHaveAttribute("data-status", "not-yet-opened");
    await expect(badge("khabarovsk")).toHaveAttribute("data-status", "operating");
    await waitForMap(page);
    await expect(page.getByRole("link", { name: "Saint Petersburg: Earlier centre / disputed date" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Moscow: Earlier centre / disputed date" })).toBeVisible();
  });

  test("the legend explains it with its sources, and says no source gives a closing date", async ({ page }) => {
    await page.goto("/");
    const legend = page.getByTestId("legend");
    const earlier = legend.locator("[data-legend='earlier-or-disputed']");
    await expect(earlier).toContainText("Moscow, an earlier centre, from October 1994");
    await expect(earlier).toContainText("Saint Petersburg, operating since 2000 according to other sources");
    await expect(earlier.locator("a[href^='/sources#source-']").first()).toBeAttached();
    await expect(legend.locator("[data-legend='closure-announced']")).toContainText(
      "no source gives the date any of them actually closed",
    );
    await expect(statusShown(page.getByRole("list", { name: "The six Japan Centers" })).first()).toHaveText(
      "Closure announced, closing date unknown",
    );
  });

  test("the downloads give each centre's status periods with their sources", async ({ request }) => {
    const json = await (await request.get("/data/centers.json")).json();
    const moscow = json.centers.find((c: { slug: string }) => c.slug === "moscow");
    expect(moscow.statusPeriods[0]).toMatchObject({
      from: "1994-10-31",
      date: "1994-10",
      status: "earlier-or-disputed",
      basis: "earlier-centre",
      sourceIds: ["mofa-jc-2011", "jc-sakh-history"],
    });
    const geo = await (await request.get("/data/centers.geojson")).json();
    const spb = geo.features.find((f: { id: string }) => f.id === "saint-petersburg");
    expect(spb.properties.status_periods[0]).toMatchObject({ status: "earlier-or-disputed", basis: "earlier-date" });
    const csv = await (await request.get("/data/events.csv")).text();
    expect(csv.split("\r\n")[0]).toContain("summary,note,source_ids");
  });

  test("without JavaScript, a dated link shows the latest statuses, and says that the date needs JavaScript", async ({
    browser,
  }) => {
    // The trade-off of decision 012: the date is applied in the browser, on every host.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/centers/moscow?asof=1999-06-01");
    const map = page.getByRole("navigation", { name: "Centres on the map" });
    await expect(map.getByRole("link", { name: /^Moscow: Closure announced/ })).toBeVisible();
    await expect(map.getByRole("link", { name: /^Khabarovsk: Closure announced/ })).toHaveAttribute(
      "href",
      "/centers/khabarovsk",
    );
    await expect(statusShown(page.getByTestId("panel-status"))).toHaveText(/Closure announced/);
    await expect(markerStatus(map.locator("[data-marker='moscow']"))).toHaveAttribute(
      "data-marker-status",
      "closure-announced",
    );
    await expect(page.getByTestId("asof-notice").locator("p:visible")).toHaveText([
      /^Showing the latest state known to the data/,
      "Without JavaScript this map cannot read a date in its address (?asof=), so it shows the latest state.",
    ]);
    await context.close();
  });
});

test.describe("the timeline and the story", () => {
  test("network-wide events name the centres that existed then", async ({ page }) => {
    await page.goto("/");
    const item = (id: string) => page.locator(`[data-event-id='${id}']`);
    await expect(item("1997-07-business-manager-programme")).toContainText(
      "Centres then: Khabarovsk, Vladivostok, Yuzhno-Sakhalinsk and Moscow (earlier centre)",
    );
    // St Petersburg "since 2000" is not certain by 5 September 2000 (docs/data.md, partial dates).
    await expect(item("2000-09-05-memorandum-tokyo")).toContainText("Moscow (earlier centre)");
    await expect(item("2000-09-05-memorandum-tokyo")).not.toContainText("Saint Petersburg");
    await expect(item("2003-06-29-memorandum-vladivostok")).toContainText("All six centres");
    await expect(item("1997-07-business-manager-programme")).not.toContainText("All six centres");
  });

  test("conflicts stand beside their events and under the story, not only on /sources", async ({ page }) => {
    await page.goto("/");
    const story = page.getByTestId("story-conflicts");
    await expect(story.locator("[data-conflict='network-founding-year']")).toContainText("Sources disagree");
    await expect(story.locator("[data-conflict='january-2025-order']")).toContainText("January 2025");
    const order = page.locator("[data-event-id='2025-01-15-order-11r']");
    await order.locator("[data-conflict='january-2025-order'] summary").click();
    await expect(order.locator("[data-conflict='january-2025-order']")).toContainText("Ordered the centres' closure");
    await expect(page.locator("[data-event-id='1994-10-moscow-mirbis'] [data-conflict]")).toHaveAttribute(
      "data-conflict",
      "network-founding-year",
    );
  });

  test("the Kinkakuji episode is a recorded conflict, shown as context", async ({ page }) => {
    await page.goto("/centers/yuzhno-sakhalinsk");
    const conflict = page.locator("#conflicts-title ~ * [data-conflict='kinkakuji-model']");
    await expect(conflict).toContainText("a gift or a loan");
    await expect(conflict).toContainText("Context, not about the Japan Center");
    await expect(conflict).toContainText("Consulate");
  });

  test("the dossier's corrections: Khabarovsk 'the first branch'; the Vladivostok visit not named", async ({
    page,
  }) => {
    await page.goto("/centers/khabarovsk");
    const opening = page.locator("[data-event-id='1994-11-khabarovsk-opening']");
    await expect(opening).toContainText("described by the Khabarovsk branch's own site as the first branch.");
    await expect(page.locator("#panel")).not.toContainText("outside Moscow");
    await page.goto("/centers/vladivostok");
    // The incident list carries the note that qualifies its summary.
    const incident = page.locator("[data-incident='2025-08-26-vladivostok-inspection-2']");
    await expect(incident).toContainText("without saying on which visit");
    await expect(incident).toContainText("Kyodo does not say which of the two visits");
  });

  test("/about lists what the dossier says is still unknown", async ({ page }) => {
    await page.goto("/about");
    const unknown = page.getByRole("heading", { name: "Still unknown" }).locator("xpath=following-sibling::ul[1]");
    await expect(unknown).toContainText("MSU grounds");
    await expect(unknown).toContainText("after it had left the building by February 2025");
    // The 2000 memorandum's date is asked once (it was listed twice).
    expect(((await unknown.textContent()) ?? "").split("2000 memorandum").length - 1).toBe(1);
    // "archived copies of public web pages" once, not twice.
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text.split("archived copies of public web pages").length - 1).toBe(1);
  });
});

test.describe("each claim with its own sources (issue 21)", () => {
  test("Moscow: the closure cites the announcement; the lost premises cite their own report", async ({ page }) => {
    await page.goto("/centers/moscow");
    const closure = page.locator("section[aria-labelledby='closure-title']");
    const statusLine = closure.locator("dl > div").first();
    await expect(statusLine.locator("[data-cite]").first()).toBeAttached();
    await expect(statusLine.locator("[data-cite='sputnik-jp-2025-02-25']")).toHaveCount(0);
    const note = closure.locator("[data-fact='closure-note']");
    await expect(note).toContainText("lost its MSU premises in February 2025");
    await expect(note.locator("[data-cite='sputnik-jp-2025-02-25']")).toBeAttached();
  });

  test("Moscow's move out of MSU is a change of premises, beside the address, not an incident", async ({ page }) => {
    await page.goto("/centers/moscow");
    const address = page.locator("section[aria-labelledby='address-title']");
    await expect(address.locator("[data-premises='2025-02-moscow-premises']")).toContainText("February 2025");
    await expect(page.locator("[data-incident='2025-02-moscow-premises']")).toHaveCount(0);
    await expect(page.locator("section[aria-labelledby='incidents-title']")).toContainText("None reported");
    // Where the sources disagree on when a centre was at MSU, the disagreement is with the address.
    await expect(address.locator("[data-conflict='moscow-msu-since']")).toContainText("1995");
    await expect(page.locator("meta[name='description']")).toHaveAttribute("content", /Moved out of its premises/);
    await expect(page.locator("meta[name='description']")).not.toHaveAttribute("content", /Incidents/);
  });

  test("a move known to the month and reported on the 25th is not shown as done on the 15th", async ({ page }) => {
    await page.goto("/centers/moscow?asof=2025-02-15");
    const move = page.locator("[data-event-id='2025-02-moscow-premises']");
    const beside = page.locator("[data-premises='2025-02-moscow-premises']");
    await expect(laterMark(move)).toBeVisible();
    // The same beside the address: dimmed, "after the date shown".
    await expect(laterMark(beside)).toBeVisible();
    await expect(beside).toHaveCSS("font-style", "italic");
    await page.goto("/centers/moscow?asof=2025-02-25");
    await expect(laterMark(move)).toBeHidden();
    await expect(laterMark(beside)).toBeHidden();
    await expect(beside).toHaveCSS("font-style", "normal");
  });
});

test.describe("Japanese and Russian as their readers expect", () => {
  test("the Sakhalin centre's official name, and Japanese dates with each unit once", async ({ page }) => {
    await page.goto("/ja/centers/yuzhno-sakhalinsk");
    await expect(page.locator("#panel")).toContainText("サハリン日本センター");
    await expect(page.locator("#panel")).not.toContainText("ユジノサハリンスク日本センター");
    await expect(
      page.locator("section[aria-labelledby='conflicts-title'] [data-conflict='sakhalin-court-2025-01-22']"),
    ).toContainText("2025年1月22日");
    await expect(page).toHaveTitle(/^サハリン日本センター（ユジノサハリンスク）/);
  });

  test("Russian: the latest-data control says what it shows", async ({ page }) => {
    await page.goto("/ru/centers/moscow?asof=2000-01-01");
    await expect(page.getByRole("button", { name: "Последние данные" })).toBeEnabled();
    await expect(page.getByRole("button", { name: "Сейчас" })).toHaveCount(0);
  });

  test("the Japanese font is ours only where the reader has none: local() first, downloaded here", async ({ page }) => {
    const fonts: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/fonts/")) fonts.push(new URL(r.url()).pathname);
    });
    await page.goto("/ja/centers/khabarovsk");
    const faces = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].map((f) => ({ family: f.family.replace(/"/g, ""), status: f.status }));
    });
    expect(faces.filter((f) => f.family === "JCM Noto Sans JP")).toHaveLength(4);
    // And the blank stand-ins with the same widths, loaded before the first layout (decision 007).
    expect(faces.filter((f) => f.family === "JCM Noto Sans JP Metrics").map((f) => f.status)).toEqual([
      "loaded",
      "loaded",
    ]);
    // The rules come with the site's stylesheet (generated/jp-font.css): system fonts first.
    const sources = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
        .filter((rule) => rule.style.getPropertyValue("font-family").replace(/"/g, "") === "JCM Noto Sans JP")
        .map((rule) => rule.style.getPropertyValue("src")),
    );
    expect(sources).toHaveLength(4);
    for (const src of sources) expect(src).toMatch(/^local\("Noto Sans CJK JP( Bold)?"\)/);
    // This machine has no Japanese font: the subset is what draws the page (and the heading's glyphs are in it).
    expect(await page.evaluate(() => document.fonts.check('700 24px "JCM Noto Sans JP"', "ハバロフスク"))).toBe(true);
    expect(fonts.some((p) => /^\/fonts\/noto-sans-jp-text-(400|700)-[0-9a-f]{8}\.woff2$/.test(p))).toBe(true);
  });

  test("an English page downloads only the small part of the Japanese font that holds the names", async ({ page }) => {
    const fonts: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/fonts/")) fonts.push(new URL(r.url()).pathname);
    });
    await page.goto("/centers/khabarovsk");
    await page.evaluate(() => document.fonts.ready);
    await expect(page.locator("#panel")).toContainText("ハバロフスク");
    expect(fonts.some((p) => p.startsWith("/fonts/noto-sans-jp-names-"))).toBe(true);
    expect(fonts.filter((p) => p.startsWith("/fonts/noto-sans-jp-text-"))).toEqual([]);
  });
});

test.describe("label in name (WCAG 2.5.3)", () => {
  /** Controls whose accessible name does not contain the text they show. */
  async function mismatches(page: import("@playwright/test").Page) {
    return page.evaluate(() => {
      const out: string[] = [];
      const normalize = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
      for (const el of document.querySelectorAll<HTMLElement>("a, button, [role='button'], [role='link'], summary")) {
        const label = el.getAttribute("aria-label");
        if (!label || !el.checkVisibility()) continue;
        // The text as rendered (innerText, not textContent): what a speech-input user sees and says.
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here
        const visible = normalize(el.innerText);
        if (visible && !/^[×☾☀+−-]$/.test(visible) && !normalize(label).includes(visible)) {
          out.push(`${el.tagName} "${visible}" named "${label}"`);
        }
      }
      return out;
    });
  }

  for (const path of ["/", "/ja/centers/moscow", "/ru/embed/vladivostok", "/sources"]) {
    test(`every control on ${path} is named with the text it shows`, async ({ page }) => {
      await page.goto(path);
      if (path !== "/sources") await waitForMap(page);
      expect(await mismatches(page)).toEqual([]);
      // The language switcher's code is the start of its name.
      const ja = page.getByTestId("language-switcher").getByRole("link", { name: /^JA / });
      if (!path.startsWith("/ja") && !path.includes("/embed")) await expect(ja).toBeVisible();
    });
  }
});
