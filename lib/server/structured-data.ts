// Schema.org JSON-LD for search engines and news aggregators (issue 16), one `@graph` per page:
// - every page: a WebPage and its BreadcrumbList (the overview, then the page);
// - the overview and /about: the Dataset, with the four downloads as its distribution;
// - a centre's page: the centre as a Place in its City; the City's `geo` is the data's point.
// Every fact comes from the dataset (lib/server/centers.ts), every address from the URL contract, every
// sentence from the messages. A dated view (`?asof=`) gets its page's graph: the canonical page,
// without the date, as its <link rel="canonical"> is. Embeds get none (see structuredData).
// Typed with schema-dts; lib/structured-data-schema.ts is what the tests hold it to.
import "server-only";
import type { BreadcrumbList, DataDownload, Dataset, Graph, Place, WebPage } from "schema-dts";
import { contract, DOWNLOADS, type Locale, type Slug, type View } from "@/lib/contract";
import { type Centers, centersFor } from "@/lib/server/centers";
import { overviewDescription, viewTitle } from "@/lib/server/page-metadata";
import { centreTitle, cityDescription, formatList, joinSentences, otherNames, translator } from "@/lib/server/text";
import { SITE_URL } from "@/lib/site";

/**
 * Each download's media type, as its route answers it (app/data/*): a download added to the
 * contract without one here fails the typecheck.
 */
export const DOWNLOAD_FORMATS: Record<(typeof DOWNLOADS)[number], string> = {
  "centers.json": "application/json",
  "centers.geojson": "application/geo+json",
  "events.json": "application/json",
  "events.csv": "text/csv",
};

/** The language of the downloads: English in every site language (lib/server/downloads.ts). */
/** The downloads are in the data's language, the contract's default. */
const DOWNLOADS_LANGUAGE = contract.defaultLocale;

const absolute = (path: string) => `${SITE_URL}${path}`;

/** A page's canonical address: the view without its date or embed options, absolute. */
const pageUrl = (locale: Locale, page: View["page"], slug: View["slug"] = null) =>
  absolute(contract.page(locale, page, slug));

/** The dataset's identifier in a language: its landing page, /about, which lists the downloads. */
export const datasetId = (locale: Locale) => `${pageUrl(locale, "about")}#dataset`;

/** A centre's identifier in a language: on its page. */
const placeId = (locale: Locale, slug: Slug) => `${pageUrl(locale, "centre", slug)}#place`;

/**
 * The JSON-LD of a page, or null for an embed. Embeds are `noindex`, their canonical URL is the
 * full page (which carries this graph), and an embed loads in every article that hosts it: the
 * bytes would be read by no one.
 */
export function structuredData(view: View): Graph | null {
  if (view.embedded) return null;
  const { locale } = view;
  const c = centersFor(locale);
  const t = translator(locale);
  const url = pageUrl(locale, view.page, view.slug);
  const city = view.page === "centre" && view.slug ? c.city(view.slug) : undefined;
  if (view.page === "centre" && !city) throw new Error(`structuredData: no centre "${view.slug}"`);

  const crumbs = [{ name: t("site.name"), url: pageUrl(locale, "overview") }];
  if (city) crumbs.push({ name: centreTitle(city, locale), url });
  else if (view.page === "sources") crumbs.push({ name: t("sourcesPage.title"), url });
  else if (view.page === "about") crumbs.push({ name: t("about.title"), url });

  const breadcrumbId = `${url}#breadcrumb`;
  const breadcrumb: BreadcrumbList = {
    "@type": "BreadcrumbList",
    "@id": breadcrumbId,
    itemListElement: crumbs.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };

  // What the page is about: the centre, or the dataset; the sources page is about itself.
  const subject: { id: string; node: Dataset | Place } | null =
    view.page === "centre" && view.slug
      ? { id: placeId(locale, view.slug), node: centrePlace(c, locale, view.slug) }
      : view.page === "overview" || view.page === "about"
        ? { id: datasetId(locale), node: datasetOf(c, locale) }
        : null;

  const page: WebPage = {
    "@type": "WebPage",
    "@id": url,
    url,
    // The page's title without a date: the same on every dated view of it.
    name: viewTitle({ ...view, asof: null }),
    inLanguage: locale,
    breadcrumb: { "@id": breadcrumbId },
    ...(subject ? { about: { "@id": subject.id } } : {}),
  };

  return { "@context": "https://schema.org", "@graph": [page, breadcrumb, ...(subject ? [subject.node] : [])] };
}

