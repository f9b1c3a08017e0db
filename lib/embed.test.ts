import { describe, expect, it } from "vitest";
import { buildEmbedSnippet, DEFAULT_EMBED_OPTIONS, embedQuery, parseEmbedOptions } from "@/lib/embed";

describe("parseEmbedOptions", () => {
  it("gives the defaults for no options", () => {
    expect(parseEmbedOptions(new URLSearchParams())).toEqual(DEFAULT_EMBED_OPTIONS);
  });

  it("reads valid options", () => {
    expect(parseEmbedOptions(new URLSearchParams("theme=dark&panel=0&controls=0&lang=en"))).toEqual({
      theme: "dark",
      panel: false,
      controls: false,
      lang: "en",
    });
    expect(parseEmbedOptions({ theme: "auto", panel: "1" })).toMatchObject({ theme: "auto", panel: true });
  });

  it("ignores unknown and malformed values", () => {
    expect(parseEmbedOptions(new URLSearchParams("theme=neon&panel=no&controls=2&lang=fr&extra=1&theme=dark"))).toEqual(
      DEFAULT_EMBED_OPTIONS,
    );
    expect(parseEmbedOptions({ theme: ["dark", "light"], panel: ["0"] })).toMatchObject({
      theme: "dark",
      panel: false,
    });
    expect(parseEmbedOptions({ theme: "<script>" })).toEqual(DEFAULT_EMBED_OPTIONS);
  });

  it("takes the site's languages and ignores any other", () => {
    expect(parseEmbedOptions({ lang: "ja" }).lang).toBe("ja");
    expect(parseEmbedOptions({ lang: "ru" }).lang).toBe("ru");
    expect(parseEmbedOptions({ lang: "fr" }).lang).toBe("en");
    expect(parseEmbedOptions({ lang: "JA" }).lang).toBe("en");
  });

  it("puts the language in the snippet's path, not its query", () => {
    const html = buildEmbedSnippet({
      origin: "https://example.org",
      slug: "moscow",
      options: { ...DEFAULT_EMBED_OPTIONS, lang: "ru", theme: "dark" },
      title: "t",
    });
    expect(html).toContain('src="https://example.org/ru/embed/moscow?theme=dark"');
  });
});

describe("embedQuery", () => {
  it("writes only what differs from the defaults", () => {
    expect(embedQuery(DEFAULT_EMBED_OPTIONS)).toBe("");
    expect(embedQuery({ ...DEFAULT_EMBED_OPTIONS, theme: "dark", panel: false }, "2025-06-01")).toBe(
      "?theme=dark&panel=0&asof=2025-06-01",
    );
  });
});

describe("buildEmbedSnippet", () => {
  it("builds an iframe with title, lazy loading, full width and a first height, plus embed.js", () => {
    const html = buildEmbedSnippet({
      origin: "https://maps.example.org/",
      slug: "vladivostok",
      options: { ...DEFAULT_EMBED_OPTIONS, controls: false },
      title: "Japan Centers in Russia: Vladivostok",
    });
    expect(html).toContain('<iframe src="https://maps.example.org/embed/vladivostok?controls=0"');
    expect(html).toContain('title="Japan Centers in Russia: Vladivostok"');
    expect(html).toContain('width="100%" height="640"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain("data-jcm-embed");
    expect(html).toContain('<script src="https://maps.example.org/embed.js" async></script>');
  });

  it("escapes what it puts in attributes", () => {
    const html = buildEmbedSnippet({
      origin: "https://maps.example.org",
      slug: null,
      options: { ...DEFAULT_EMBED_OPTIONS, panel: false },
      title: 'The "six" <centres> & more',
    });
    expect(html).toContain('src="https://maps.example.org/embed?panel=0"');
    expect(html).toContain('title="The &quot;six&quot; &lt;centres&gt; &amp; more"');
    expect(html).toContain('height="460"');
  });
});
