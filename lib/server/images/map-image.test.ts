import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { contract, IMAGE_THEMES, type Locale, type Slug } from "@/lib/contract";
import { centers, centersFor } from "@/lib/server/centers";
import { rasterize } from "@/lib/server/images/image-response";
import { imageFileName, imageSpec, type MapImageSpec, mapImageSvg } from "@/lib/server/images/map-image";
import { centreTitle, formatDateIn, translator } from "@/lib/server/text";

const latest = centers.parseAsof(null);
const views: (Slug | null)[] = [null, ...contract.slugs];
const spec = (locale: Locale, slug: Slug | null, extra: Partial<MapImageSpec> = {}): MapImageSpec => ({
  locale,
  slug,
  theme: "light",
  asof: latest,
  ...extra,
});
/** A dated picture as the route asks for it (lib/server/images/image-response.ts). */
const dated = (date: string, locale: Locale = "en", slug: Slug | null = null): MapImageSpec =>
  imageSpec({ locale, slug, theme: "light", asof: centers.parseAsof(date) });

/** The text of the SVG's <text> elements with an id, and of its <desc>, unescaped. */
function texts(svg: string): { byId: Record<string, string>; desc: string; all: string[] } {
  const unescaped = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  const byId: Record<string, string> = {};
  const all: string[] = [];
  for (const m of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
    const text = unescaped(m[2] ?? "");
    all.push(text);
    const id = /\bid="([^"]+)"/.exec(m[1] ?? "")?.[1];
    if (id) byId[id] = text;
  }
  return { byId, desc: unescaped(/<desc>([^<]*)<\/desc>/.exec(svg)?.[1] ?? ""), all };
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...png.subarray(0, 8)]).toEqual(signature);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(String.fromCharCode(...png.subarray(12, 16))).toBe("IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("map images (lib/server/images/map-image.ts)", () => {
  it("every view in every language and theme: title, date, the six centres named in the page's language, legend, sources, credit", () => {
    for (const locale of contract.locales) {
      const c = centersFor(locale);
      for (const slug of views) {
        for (const theme of IMAGE_THEMES) {
          const svg = mapImageSvg(spec(locale, slug, { theme }));
          const { byId, desc } = texts(svg);
          const where = `${locale} ${slug ?? "overview"} ${theme}`;
          expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), where).toBe(true);
          expect(svg, where).toContain(`lang="${locale}"`);
          // Text as text, in named groups an editor shows as layers.
          for (const id of ["heading", "map", "basemap", "centres", "legend", "sources"]) {
            expect(svg, `${where}: group ${id}`).toContain(`<g id="${id}"`);
          }
          const city = slug ? c.city(slug) : undefined;
          expect(byId.title, where).toBe(city ? centreTitle(city, locale) : translator(locale)("overview.title"));
          expect(byId["date-shown"], where).toContain(formatDateIn(locale, c.asofRange.max));
          for (const city of c.cities()) expect(desc, `${where}: ${city.slug}`).toContain(city.names[locale]);
          // The sources the view's page lists (issue 21: the overview's picture said 53, its page 45).
          const count = city ? c.sourceIdsForCity(city.slug).length : c.sourceIdsForOverview().length;
          expect(count, where).toBeLessThan(c.allSources().length);
          expect(byId["source-line"], where).toMatch(new RegExp(`(^|\\D)${count}(\\D|$)`));
          expect(byId["source-line"], where).toContain(`${contract.page(locale, "sources")}`);
          expect(byId.credit, where).toContain(c.meta.licence.name);
          expect(byId.credit, where).toContain(formatDateIn(locale, c.meta.dataVersion));
          // Every colour resolved: the basemap file's CSS variables are the page's, not the picture's.
          expect(svg, where).not.toContain("var(--");
          // Well-formed XML: resvg's parser (roxmltree) rejects anything else.
          expect(() => new Resvg(svg), where).not.toThrow();
        }
      }
    }
  });

  it("names each centre on the map in the page's language, and marks the one the view is about", () => {
    const ja = mapImageSvg(spec("ja", "moscow"));
    expect(texts(ja).all).toContain("モスクワ");
    expect(texts(ja).byId.title).toBe("モスクワ日本センター");
    const ru = mapImageSvg(spec("ru", null));
    for (const city of centersFor("ru").cities()) expect(texts(ru).all).toContain(city.names.ru);
    // The overview shows all six on the map itself.
    expect((mapImageSvg(spec("en", null)).match(/<g id="centre-/g) ?? []).length).toBe(6);
  });

  it("a dated picture shows that date's state and names its span; it differs from the latest", () => {
    const now = mapImageSvg(spec("en", null));
    const then = mapImageSvg(dated("1999-06-01"));
    expect(then).not.toBe(now);
    const span = centers.stateSpan("1999-06-01");
    const line = texts(then).byId["date-shown"] ?? "";
    expect(line).toContain(formatDateIn("en", span.from));
    expect(line).toContain(formatDateIn("en", span.to));
    // In June 1999 no centre had reached the statuses of 2025.
    expect(then).not.toContain('id="legend-closure-announced"');
    expect(now).toContain('id="legend-closure-announced"');
    // Each marker's status is the dataset's on that date.
    for (const city of centers.cities()) {
      const status = centers.statusOn(city.slug, span.from);
      expect(texts(then).desc).toContain(`${city.names.en}: ${translator("en")(`status.${status}`)}`);
      expect(then).toContain(`id="legend-${status}"`);
    }
  });

  it("the dark theme is another picture of the same map", () => {
    const light = mapImageSvg(spec("en", "vladivostok"));
    const dark = mapImageSvg(spec("en", "vladivostok", { theme: "dark" }));
    expect(dark).not.toBe(light);
    expect(texts(dark).all).toEqual(texts(light).all);
  });

  it("escapes what it writes as text: markup in a name stays text", () => {
    const svg = mapImageSvg(spec("en", null));
    // Every text node of the picture, read back by resvg's XML parser, is the text that was meant.
    expect(() => new Resvg(svg)).not.toThrow();
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#)/);
    expect(texts(svg).byId.title).toBe("Japan Centers in Russia");
  });

  it("names the download after the view, date, language and theme", () => {
    expect(imageFileName(spec("en", null), "png")).toBe(`japan-centers-overview-${centers.asofRange.max}.png`);
    expect(
      imageFileName(spec("ja", "moscow", { theme: "dark", asof: { kind: "date", date: "1999-06-01" } }), "svg"),
    ).toBe("japan-centers-moscow-1999-06-01-ja-dark.svg");
  });

  it("the PNG is 2400 × 1600, drawn for every view in every language (resvg, with the generated fonts)", async () => {
    // Every view and language: resvg 2.6 aborts the whole process on some geometry (a layer far
    // outside the canvas), and the labels' widths differ by language. The dated views draw the
    // same geometry with other marker shapes: one per view, in the dark theme.
    const specs = contract.locales.flatMap((locale) => views.map((slug) => spec(locale, slug)));
    specs.push(...views.map((slug) => ({ ...dated("1999-06-01", "ru", slug), theme: "dark" as const })));
    for (const s of specs) {
      const png = await rasterize(mapImageSvg(s));
      expect(pngSize(png), `${s.locale} ${s.slug}`).toEqual({ width: 2400, height: 1600 });
    }
  }, 120_000);
});
