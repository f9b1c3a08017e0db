import { readFileSync } from "node:fs";
import { join } from "node:path";
import { IMAGE_VERSION } from "../generated/image-version";
import { expect, test } from "./lib/fixtures";
import { pngSize } from "./lib/png";
import { served } from "./lib/served";

// Issue 16, the publishing kit: the corrections and updates feed, its links, the embeds'
// "Updated <date>", the large-image hint for search engines and news aggregators, and the map
// images (lib/server/images/map-image.ts) with the Share dialog's "Image" tab.
const changelog = JSON.parse(readFileSync(join(import.meta.dirname, "..", "data", "changelog.json"), "utf8")) as {
  version: string;
}[];
const newest = [...changelog].sort((a, b) => b.version.localeCompare(a.version))[0]?.version ?? "";

test.describe("the corrections and updates feed", () => {
  for (const [feed, lang] of [
    ["/updates.atom", "en-GB"],
    ["/ja/updates.atom", "ja-JP"],
    ["/ru/updates.atom", "ru-RU"],
  ] as const) {
    test(`${feed} parses as Atom with the corrections log's entries`, async ({ page, request }) => {
      const response = await request.get(feed);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
      const xml = await response.text();
      await page.goto("/about");
      // The browser's XML parser: a feed reader's view of the document.
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "application/xml");
        const atom = "http://www.w3.org/2005/Atom";
        const feed = doc.documentElement;
        return {
          error: doc.getElementsByTagName("parsererror").length,
          root: `${feed.namespaceURI} ${feed.localName}`,
          lang: feed.getAttribute("xml:lang"),
          self: [...feed.getElementsByTagNameNS(atom, "link")]
            .find((l) => l.getAttribute("rel") === "self")
            ?.getAttribute("href"),
          entries: [...feed.getElementsByTagNameNS(atom, "entry")].map((e) => ({
            link: e.getElementsByTagNameNS(atom, "link")[0]?.getAttribute("href") ?? "",
            updated: e.getElementsByTagNameNS(atom, "updated")[0]?.textContent,
            content: e.getElementsByTagNameNS(atom, "content")[0]?.textContent ?? "",
          })),
        };
      }, xml);
      expect(parsed.error).toBe(0);
      expect(parsed.root).toBe("http://www.w3.org/2005/Atom feed");
      expect(parsed.lang).toBe(lang);
      expect(parsed.self).toMatch(new RegExp(`${feed.replace(".", "\\.")}$`));
      expect(parsed.entries).toHaveLength(changelog.length);
      expect(parsed.entries[0]?.updated).toBe(`${newest}T00:00:00Z`);
      expect(parsed.entries[0]?.content).toContain("<li>");
      // Each entry leads to its version in the corrections log.
      const first = new URL(parsed.entries[0]?.link ?? "");
      expect(first.hash).toBe(`#version-${newest}`);
      await page.goto(first.pathname);
      await expect(page.locator(first.hash)).toBeVisible();
    });
  }

  test("every page's <head> links the feed of its language", async ({ request }) => {
    for (const [path, feed] of [
      ["/", "/updates.atom"],
      ["/ja/centers/moscow?asof=1999-06-01", "/ja/updates.atom"],
      ["/ru/embed/vladivostok", "/ru/updates.atom"],
      ["/about", "/updates.atom"],
      ["/ja/sources", "/ja/updates.atom"],
    ] as const) {
      const { document } = await served(request, path);
      // Absolute, on the site's public origin (NEXT_PUBLIC_SITE_URL), as feed readers want it.
      const links = document.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]');
      expect(links, path).toHaveLength(1);
      expect(links[0]?.getAttribute("href"), path).toMatch(new RegExp(`^https?://[^/]+${feed.replace(".", "\\.")}$`));
    }
  });
});

