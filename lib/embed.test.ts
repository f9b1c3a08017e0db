import { describe, expect, it } from "vitest";
import { contract, DEFAULT_EMBED_OPTIONS } from "@/lib/contract";
import { buildEmbedSnippet, EMBED_OPTIONS_SCRIPT } from "@/lib/embed";

const embed = (partial: Partial<Parameters<typeof contract.view>[0]>) =>
  contract.view({ locale: "en", page: "overview", embedded: true, ...partial });

describe("embed options (contract.embedOptions)", () => {
  it("gives the defaults for no options", () => {
    expect(contract.embedOptions(new URLSearchParams())).toEqual(DEFAULT_EMBED_OPTIONS);
  });

  it("reads valid options", () => {
    expect(contract.embedOptions(new URLSearchParams("theme=dark&panel=0&controls=0&lang=en&childId=jcm-1"))).toEqual({
      theme: "dark",
      panel: false,
      controls: false,
      childId: "jcm-1",
    });
    expect(contract.embedOptions(new URLSearchParams("childId=<x>")).childId).toBeNull();
    expect(contract.embedOptions(new URLSearchParams("theme=auto&panel=1"))).toMatchObject({
      theme: "auto",
      panel: true,
    });
  });

  it("ignores unknown and malformed values, and takes the first of a repeated one", () => {
    expect(contract.embedOptions(new URLSearchParams("theme=neon&panel=no&controls=2&lang=fr&extra=1"))).toEqual(
      DEFAULT_EMBED_OPTIONS,
    );
    expect(contract.embedOptions(new URLSearchParams("theme=dark&theme=light&panel=0"))).toMatchObject({
      theme: "dark",
      panel: false,
    });
    expect(contract.embedOptions(new URLSearchParams({ theme: "<script>" }))).toEqual(DEFAULT_EMBED_OPTIONS);
  });

  it("the first-paint script reads the same options", () => {
    for (const value of ['"dark"', '"auto"', '"0"', "panel", "controls"]) expect(EMBED_OPTIONS_SCRIPT).toContain(value);
  });
});

describe("buildEmbedSnippet", () => {
  it("puts the language in the snippet's path, not its query", () => {
    const html = buildEmbedSnippet({
      origin: "https://example.org",
      view: embed({
        locale: "ru",
        page: "centre",
        slug: "moscow",
        options: { ...DEFAULT_EMBED_OPTIONS, theme: "dark" },
      }),
      title: "t",
    });
    expect(html).toContain('src="https://example.org/ru/embed/moscow?theme=dark"');
  });

  it("writes only the options that differ from the defaults, and the date", () => {
    const html = buildEmbedSnippet({
      origin: "https://example.org",
      view: embed({ asof: "2025-06-01", options: { ...DEFAULT_EMBED_OPTIONS, theme: "dark", panel: false } }),
      title: "t",
    });
    expect(html).toContain('src="https://example.org/embed?theme=dark&amp;panel=0&amp;asof=2025-06-01"');
  });

  it("builds an iframe with title, lazy loading, full width and a first height, plus embed.js", () => {
    const html = buildEmbedSnippet({
      origin: "https://maps.example.org/",
      view: embed({ page: "centre", slug: "vladivostok", options: { ...DEFAULT_EMBED_OPTIONS, controls: false } }),
      title: "Japan Centers in Russia: Vladivostok",
    });
    expect(html).toContain('<iframe src="https://maps.example.org/embed/vladivostok?controls=0"');
    expect(html).toContain('title="Japan Centers in Russia: Vladivostok"');
    expect(html).toContain('width="100%" height="640"');
    expect(html).toContain('loading="lazy"');
    // The embed's Share button may use the reader's share sheet from inside the iframe.
    expect(html).toContain('allow="fullscreen; clipboard-write; web-share"');
    expect(html).toContain("data-jcm-embed");
    expect(html).toContain('<script src="https://maps.example.org/embed.js" async></script>');
  });

  it("takes a height (oEmbed's maxheight) and escapes what it puts in attributes", () => {
    const html = buildEmbedSnippet({
      origin: "https://maps.example.org",
      view: embed({ options: { ...DEFAULT_EMBED_OPTIONS, panel: false } }),
      title: 'The "six" <centres> & more',
    });
    expect(html).toContain('src="https://maps.example.org/embed?panel=0"');
    expect(html).toContain('title="The &quot;six&quot; &lt;centres&gt; &amp; more"');
    expect(html).toContain('height="460"');
    expect(buildEmbedSnippet({ origin: "https://m.example", view: embed({}), title: "t", height: 321 })).toContain(
      'height="321"',
    );
  });
});
