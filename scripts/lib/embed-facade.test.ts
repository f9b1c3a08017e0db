import { describe, expect, it } from "vitest";
import { DEFERRED_TYPE as PAGE_TYPE } from "../../lib/early-script";
import { DEFERRED_TYPE, toFacade } from "./embed-facade.mjs";
import { inlineScriptHashes } from "./inline-scripts.mjs";

// The shape of a prerendered page as Next 16 writes it (abridged).
const PAGE = [
  `<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>`,
  `<link rel="preload" href="/fonts/x.woff2" as="font"/>`,
  `<script src="/_next/static/chunks/a.js" async=""></script>`,
  `<script src="/_next/static/chunks/p.js" noModule=""></script>`,
  `<script src="/embed.js" async=""></script></head><body>`,
  `<script>(function(){document.documentElement.dataset.theme="light"})();</script>`,
  `<script type="application/ld+json">{"@type":"Map"}</script>`,
  `<main>text</main>`,
  `<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>`,
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script>`,
  `<script>self.__next_f.push([1,"0:[]"])</script>`,
  `</body></html>`,
].join("");

describe("toFacade", () => {
  const { html, deferred } = toFacade(PAGE);

  it("keeps the framework's scripts, and only them, inert", () => {
    expect(deferred).toBe(5);
    expect(html).toContain(`<script type="${DEFERRED_TYPE}" data-src="/_next/static/chunks/a.js" async=""></script>`);
    expect(html).toContain(
      `<script type="${DEFERRED_TYPE}" data-src="/_next/static/chunks/p.js" noModule=""></script>`,
    );
    expect(html).toContain(`<script id="_R_" type="${DEFERRED_TYPE}">(globalThis["TURBOPACK"]`);
    expect(html).toContain(`<script type="${DEFERRED_TYPE}">self.__next_f.push([1,"0:[]"])</script>`);
    // Ours and the data block are as they were; nothing under /_next/ can still run or be fetched.
    expect(html).toContain(`<script src="/embed.js" async=""></script>`);
    expect(html).toContain(`<script>(function(){document.documentElement.dataset.theme="light"})();</script>`);
    expect(html).toContain(`<script type="application/ld+json">`);
    expect(html).not.toMatch(/<script[^>]* src="\/_next\//);
    expect(html).not.toContain(`rel="preload" as="script"`);
    expect(html).toContain(`href="/fonts/x.woff2"`);
  });

  it("leaves every inline script's hash in the policy, so the boot may run them", () => {
    expect(inlineScriptHashes(html)).toEqual(inlineScriptHashes(PAGE));
  });

  it("agrees with the page's early script on the inert type, and is idempotent", () => {
    expect(PAGE_TYPE).toBe(DEFERRED_TYPE);
    expect(toFacade(html)).toEqual({ html, deferred: 0 });
  });
});
