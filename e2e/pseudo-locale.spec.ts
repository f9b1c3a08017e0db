import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { contract, PSEUDO_LOCALE } from "@/lib/contract";

// Every page in the pseudo-locale (accented English a third longer, scripts/lib/pseudo-locale.ts),
// on the test build that adds it as a fourth language (scripts/pseudo-build.ts) from its entry in
// the contract and its two generated files alone. A page must render; no visible text may still
// be plain English (an ASCII word is text that did not come through the messages or the dataset);
// and no text may overflow its box, at a phone's 360 px and a desktop's 1280 px.

/** Each page and embed, at its pseudo-locale address: `/en-XA`, `/en-XA/centers/moscow`, … */
const PAGES = [
  ...contract
    .allViews()
    .filter((v) => v.locale === contract.defaultLocale)
    .map((v) => {
      const path = contract.path(v);
      return `/${PSEUDO_LOCALE}${path === "/" ? "" : path}`;
    }),
  `/${PSEUDO_LOCALE}/no-such-page`,
];

/**
 * What may be ASCII on a pseudo-locale page, and why:
 * - what Intl writes (month names, a list's "and"): it has no data for a private-use locale and
 *   falls back to English (a real language has its own); taken from Intl itself, in the page;
 * - the languages' codes, which the language switcher shows (EN, JA);
 * - addresses, ids and file names a reader copies as they are (URLs, `centers.json`);
 * - the names of the data's formats and of the map's credits, which are names, not text;
 * - the data's ids (a source's `mofa-jc-2024`, shown so that a reader can cite it).
 */
const ALLOWED = [
  /\bhttps?:\/\/\S+/g,
  /\b[\w-]+\.(json|geojson|csv|atom|svg|png|html|js)\b/g,
  /\b(JSON|GeoJSON|CSV|Atom|SVG|PNG|iframe|oEmbed|WGS84|MapLibre|OpenStreetMap|Natural Earth|CC BY|ODbL|MIT)\b/g,
];
const ids = (file: string) =>
  (JSON.parse(readFileSync(`data/${file}`, "utf8")) as { id: string }[]).map((record) => record.id);
const IDS = [
  ...ids("sources.json"),
  ...ids("events.json"),
  ...[...contract.locales, PSEUDO_LOCALE].map((l) => l.toUpperCase()),
];

for (const path of PAGES) {
  test(`${path}: renders, every visible string is translated, nothing overflows at 360 and 1280 px`, async ({
    page,
  }) => {
    const problems: string[] = [];
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(path.endsWith("no-such-page") ? 404 : 200);
      await expect(page.locator("html")).toHaveAttribute("lang", PSEUDO_LOCALE);
      const found = await page.evaluate(
        ({ allowed, ids, locale }) => {
          const out: { plain: string[]; overflow: string[] } = { plain: [], overflow: [] };
          const nameOf = (el: Element) =>
            `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(/\s+/).slice(0, 2).join(".")}` : ""}>`;
          const visible = (el: Element) => {
            const style = getComputedStyle(el);
            return style.display !== "none" && style.visibility !== "hidden" && el.getClientRects().length > 0;
          };
          // Text in another language on purpose (a name in Russian, a source's own title) says so with `lang`.
          const ours = (el: Element) => (el.closest("[lang]")?.getAttribute("lang") ?? locale) === locale;
          // What Intl writes in this language: its month names and its lists' words.
          const intl = new Set<string>();
          const months = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
          for (let m = 0; m < 12; m++) intl.add(months.format(Date.UTC(2000, m, 10)));
          for (const style of ["long", "short", "narrow"] as const) {
            for (const part of new Intl.ListFormat(locale, { style }).formatToParts(["a", "b", "c"])) {
              if (part.type === "literal") for (const w of part.value.split(/\W+/)) if (w) intl.add(w);
            }
          }
          const plain = (text: string) => {
            let rest = text;
            for (const source of allowed) rest = rest.replace(new RegExp(source, "g"), " ");
            rest = rest
              .split(/([\s:,()[\]]+)/)
              .map((word) => (ids.includes(word) || intl.has(word) ? " " : word))
              .join("");
            return /\b[A-Za-z]{2,}\b/.test(rest);
          };
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            const text = node.textContent?.trim() ?? "";
            if (!el || !text || el.closest("script, style, noscript, template, code")) continue;
            if (!visible(el) || !ours(el)) continue;
            if (plain(text)) out.plain.push(`${nameOf(el)} "${text.slice(0, 400)}"`);
          }
          for (const el of document.body.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
            if (!ours(el)) continue;
            for (const name of ["aria-label", "title", "alt", "placeholder"]) {
              const value = el.getAttribute(name);
              if (value && plain(value)) out.plain.push(`${nameOf(el)} ${name}="${value.slice(0, 80)}"`);
            }
          }
          // Overflow: a box whose text is wider than it is, unless it scrolls or is clipped on
          // purpose (text for screen readers only, `.sr-only`, is a 1 px box).
          for (const el of document.body.querySelectorAll("*")) {
            if (!(el instanceof HTMLElement) || !visible(el)) continue;
            if (el.closest(".sr-only")) continue;
            const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
            if (!hasText || el.clientWidth === 0) continue;
            const overflowX = getComputedStyle(el).overflowX;
            if (overflowX === "auto" || overflowX === "scroll") continue;
            if (el.scrollWidth > el.clientWidth + 1) {
              out.overflow.push(
                `${nameOf(el)} ${el.scrollWidth} > ${el.clientWidth} px: "${el.textContent?.trim().slice(0, 60)}"`,
              );
            }
          }
          if (document.documentElement.scrollWidth > window.innerWidth + 1) {
            out.overflow.push(`the page: ${document.documentElement.scrollWidth} > ${window.innerWidth} px`);
          }
          return out;
        },
        { allowed: ALLOWED.map((r) => r.source), ids: IDS, locale: PSEUDO_LOCALE },
      );
      problems.push(...found.plain.map((p) => `${width} px, plain English: ${p}`));
      problems.push(...found.overflow.map((p) => `${width} px, overflows: ${p}`));
    }
    expect([...new Set(problems)]).toEqual([]);
  });
}
