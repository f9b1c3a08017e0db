// The <head> of every page: title, description, canonical URL, language alternates, social cards
// and oEmbed discovery, all from the page's view (lib/contract.ts).
import "server-only";
import type { Metadata } from "next";
import { contract, LANGUAGES, type Locale, type View } from "@/lib/contract";
import { type Centers, type City, centersFor } from "@/lib/server/centers";
import { centreTitle, cityDescription, cityNames, formatDateIn, punctuation, translator } from "@/lib/server/text";
import { SITE_URL } from "@/lib/site";

/**
 * Social cards, oEmbed discovery and language alternates for a view: Open Graph and Twitter tags
 * with the page's 1200×630 image, `<link rel="alternate" type="application/json+oembed">` and
 * `<link rel="alternate" hreflang>` for each language, and the language's corrections and updates
 * feed (`application/atom+xml`, lib/server/feed.ts). The canonical URL is the view without its date: a
 * dated view is a state of the same page.
 */
function shareMetadata(view: View, title: string, description: string): Metadata {
  const canonical = { ...view, asof: null, embedded: false, options: { ...view.options } };
  const url = contract.href(canonical);
  const images = [{ url: contract.ogImage(view), width: 1200, height: 630, alt: title }];
  return {
    alternates: {
      canonical: url,
      languages: contract.alternates(canonical),
      types: {
        "application/json+oembed": `/oembed?url=${encodeURIComponent(`${SITE_URL}${url}`)}&format=json`,
        "application/atom+xml": [{ url: contract.feed(view.locale), title: translator(view.locale)("feed.link") }],
      },
    },
    openGraph: {
      type: "website",
      siteName: translator(view.locale)("site.name"),
      locale: LANGUAGES[view.locale].openGraph,
      url,
      title,
      description,
      images,
    },
    twitter: { card: "summary_large_image", title, description, images: images.map((i) => i.url) },
  };
}

/** Description of the overview page, built from the dataset's dates. */
export function overviewDescription(c: Centers, locale: Locale): string {
  return translator(locale)("site.overviewDescription", {
    ...c.storySpan(),
    count: c.cities().length,
    order: formatDateIn(locale, c.keyEvent("order11r").date),
    closure: formatDateIn(locale, c.keyEvent("closureAnnounced").date),
  });
}

/** The title of a centre's page: "Khabarovsk Japan Center · Хабаровск, ハバロフスク". */
export function centerTitle(city: City, locale: Locale): string {
  const { others } = cityNames(city, locale);
  return translator(locale)("center.metaTitle", {
    title: centreTitle(city, locale),
    other: others.map((o) => o.name).join(punctuation(locale).list),
  });
}

/** The title a view's page and its citation use ("Japan Centers in Russia, 1994 – closure announced 2025"). */
export function viewTitle(view: View): string {
  const c = centersFor(view.locale);
  const t = translator(view.locale);
  const city = view.slug ? c.city(view.slug) : undefined;
  if (city) return centerTitle(city, view.locale);
  if (view.page === "sources") return t("sourcesPage.title");
  if (view.page === "about") return t("about.title");
  return t("site.overviewTitle", c.storySpan());
}

/** The metadata of any view: a map page (site or embed) or a text page. */
export function viewMetadata(view: View): Metadata {
  const c = centersFor(view.locale);
  const t = translator(view.locale);
  const city = view.slug ? c.city(view.slug) : undefined;
  // Every date of a view is one page (decision 012): its title and card are the view's.
  const title = viewTitle(view);
  const description = city
    ? cityDescription(city, c, view.locale)
    : view.page === "sources"
      ? t("sourcesPage.description")
      : view.page === "about"
        ? t("about.description")
        : overviewDescription(c, view.locale);
  return {
    // The overview's title is the site's own: not followed by the site's name twice.
    title: view.page === "overview" ? { absolute: `${title} · ${t("site.name")}` } : title,
    description,
    ...shareMetadata(view, title, description),
    // Embeds are not indexed: their canonical URL is the full page. Pages let search engines and
    // news aggregators show their social image large (the map is the story).
    robots: view.embedded
      ? { index: false, follow: true }
      : { index: true, follow: true, "max-image-preview": "large" },
  };
}