test("an embed says when its data was updated, linked to that change", { tag: "@phone" }, async ({ page }) => {
  await page.goto("/embed/moscow");
  const updated = page.getByTestId("embed-updated");
  // The data version, written as each language writes a date.
  const [y, m, d] = newest.split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  const written = (tag: string) =>
    new Intl.DateTimeFormat(tag, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(day);
  await expect(updated).toHaveText(`Updated ${written("en-GB")}`);
  await expect(updated).toHaveAttribute("href", `/about#version-${newest}`);
  await expect(updated).toHaveAttribute("target", "_blank");
  await page.goto("/ja/embed");
  await expect(page.getByTestId("embed-updated")).toHaveText(`${written("ja-JP")}更新`);
});

test("pages let their image be shown large; embeds stay out of the index", async ({ request }) => {
  const robots = async (path: string) =>
    (await served(request, path)).document.querySelector('meta[name="robots"]')?.getAttribute("content");
  for (const path of ["/", "/ja/centers/moscow", "/about", "/centers/moscow?asof=1999-06-01"]) {
    expect(await robots(path), path).toBe("index, follow, max-image-preview:large");
  }
  expect(await robots("/embed/moscow")).toBe("noindex, follow");
});

test.describe("map images for print and social", () => {
  test("the PNG decodes in the browser at its stated size, 2400 px wide", async ({ page, request }) => {
    const response = await request.get("/ja/images/moscow.png");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(response.headers()["content-disposition"]).toMatch(
      /filename="japan-centers-moscow-\d{4}-\d\d-\d\d-ja\.png"/,
    );
    const body = await response.body();
    expect(pngSize(body)).toEqual({ width: 2400, height: 1600 });
    await page.goto("/about");
    const decoded = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    }, "/ja/images/moscow.png");
    expect(decoded).toEqual({ width: 2400, height: 1600 });
  });

  for (const [path, lang, names] of [
    [
      "/images/overview.svg",
      "en",
      ["Khabarovsk", "Vladivostok", "Yuzhno-Sakhalinsk", "Moscow", "Saint Petersburg", "Nizhny Novgorod"],
    ],
    [
      "/ja/images/overview.svg",
      "ja",
      [
        "ハバロフスク",
        "ウラジオストク",
        "ユジノサハリンスク",
        "モスクワ",
        "サンクトペテルブルク",
        "ニジニー・ノヴゴロド",
      ],
    ],
    [
      "/ru/images/overview.svg?theme=dark",
      "ru",
      ["Хабаровск", "Владивосток", "Южно-Сахалинск", "Москва", "Санкт-Петербург", "Нижний Новгород"],
    ],
  ] as const) {
    test(`${path} parses as SVG and names the six centres in ${lang}`, async ({ page, request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
      await page.goto("/about");
      const parsed = await page.evaluate(
        (text) => {
          const doc = new DOMParser().parseFromString(text, "image/svg+xml");
          const svg = doc.documentElement;
          return {
            error: doc.getElementsByTagName("parsererror").length,
            root: `${svg.namespaceURI} ${svg.localName}`,
            lang: svg.getAttribute("lang"),
            labels: [...svg.querySelectorAll('[id^="label-"] text')].map((t) => t.textContent),
            groups: [...svg.querySelectorAll("g[id]")].map((g) => g.id),
            title: svg.querySelector("#title")?.textContent,
          };
        },
        await response.text(),
      );
      expect(parsed.error).toBe(0);
      expect(parsed.root).toBe("http://www.w3.org/2000/svg svg");
      expect(parsed.lang).toBe(lang);
      expect([...parsed.labels].sort()).toEqual([...names].sort());
      expect(parsed.groups).toEqual(
        expect.arrayContaining(["heading", "map", "basemap", "centres", "legend", "sources"]),
      );
      expect(parsed.title).toBeTruthy();
    });
  }

  test("a dated image differs from the latest and names its state; bad options are a 400, not a 5xx", async ({
    request,
  }) => {
    const latest = await (await request.get("/images/moscow.svg")).text();
    const datedResponse = await request.get("/images/moscow.svg?asof=1999-06-01");
    const dated = await datedResponse.text();
    expect(dated).not.toBe(latest);
    // The picture names its state's first and last day, as the page's notice does on that date.
    expect(dated).toContain("Showing the state from 31 July 1997 to 4 September 2000");
    expect(latest).toContain("Showing the latest state known to the data");
    // Any day of the same state is the same picture.
    expect(await (await request.get("/images/moscow.svg?asof=1999-07-15")).text()).toBe(dated);
    // An empty option is the default; a date outside the range is clamped, as on the pages.
    expect((await request.get("/images/overview.svg?theme=&asof=")).status()).toBe(200);
    expect((await request.get("/images/overview.svg?asof=1800-01-01")).status()).toBe(200);
    for (const bad of [
      "/images/moscow.png?theme=blue",
      "/images/moscow.svg?asof=yesterday",
      "/ja/images/overview.png?asof=2025-13-45",
    ]) {
      const response = await request.get(bad);
      expect(response.status(), bad).toBe(400);
      expect(await response.text(), bad).toMatch(/^Bad request: /);
    }
    for (const missing of ["/images/tokyo.png", "/images/moscow.gif", "/fr/images/moscow.png"]) {
      expect((await request.get(missing)).status(), missing).toBe(404);
    }
    const english = await request.get("/en/images/moscow.png?theme=dark", { maxRedirects: 0 });
    expect(english.status()).toBe(308);
    expect(english.headers().location).toBe("/images/moscow.png?theme=dark");
  });

  test("cached for good when the link carries the data version, revalidated by ETag otherwise", async ({ request }) => {
    const versioned = await request.get(`/images/overview.png?v=${IMAGE_VERSION}`);
    expect(versioned.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    const plain = await request.get("/images/overview.png");
    expect(plain.headers()["cache-control"]).not.toContain("immutable");
    const etag = plain.headers().etag ?? "";
    expect(etag).toContain(IMAGE_VERSION);
    // A link with an older version is not kept for good: the picture may have changed since.
    const older = await request.get(`/images/overview.png?v=${newest}`);
    expect(older.headers()["cache-control"]).not.toContain("immutable");
    const again = await request.get("/images/overview.png", { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
    // Another date or theme is another picture, with its own tag.
    const dark = await request.get("/images/overview.png?theme=dark");
    expect(dark.headers().etag).not.toBe(etag);
  });

  test("the Share dialog offers this view as an image, on its date, in either theme", { tag: "@phone" }, async ({
    page,
  }) => {
    await page.goto("/ja/centers/moscow?asof=1999-06-01");
    const share = page.getByRole("button", { name: "共有・埋め込み" });
    await expect(share).toBeEnabled();
    await share.click();
    await page.getByRole("tab", { name: "画像" }).click();
    const png = page.locator('[data-image-download="png"]');
    await expect(png).toHaveAttribute("href", `/ja/images/moscow.png?asof=1999-06-01&v=${IMAGE_VERSION}`);
    await expect(png).toHaveAttribute("download", "");
    const preview = page.getByRole("img", { name: "画像のプレビュー" });
    await expect(preview).toBeVisible();
    // The preview is the PNG, drawn with its fonts.
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2400);
    await page.getByRole("tabpanel").getByLabel("配色").selectOption("dark");
    await expect(page.locator('[data-image-download="svg"]')).toHaveAttribute(
      "href",
      `/ja/images/moscow.svg?asof=1999-06-01&theme=dark&v=${IMAGE_VERSION}`,
    );
    const download = page.waitForEvent("download");
    await page.locator('[data-image-download="svg"]').click();
    expect((await download).suggestedFilename()).toBe("japan-centers-moscow-1999-06-01-ja-dark.svg");
  });
});
