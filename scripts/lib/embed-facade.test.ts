import { describe, expect, it } from "vitest";
import { DEFERRED_TYPE as PAGE_TYPE } from "../../lib/browser/early-script";
import { DEFERRED_TYPE, PAYLOAD_FILE, payloadPath, payloadToFile, toFacade } from "./embed-facade.mjs";
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

const URL = "/_next/static/facade/p.js";

describe("toFacade", () => {
  const { html, deferred, payload } = toFacade(PAGE, () => URL);

  it("keeps the framework's scripts, and only them, inert", () => {
    // Two chunks, the runtime's bootstrap and the payload file.
    expect(deferred).toBe(4);
    expect(html).toContain(`<script type="${DEFERRED_TYPE}" data-src="/_next/static/chunks/a.js" async=""></script>`);
    expect(html).toContain(
      `<script type="${DEFERRED_TYPE}" data-src="/_next/static/chunks/p.js" noModule=""></script>`,
    );
    expect(html).toContain(`<script id="_R_" type="${DEFERRED_TYPE}">(globalThis["TURBOPACK"]`);
    expect(html).toContain(`<script type="${DEFERRED_TYPE}" data-src="${URL}" data-payload></script>`);
    // Ours and the data block are as they were; nothing under /_next/ can still run or be fetched.
    expect(html).toContain(`<script src="/embed.js" async=""></script>`);
    expect(html).toContain(`<script>(function(){document.documentElement.dataset.theme="light"})();</script>`);
    expect(html).toContain(`<script type="application/ld+json">`);
    expect(html).not.toMatch(/<script[^>]* src="\/_next\//);
    expect(html).not.toContain(`rel="preload" as="script"`);
    expect(html).toContain(`href="/fonts/x.woff2"`);
  });

  it("moves the payload, in order, out of the HTML into one script", () => {
    expect(payload).toBe(`(self.__next_f=self.__next_f||[]).push([0]);\nself.__next_f.push([1,"0:[]"]);\n`);
    expect(html).not.toContain("__next_f");
    // The place of the first payload script holds the file: after the bootstrap, as before.
    expect(html.indexOf(URL)).toBeGreaterThan(html.indexOf('id="_R_"'));
  });

  it("keeps the hash of every inline script it leaves, so the boot may run them", () => {
    const kept = inlineScriptHashes(PAGE).filter((h) => inlineScriptHashes(html).includes(h));
    // The two payload scripts left the page; everything else is allowed as before.
    expect(kept.length).toBe(inlineScriptHashes(PAGE).length - 2);
  });

  it("agrees with the page's early script on the inert type, and is idempotent", () => {
    expect(PAGE_TYPE).toBe(DEFERRED_TYPE);
    expect(toFacade(html, () => URL)).toEqual({ html, deferred: 0, payload: "" });
  });
});

describe("payloadToFile (a site page)", () => {
  const { html, payload } = payloadToFile(PAGE, () => URL);

  it("leaves every script but the payload as Next wrote it", () => {
    expect(html).toContain(`<script src="/_next/static/chunks/a.js" async=""></script>`);
    expect(html).toContain(`<script src="/_next/static/chunks/p.js" noModule=""></script>`);
    expect(html).toContain(`<script id="_R_">(globalThis["TURBOPACK"]`);
    expect(html).toContain(`rel="preload" as="script"`);
    expect(html).not.toContain(DEFERRED_TYPE);
  });

  it("moves the payload, in order, into one classic script where the first payload script was (the document still loading when Next's runtime starts)", () => {
    expect(payload).toBe(`(self.__next_f=self.__next_f||[]).push([0]);\nself.__next_f.push([1,"0:[]"]);\n`);
    expect(html).not.toContain("__next_f");
    expect(html).toContain(`<main>text</main><script id="_R_">`);
    expect(html).toMatch(new RegExp(`id="_R_">[^<]*</script><script src="${URL}" data-payload></script></body>`));
    expect(html.split("data-payload").length - 1).toBe(1);
    // Only the two payload scripts left the inline scripts the CSP allows.
    expect(inlineScriptHashes(html).length).toBe(inlineScriptHashes(PAGE).length - 2);
  });

  it("is idempotent, and leaves a page without a payload alone", () => {
    expect(payloadToFile(html, () => URL)).toEqual({ html, payload: "" });
  });
});

describe("the payload file's name, and a page's reference to it", () => {
  it("names a payload by its content, and finds the reference on a site page and on an embed", () => {
    const path = payloadPath("self.__next_f.push([1]);\n");
    expect(path).toMatch(/^\/_next\/static\/facade\/[0-9a-f]{16}\.js$/);
    expect(payloadPath("self.__next_f.push([1]);\n")).toBe(path);
    expect(payloadPath("self.__next_f.push([2]);\n")).not.toBe(path);
    expect(PAYLOAD_FILE.exec(payloadToFile(PAGE, payloadPath).html)?.[1]).toBe(
      payloadPath(payloadToFile(PAGE, payloadPath).payload),
    );
    expect(PAYLOAD_FILE.exec(toFacade(PAGE, payloadPath).html)?.[1]).toBe(
      payloadPath(toFacade(PAGE, payloadPath).payload),
    );
  });
});
