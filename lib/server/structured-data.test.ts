import { beforeAll, describe, expect, it } from "vitest";
import { contract, DOWNLOADS, type View } from "@/lib/contract";
import { centersFor } from "@/lib/server/centers";
import { DOWNLOAD_FORMATS, datasetId, serializeJsonLd, structuredData } from "@/lib/server/structured-data";
import { translator } from "@/lib/server/text";
import { SITE_URL } from "@/lib/site";
import { nodesOf, type PageGraph, pageGraph, SCHEMA_ORG_TYPES, typesIn } from "@/lib/structured-data-schema";

/** Every page of the site (not the embeds) in every language. */
const PAGES = contract.allViews().filter((v) => !v.embedded);
const label = (v: View) => contract.href(v);

/** A page's graph, validated: the test fails with zod's issues if it is not. */
function graphOf(view: View): PageGraph {
  const data = structuredData(view);
  const parsed = pageGraph.safeParse(data);
  if (!parsed.success) throw new Error(`${label(view)}: ${JSON.stringify(parsed.error.issues, null, 2)}`);
  return parsed.data;
}

describe("the JSON-LD of every page", () => {
  it("covers every page of every language", () => {
    expect(PAGES).toHaveLength(contract.locales.length * (contract.slugs.length + 3));
  });

  for (const view of PAGES) {
    describe(label(view), () => {
      let graph: PageGraph;
      beforeAll(() => {
        graph = graphOf(view);
      });
      const url = `${SITE_URL}${contract.href(view)}`;
      const t = translator(view.locale);
      const c = centersFor(view.locale);

      it("validates, as a WebPage in the page's language at its canonical address", () => {
        const [page] = nodesOf(graph, "WebPage");
        expect(page?.url).toBe(url);
        expect(page?.inLanguage).toBe(view.locale);
      });

      it("has a BreadcrumbList from the overview to the page, at the contract's addresses", () => {
        const [breadcrumb] = nodesOf(graph, "BreadcrumbList");
        const overview = { name: t("site.name"), item: `${SITE_URL}${contract.page(view.locale, "overview")}` };
        const trail = breadcrumb?.itemListElement.map(({ name, item }) => ({ name, item }));
        if (view.page === "overview") expect(trail).toEqual([overview]);
        else {
          expect(trail).toHaveLength(2);
          expect(trail?.[0]).toEqual(overview);
          expect(trail?.[1]?.item).toBe(url);
        }
      });

      it("uses only schema.org types, from the list typed against schema-dts", () => {
        const allowed: readonly string[] = SCHEMA_ORG_TYPES;
        expect(typesIn(graph).filter((type) => !allowed.includes(type))).toEqual([]);
      });

      if (view.page === "centre") {
        it("has the centre as a Place with no point of its own, in a City at the data's point", () => {
          const city = c.city(view.slug ?? "");
          const places = nodesOf(graph, "Place");
          expect(places).toHaveLength(1);
          const [place] = places;
          // The city centre is not the centre's building (issue 21): the point is the City's.
          expect(place && "geo" in place).toBe(false);
          expect(place?.containedInPlace.geo).toEqual({
            "@type": "GeoCoordinates",
            latitude: city?.coordinates.lat,
            longitude: city?.coordinates.lon,
            description: t("structuredData.cityCentre"),
          });
          expect(city?.coordinates.kind).toBe("city-centre");
          expect(place?.name).toContain(city?.centreName[view.locale]);
          expect(place?.containedInPlace.name).toBe(city?.names[view.locale]);
          expect(nodesOf(graph, "WebPage")[0]?.about).toEqual({ "@id": place?.["@id"] });
          expect(nodesOf(graph, "Dataset")).toEqual([]);
        });
      } else if (view.page === "overview" || view.page === "about") {
        it("has the Dataset: licence, version, creator, coverage and the four downloads, from data/", () => {
          const datasets = nodesOf(graph, "Dataset");
          expect(datasets).toHaveLength(1);
          const [dataset] = datasets;
          const { meta } = c;
          expect(dataset?.["@id"]).toBe(datasetId(view.locale));
          expect(dataset?.inLanguage).toBe(view.locale);
          expect(dataset?.license).toBe(meta.licence.url);
          expect(dataset?.creditText).toBe(meta.licence.attribution);
          expect(dataset?.dateModified).toBe(meta.dataVersion);
          expect(dataset?.version).toBe(meta.dataVersion);
          expect(dataset?.datePublished).toBe(c.changelog().at(-1)?.date);
          expect(dataset?.creator.name).toBe(t("site.name"));
          expect(dataset?.temporalCoverage).toBe(`${c.events()[0]?.date}/${meta.dataVersion}`);
          expect(dataset?.temporalCoverage.startsWith(c.storySpan().first)).toBe(true);
          expect(dataset?.spatialCoverage.containedInPlace.name).toBe(t("structuredData.country"));
          for (const city of c.cities()) expect(dataset?.spatialCoverage.name).toContain(city.names[view.locale]);
          const [south = 0, west = 0, north = 0, east = 0] = (dataset?.spatialCoverage.geo.box ?? "")
            .split(" ")
            .map(Number);
          for (const { coordinates: p } of c.cities()) {
            expect(p.lat >= south && p.lat <= north && p.lon >= west && p.lon <= east, `${p.lat} ${p.lon}`).toBe(true);
          }
          expect(dataset?.distribution).toEqual(
            DOWNLOADS.map((file) => ({
              "@type": "DataDownload",
              name: file,
              contentUrl: `${SITE_URL}/data/${file}`,
              encodingFormat: DOWNLOAD_FORMATS[file],
              inLanguage: "en",
            })),
          );
          expect(nodesOf(graph, "WebPage")[0]?.about).toEqual({ "@id": dataset?.["@id"] });
        });

        it("describes the Dataset in the page's language", () => {
          const description = nodesOf(graph, "Dataset")[0]?.description ?? "";
          const scripts = { ja: /[\u3040-\u30ff]/, ru: /[\u0400-\u04ff]/ };
          for (const [lang, script] of Object.entries(scripts)) {
            if (lang === view.locale) expect(description).toMatch(script);
            else expect(description).not.toMatch(script);
          }
          expect(description).not.toMatch(/<\/?\w+>/);
        });
      } else {
        it("is about nothing but the page", () => {
          expect(graph["@graph"].map((n) => n["@type"])).toEqual(["WebPage", "BreadcrumbList"]);
        });
      }

      it("serializes with no `<` at all, and reads back the same", () => {
        const data = structuredData(view);
        if (!data) throw new Error("no JSON-LD");
        const text = serializeJsonLd(data);
        expect(text).not.toContain("<");
        expect(JSON.parse(text)).toEqual(data);
      });
    });
  }
});