/** The dataset, described in a page's language: the same on the overview and on /about. */
function datasetOf(c: Centers, locale: Locale): Dataset {
  const t = translator(locale);
  const { meta } = c;
  const cities = c.cities();
  // The corrections log's oldest entry is the first release; the data version is its newest.
  const firstRelease = c.changelog().at(-1)?.date;
  const lats = cities.map((city) => city.coordinates.lat);
  const lons = cities.map((city) => city.coordinates.lon);
  return {
    "@type": "Dataset",
    "@id": datasetId(locale),
    name: t("site.overviewTitle", c.storySpan()),
    // The dataset's own title, as data/meta.json gives it.
    alternateName: meta.title,
    // What the map shows and what each download holds: the overview's description and the
    // about page's list of the files, as plain text.
    description: joinSentences(locale, [
      overviewDescription(c, locale),
      t.markup("about.dataFields", { count: cities.length, c: (chunks) => chunks }),
    ]),
    url: pageUrl(locale, "about"),
    inLanguage: locale,
    license: meta.licence.url,
    creditText: meta.licence.attribution,
    creator: { "@type": "Organization", name: compiler(locale, c), url: pageUrl(locale, "overview") },
    version: meta.dataVersion,
    ...(firstRelease ? { datePublished: firstRelease } : {}),
    dateModified: meta.dataVersion,
    // From the first event to the data version: the centres' state is known up to that day. (Not
    // to the closure's year: no source gives the year any centre stopped.)
    temporalCoverage: `${c.events()[0]?.date ?? c.asofRange.min}/${meta.dataVersion}`,
    spatialCoverage: {
      "@type": "Place",
      name: formatList(
        locale,
        cities.map((city) => city.names[locale]),
      ),
      // The box the six city centres lie in (south west north east).
      geo: {
        "@type": "GeoShape",
        box: `${Math.min(...lats)} ${Math.min(...lons)} ${Math.max(...lats)} ${Math.max(...lons)}`,
      },
      containedInPlace: { "@type": "Country", name: t("structuredData.country") },
    },
    distribution: DOWNLOADS.map(
      (file): DataDownload => ({
        "@type": "DataDownload",
        name: file,
        contentUrl: absolute(`/data/${file}`),
        encodingFormat: DOWNLOAD_FORMATS[file],
        inLanguage: DOWNLOADS_LANGUAGE,
      }),
    ),
  };
}

/**
 * The dataset's creator: the site, named in the page's language. data/meta.json credits the
 * compilation to it by its English name ("Japan Centers Map (compilation); facts from the sources
 * …"); should the credit ever name someone else, the build stops here rather than say so.
 */
function compiler(locale: Locale, c: Centers): string {
  const english = translator(contract.defaultLocale)("site.name");
  if (!c.meta.licence.attribution.startsWith(`${english} (compilation)`)) {
    throw new Error(
      `data/meta.json: licence.attribution no longer credits the compilation to "${english}"; lib/server/structured-data.ts names the dataset's creator from it`,
    );
  }
  return translator(locale)("site.name");
}

/**
 * A centre as a Place. It has no `geo` of its own: no source gives the buildings' coordinates, and
 * a machine reads a Place's `geo` as its location whatever its description says. The data's point
 * is the city centre, so it is the `geo` of the City the centre is in (`containedInPlace`).
 */
function centrePlace(c: Centers, locale: Locale, slug: Slug): Place {
  const t = translator(locale);
  const city = c.city(slug);
  if (!city) throw new Error(`structuredData: no centre "${slug}"`);
  const url = pageUrl(locale, "centre", slug);
  return {
    "@type": "Place",
    "@id": placeId(locale, slug),
    name: centreTitle(city, locale),
    alternateName: otherNames(city.centreName, locale).map((o) => o.name),
    description: cityDescription(city, c, locale),
    url,
    containedInPlace: {
      "@type": "City",
      name: city.names[locale],
      geo: {
        "@type": "GeoCoordinates",
        latitude: city.coordinates.lat,
        longitude: city.coordinates.lon,
        description: t("structuredData.cityCentre"),
      },
      containedInPlace: { "@type": "Country", name: t("structuredData.country") },
    },
  };
}

/**
 * JSON-LD as the text of a <script type="application/ld+json">: JSON with every `<` written as
 * `\u003c`, so no value can close the element (`</script>`) or open a comment (`<!--`). JSON.parse
 * reads it back unchanged.
 */
export function serializeJsonLd(data: Graph): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
