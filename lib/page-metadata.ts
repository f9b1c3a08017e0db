import type { Metadata } from "next";
import { LOCALES, type Locale } from "@/i18n/routing";
import type { Asof } from "@/lib/asof";
import type { City } from "@/lib/centers";
import { centerPath, localizedPath } from "@/lib/routes";
import { SITE_URL } from "@/lib/site";
import {
  centreTitle,
  cityDescription,
  cityNames,
  formatDateIn,
  KEY_EVENTS,
  requireEvent,
  storySpan,
  translator,
} from "@/lib/text";

/** `/og/<name>.png` in English, `/og/<name>.ja.png` in Japanese, … */
export function ogImagePath(name: string, locale: Locale): string {
  return `/og/${name}${locale === "en" ? "" : `.${locale}`}.png`;
}

/** The `hreflang` alternates of a page: each language's version, and English as x-default. */
export function languageAlternates(path: (locale: Locale) => string): Record<string, string> {
  return {
    ...Object.fromEntries(LOCALES.map((l) => [l, path(l)])),
    "x-default": path("en"),
  };
}

/**
 * Social cards, oEmbed discovery and language alternates for a page: Open Graph and Twitter
 * tags with the page's 1200×630 image, `<link rel="alternate" type="application/json+oembed">`
 * and `<link rel="alternate" hreflang>` for each language.
 */
export function shareMetadata(
  locale: Locale,
  path: (locale: Locale) => string,
  title: string,
  description: string,
  image: string,
): Metadata {
  const url = path(locale);
  const images = [{ url: ogImagePath(image, locale), width: 1200, height: 630, alt: title }];
  return {
    alternates: {
      canonical: url,
      languages: languageAlternates(path),
      types: { "application/json+oembed": `/oembed?url=${encodeURIComponent(`${SITE_URL}${url}`)}&format=json` },
    },
    openGraph: {
      type: "website",
      siteName: translator(locale)("site.name"),
      locale: { en: "en_GB", ja: "ja_JP", ru: "ru_RU" }[locale],
      url,
      title,
      description,
      images,
    },
    twitter: { card: "summary_large_image", title, description, images: images.map((i) => i.url) },
  };
}

/** Description of the overview page, built from the dataset's dates. */
export function overviewDescription(locale: Locale = "en"): string {
  return translator(locale)("site.overviewDescription", {
    order: formatDateIn(locale, requireEvent(KEY_EVENTS.order11r).date),
    closure: formatDateIn(locale, requireEvent(KEY_EVENTS.closureAnnounced).date),
  });
}

/** Title suffix for a dated view: " — as of 1 June 2025". */
function asofSuffix(asof: Asof, locale: Locale): string {
  return asof.kind === "date" || asof.kind === "clamped"
    ? translator(locale)("site.asofSuffix", { date: formatDateIn(locale, asof.date) })
    : "";
}

/** Metadata of the overview; a dated view keeps the plain page as its canonical URL. */
export function overviewMetadata(asof: Asof, locale: Locale = "en"): Metadata {
  const t = translator(locale);
  const title = `${t("site.overviewTitle", storySpan())}${asofSuffix(asof, locale)}`;
  const description = overviewDescription(locale);
  return {
    title: { absolute: `${title} · ${t("site.name")}` },
    description,
    ...shareMetadata(locale, (l) => localizedPath("/", l), title, description, "overview"),
  };
}

/** The title of a centre's page: "Khabarovsk Japan Center (Хабаровск, ハバロフスク)". */
export function centerTitle(city: City, locale: Locale = "en"): string {
  const { others } = cityNames(city, locale);
  return translator(locale)("center.metaTitle", {
    title: centreTitle(city, locale),
    other: others.map((o) => o.name).join(locale === "ja" ? "、" : ", "),
  });
}

/** Metadata of a centre's page. */
export function centerMetadata(city: City, asof: Asof, locale: Locale = "en"): Metadata {
  const title = `${centerTitle(city, locale)}${asofSuffix(asof, locale)}`;
  const description = cityDescription(city, locale);
  return {
    title,
    description,
    ...shareMetadata(locale, (l) => centerPath(city.slug, false, l), title, description, city.slug),
  };
}

/** Metadata of an embed: not indexed, canonical at the full page. */
export function embedMetadata(city: City | null, asof: Asof, locale: Locale = "en"): Metadata {
  const base = city ? centerMetadata(city, asof, locale) : overviewMetadata(asof, locale);
  return { ...base, robots: { index: false, follow: true } };
}

/** Metadata of a text page (sources, about). */
export function textPageMetadata(locale: Locale, path: string, title: string, description: string): Metadata {
  return {
    title,
    description,
    ...shareMetadata(locale, (l) => localizedPath(path, l), title, description, "overview"),
  };
}
