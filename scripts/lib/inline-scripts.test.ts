import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "./inline-scripts.mjs";

const hash = (source: string) => `'sha256-${createHash("sha256").update(source).digest("base64")}'`;

describe("inlineScriptHashes", () => {
  it("hashes every inline script a browser runs, once each, in document order", () => {
    const html =
      '<head><script>a()</script><script type="module">b()</script></head>' +
      '<body><script src="/x.js" async></script><script>a()</script><script id="n">c()</script></body>';
    expect(inlineScriptHashes(html)).toEqual([hash("a()"), hash("b()"), hash("c()")]);
  });

  it("leaves out JSON-LD, which browsers never run (the policy lists only what executes)", () => {
    const jsonLd = '{"@context":"https://schema.org","name":"\\u003c/script>"}';
    for (const tag of [
      '<script type="application/ld+json">',
      "<script type='application/ld+json'>",
      "<script type=application/ld+json>",
      '<script id="ld" TYPE="Application/LD+JSON">',
    ]) {
      expect(inlineScriptHashes(`${tag}${jsonLd}</script><script>run()</script>`), tag).toEqual([hash("run()")]);
    }
  });

  it("still hashes a script whose type only starts like JSON-LD's", () => {
    expect(inlineScriptHashes('<script type="application/ld+jsonx">x()</script>')).toEqual([hash("x()")]);
  });
});
