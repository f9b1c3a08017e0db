// What the site's JSON-LD must be (lib/server/structured-data.ts), as one zod schema that the unit test
// (lib/server/structured-data.test.ts) runs on every page it builds and the end-to-end test
// (e2e/structured-data.spec.ts) on what the served pages carry. It asks for what Google's rich
// results ask of a Dataset, a Place and a BreadcrumbList, and more: every object is strict, so a
// property the schema below does not list fails, and each node's list of properties is checked
// against schema-dts's type of that name when the project is typechecked, so it only lists
// properties (and `@type`s) that schema.org has. Pure: zod and types only, no dataset, no Next.
import type {
  BreadcrumbList,
  City,
  Country,
  DataDownload,
  Dataset,
  GeoCoordinates,
  GeoShape,
  ListItem,
  Organization,
  Place,
  Thing,
  WebPage,
} from "schema-dts";
import { z } from "zod";

/** The schema-dts type of one `@type` (`Leaf<Place, "City">`), without its subtypes. */
type Leaf<T, Name extends string> = Extract<T, { "@type": Name }>;

/**
 * A node's zod shape, checked against its schema-dts type: `@type` is that type's name and every
 * other key is one of its properties (an unknown key is an excess property: a type error).
 */
type Shape<T extends { "@type": string }> = { "@type": z.ZodLiteral<T["@type"]> } & {
  [K in Exclude<keyof T, "@type">]?: z.ZodType;
};

const node = <T extends { "@type": string }>() => {
  return <S extends Shape<T>>(shape: S & Record<Exclude<keyof S, keyof T>, never>) => z.strictObject(shape);
};

/** Every `@type` the site's JSON-LD uses: each is a schema.org type (schema-dts has it). */
export const SCHEMA_ORG_TYPES = [
  "WebPage",
  "BreadcrumbList",
  "ListItem",
  "Dataset",
  "DataDownload",
  "Organization",
  "Place",
  "City",
  "Country",
  "GeoCoordinates",
  "GeoShape",
] as const satisfies readonly Exclude<Thing, string>["@type"][];

const text = z.string().trim().min(1);
/**
 * An absolute http(s) URL: search engines read JSON-LD without the page's address to resolve
 * against. (Not z.httpUrl(), which wants a domain name: a build for tests runs on localhost.)
 */
const absoluteUrl = z.url({ protocol: /^https?$/ });
/** A node's identifier: an absolute URL, usually the page's with a fragment (`…/about#dataset`). */
const ref = z.strictObject({ "@id": absoluteUrl });
/** A BCP 47 language tag, as `<html lang>` has it (`en`, `ja`, `ru-RU`). */
const language = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "a BCP 47 language tag");
const isoDate = z.iso.date();
/** An ISO 8601 date of year, month or day precision (`1994`, `1994-10`, `1994-10-01`). */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** An ISO 8601 interval of two such dates, start first, or an open one (`1994-10/..`). */
const isoInterval = z.string().refine(
  (value) => {
    const [start = "", end = "", ...rest] = value.split("/");
    if (rest.length > 0 || !PARTIAL_DATE.test(start)) return false;
    return end === ".." || (PARTIAL_DATE.test(end) && start <= end);
  },
  { message: "an ISO 8601 interval of dates, start/end with start <= end (or start/..)" },
);
/** A media type as a download's Content-Type names it, without parameters (`text/csv`). */
const mediaType = z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/, "a media type without parameters");

const geoCoordinates = node<Leaf<GeoCoordinates, "GeoCoordinates">>()({
  "@type": z.literal("GeoCoordinates"),
  // Google takes numbers or text; numbers, so a reader cannot mistake 55.7522 for a label.
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  // What the point is: the site's coordinates are city centres, never the centres' buildings.
  description: text,
});

/** `south west north east`, in degrees: the box a dataset's places lie in. */
const geoShape = node<Leaf<GeoShape, "GeoShape">>()({
  "@type": z.literal("GeoShape"),
  box: z.string().refine(
    (value) => {
      const parts = value.split(" ").map(Number);
      if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return false;
      const [south = 0, west = 0, north = 0, east = 0] = parts;
      return south >= -90 && north <= 90 && south <= north && west >= -180 && east <= 180 && west <= east;
    },
    { message: "a box: south west north east, in degrees" },
  ),
});

const country = node<Leaf<Country, "Country">>()({ "@type": z.literal("Country"), name: text });

/** The city a centre is in, at its centre (the data's point), said to be that. */
const city = node<Leaf<City, "City">>()({
  "@type": z.literal("City"),
  name: text,
  geo: geoCoordinates,
  containedInPlace: country,
});

/**
 * A centre: its name and the city it is in. No `geo` of its own (strict: one is rejected), since
 * no source gives a building's coordinates and machines read a Place's `geo` as where it is.
 */
