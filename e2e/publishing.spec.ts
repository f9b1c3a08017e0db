import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./lib/fixtures";

// Issue 16's parts that have landed: the corrections and updates feed, its links, the embeds'
// "Updated <date>", and the large-image hint for search engines and news aggregators.
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

  test("every page's <head> links the feed of its language", async ({ page }) => {
    for (const [path, feed] of [
      ["/", "/updates.atom"],
      ["/ja/centers/moscow?asof=1999-06-01", "/ja/updates.atom"],
      ["/ru/embed/vladivostok", "/ru/updates.atom"],
      ["/about", "/updates.atom"],
      ["/ja/sources", "/ja/updates.atom"],
    ] as const) {
      await page.goto(path);
      // Absolute, on the site's public origin (NEXT_PUBLIC_SITE_URL), as feed readers want it.
      await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]'), path).toHaveAttribute(
        "href",
        new RegExp(`^https?://[^/]+${feed.replace(".", "\\.")}$`),
      );
    }
  });
});

test("an embed says when its data was updated, linked to that change", { tag: "@phone" }, async ({ page }) => {
  await page.goto("/embed/moscow");
  const updated = page.getByTestId("embed-updated");
  await expect(updated).toHaveText("Updated 30 November 2026");
  await expect(updated).toHaveAttribute("href", `/about#version-${newest}`);
  await expect(updated).toHaveAttribute("target", "_blank");
  await page.goto("/ja/embed");
  await expect(page.getByTestId("embed-updated")).toHaveText("2026年11月30日更新");
});

test("pages let their image be shown large; embeds stay out of the index", async ({ page }) => {
  for (const path of ["/", "/ja/centers/moscow", "/about", "/centers/moscow?asof=1999-06-01"]) {
    await page.goto(path);
    await expect(page.locator('meta[name="robots"]'), path).toHaveAttribute(
      "content",
      "index, follow, max-image-preview:large",
    );
  }
  await page.goto("/embed/moscow");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, follow");
});