describe("the overview and /about", () => {
  it("carry the same Dataset in each language", () => {
    for (const locale of contract.locales) {
      const of = (page: "overview" | "about") => nodesOf(graphOf(contract.view({ locale, page })), "Dataset");
      expect(of("overview")).toEqual(of("about"));
    }
  });
});

describe("dated views and embeds", () => {
  it("a dated view has its undated page's JSON-LD (canonical addresses, no date)", () => {
    const { asofRange } = centersFor("en");
    for (const view of PAGES.filter((v) => v.page === "overview" || v.page === "centre")) {
      for (const asof of ["1999-06-01", asofRange.min, asofRange.max]) {
        const dated = contract.view({ ...view, asof });
        expect(structuredData(dated), label(dated)).toEqual(structuredData(view));
      }
    }
  });

  it("an embed has none: it is not indexed, and its canonical page has it", () => {
    const embeds = contract.allViews().filter((v) => v.embedded);
    expect(embeds.length).toBeGreaterThan(0);
    for (const view of embeds) expect(structuredData(view), label(view)).toBeNull();
  });
});

describe("serializeJsonLd", () => {
  it("cannot close its <script> element or open a comment, whatever the data says", () => {
    const hostile = {
      "@context": "https://schema.org" as const,
      "@graph": [{ "@type": "Thing" as const, name: "</script><script>alert(1)<!--" }],
    };
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/<\/script|<!--|</i);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});

describe("the validator (the check itself works)", () => {
  const valid = () => structuredClone(structuredData(contract.view({ locale: "en", page: "about" }))) as PageGraph;
  const centre = () =>
    structuredClone(structuredData(contract.view({ locale: "ja", page: "centre", slug: "moscow" }))) as PageGraph;
  const dataset = (g: PageGraph) => nodesOf(g, "Dataset")[0] as Record<string, unknown>;
  const rejects = (g: unknown) => expect(pageGraph.safeParse(g).success).toBe(false);

  it("accepts the site's graphs", () => {
    expect(pageGraph.safeParse(valid()).success).toBe(true);
    expect(pageGraph.safeParse(centre()).success).toBe(true);
  });

  it("rejects a Dataset description shorter than 50 or longer than 5000 characters", () => {
    for (const description of ["Too short.", "x".repeat(5001)]) {
      const g = valid();
      dataset(g).description = description;
      rejects(g);
    }
  });

  it("rejects a Dataset without a licence, a creator's name, or a temporal coverage as an interval", () => {
    for (const change of [
      (d: Record<string, unknown>) => delete d.license,
      (d: Record<string, unknown>) => (d.creator = { "@type": "Organization", url: SITE_URL }),
      (d: Record<string, unknown>) => (d.temporalCoverage = "1994 to 2026"),
      (d: Record<string, unknown>) => (d.temporalCoverage = "2026-11-30/1994-10"),
    ]) {
      const g = valid();
      change(dataset(g));
      rejects(g);
    }
  });

  it("rejects a download with a relative address or no format", () => {
    const g = valid();
    (dataset(g).distribution as Record<string, unknown>[])[0] = {
      "@type": "DataDownload",
      name: "centers.json",
      contentUrl: "/data/centers.json",
      encodingFormat: "application/json",
      inLanguage: "en",
    };
    rejects(g);
    const h = valid();
    delete (dataset(h).distribution as Record<string, unknown>[])[1]?.encodingFormat;
    rejects(h);
  });

  it("rejects a property or a type schema.org does not have (the spelling of `license` included)", () => {
    const g = valid();
    const d = dataset(g);
    // Beside the right one: only the unknown property can make it fail.
    d.licence = d.license;
    rejects(g);
    const h = valid();
    dataset(h)["@type"] = "Datset";
    rejects(h);
  });

  it("rejects a city whose coordinates are text, or do not say what they are, and a centre with a point", () => {
    type WithCity = { containedInPlace: { geo: Record<string, unknown> } };
    const g = centre();
    const place = nodesOf(g, "Place")[0] as WithCity;
    place.containedInPlace.geo.latitude = String(place.containedInPlace.geo.latitude);
    rejects(g);
    const h = centre();
    delete (nodesOf(h, "Place")[0] as WithCity).containedInPlace.geo.description;
    rejects(h);
    const k = centre();
    const centrePlace = nodesOf(k, "Place")[0] as WithCity & { geo?: unknown };
    centrePlace.geo = { ...centrePlace.containedInPlace.geo };
    rejects(k);
  });

  it("rejects breadcrumbs out of order, with a relative address, or not ending at the page", () => {
    const changes: ((items: { position: number; item: string }[]) => void)[] = [
      (items) => items.reverse(),
      (items) => {
        if (items[0]) items[0].item = "/";
      },
      (items) => {
        if (items[1]) items[1].item = `${SITE_URL}/sources`;
      },
    ];
    for (const change of changes) {
      const g = centre();
      change(nodesOf(g, "BreadcrumbList")[0]?.itemListElement as { position: number; item: string }[]);
      rejects(g);
    }
  });

  it("rejects a WebPage about a node that is not in the graph", () => {
    const g = centre();
    const page = nodesOf(g, "WebPage")[0];
    if (page) page.about = { "@id": `${SITE_URL}/#nothing` };
    rejects(g);
  });
});