const centrePlace = node<Leaf<Place, "Place">>()({
  "@type": z.literal("Place"),
  "@id": absoluteUrl,
  name: text,
  alternateName: z.array(text).optional(),
  description: text,
  url: absoluteUrl,
  containedInPlace: city,
});

/** A dataset's spatial coverage: its places by name, the box they lie in, and the country. */
const coveragePlace = node<Leaf<Place, "Place">>()({
  "@type": z.literal("Place"),
  name: text,
  geo: geoShape,
  containedInPlace: country,
});

const organization = node<Leaf<Organization, "Organization">>()({
  "@type": z.literal("Organization"),
  name: text,
  url: absoluteUrl,
});

const dataDownload = node<Leaf<DataDownload, "DataDownload">>()({
  "@type": z.literal("DataDownload"),
  name: text,
  contentUrl: absoluteUrl,
  encodingFormat: mediaType,
  inLanguage: language,
});

const dataset = node<Leaf<Dataset, "Dataset">>()({
  "@type": z.literal("Dataset"),
  "@id": absoluteUrl,
  name: text,
  alternateName: text.optional(),
  // Google's limits for a dataset's description.
  description: text.min(50).max(5000),
  url: absoluteUrl,
  inLanguage: language,
  // Google wants the licence as a URL (or a CreativeWork).
  license: absoluteUrl,
  creditText: text.optional(),
  creator: organization,
  version: text.optional(),
  datePublished: isoDate.optional(),
  dateModified: isoDate,
  temporalCoverage: isoInterval,
  spatialCoverage: coveragePlace,
  distribution: z.array(dataDownload).min(1),
});

const listItem = node<Leaf<ListItem, "ListItem">>()({
  "@type": z.literal("ListItem"),
  position: z.int().min(1),
  name: text,
  item: absoluteUrl,
});

const breadcrumbList = node<Leaf<BreadcrumbList, "BreadcrumbList">>()({
  "@type": z.literal("BreadcrumbList"),
  "@id": absoluteUrl,
  itemListElement: z
    .array(listItem)
    .min(1)
    .refine((items) => items.every((item, i) => item.position === i + 1), {
      message: "positions must be 1, 2, … n in order",
    }),
});

const webPage = node<Leaf<WebPage, "WebPage">>()({
  "@type": z.literal("WebPage"),
  "@id": absoluteUrl,
  url: absoluteUrl,
  name: text,
  inLanguage: language,
  breadcrumb: ref,
  about: ref.optional(),
});

const graphNode = z.discriminatedUnion("@type", [webPage, breadcrumbList, dataset, centrePlace]);

/**
 * A page's JSON-LD: one `@graph` with its WebPage, that page's BreadcrumbList (ending at the
 * page), and what the page is about (a Dataset or a Place), every reference resolved in the graph.
 */
export const pageGraph = z
  .strictObject({ "@context": z.literal("https://schema.org"), "@graph": z.array(graphNode).min(2) })
  .superRefine((graph, ctx) => {
    const nodes = graph["@graph"];
    const ids = nodes.map((n) => n["@id"]);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", message: "an @id is used twice" });
    const pages = nodes.filter((n) => n["@type"] === "WebPage");
    const page = pages[0];
    if (pages.length !== 1 || !page) {
      ctx.addIssue({ code: "custom", message: "a page's graph has exactly one WebPage" });
      return;
    }
    const breadcrumb = nodes.find((n) => n["@id"] === page.breadcrumb["@id"]);
    if (breadcrumb?.["@type"] !== "BreadcrumbList") {
      ctx.addIssue({ code: "custom", message: "the WebPage's breadcrumb is not a BreadcrumbList in the graph" });
    } else if (breadcrumb.itemListElement.at(-1)?.item !== page.url) {
      ctx.addIssue({ code: "custom", message: "the breadcrumb trail does not end at the page" });
    }
    if (page.about && !ids.includes(page.about["@id"])) {
      ctx.addIssue({ code: "custom", message: `the WebPage is about ${page.about["@id"]}, which is not in the graph` });
    }
  });

export type PageGraph = z.infer<typeof pageGraph>;
export type GraphNode = PageGraph["@graph"][number];

/** The nodes of a graph of one `@type`, typed. */
export function nodesOf<T extends GraphNode["@type"]>(graph: PageGraph, type: T): Extract<GraphNode, { "@type": T }>[] {
  return graph["@graph"].filter((n): n is Extract<GraphNode, { "@type": T }> => n["@type"] === type);
}

/** Every `@type` in a JSON value, nested ones included. */
export function typesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(typesIn);
  if (value === null || typeof value !== "object") return [];
  const own = (value as Record<string, unknown>)["@type"];
  return [...(typeof own === "string" ? [own] : []), ...Object.values(value).flatMap(typesIn)];
}
