import { isLocale, type Locale } from "@/i18n/routing";

/** `/ja` or `/ru` before a path; nothing for English, which has no prefix. */
export function localePrefix(locale: Locale = "en"): string {
  return locale === "en" ? "" : `/${locale}`;
}

/** A site path in a language: `localizedPath("/about", "ja")` → `/ja/about`; `/` → `/ja`. */
export function localizedPath(path: string, locale: Locale = "en"): string {
  const prefix = localePrefix(locale);
  if (!prefix) return path;
  return path === "/" ? prefix : `${prefix}${path}`;
}

/** The URL of one centre's page, or of its embed (the URL contract in the README). */
export function centerPath(slug: string, embedded = false, locale: Locale = "en"): string {
  return localizedPath(embedded ? `/embed/${slug}` : `/centers/${slug}`, locale);
}

/** The overview, or the embed of the overview. */
export function overviewPath(embedded = false, locale: Locale = "en"): string {
  return localizedPath(embedded ? "/embed" : "/", locale);
}

/**
 * Splits a public or internal pathname into its language and the rest:
 * `/ja/centers/moscow` → { locale: "ja", rest: "/centers/moscow" }; `/ja` → rest `/`.
 * A path without a language prefix is English.
 */
export function splitLocale(pathname: string): { locale: Locale; rest: string } {
  const m = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname);
  if (m && isLocale(m[1])) return { locale: m[1], rest: m[2] || "/" };
  return { locale: "en", rest: pathname || "/" };
}

/**
 * The centre a pathname shows, or null for the overview and any other page.
 * Tolerates a language prefix, a trailing slash and percent-encoding; ignores slugs not in `known`.
 */
export function centerSlugFromPath(pathname: string | null | undefined, known: readonly string[]): string | null {
  if (!pathname) return null;
  const m = /^\/(?:centers|embed)\/([^/?#]+)\/?$/.exec(splitLocale(pathname).rest);
  if (!m?.[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(m[1]).toLowerCase();
  } catch {
    return null;
  }
  return known.includes(slug) ? slug : null;
}

/**
 * The public path of a page. Pages are served by internal routes under `/<locale>` (proxy.ts),
 * and usePathname() can report those: `/en/asof/D/centers/x` → `/centers/x`,
 * `/ja/asof/D` → `/ja`, `/en/embed/asof/D/x` → `/embed/x`, `/ru/embed/asof/D` → `/ru/embed`.
 */
export function publicPath(pathname: string | null | undefined): string {
  if (!pathname) return "/";
  const { locale, rest } = splitLocale(pathname);
  const site = /^\/asof\/[^/]+(\/centers\/[^/]+)?\/?$/.exec(rest);
  if (site) return localizedPath(site[1] ?? "/", locale);
  const embed = /^\/embed\/asof\/[^/]+(\/[^/]+)?\/?$/.exec(rest);
  if (embed) return localizedPath(`/embed${embed[1] ?? ""}`, locale);
  return localizedPath(rest, locale);
}

/** The same page in another language: `/ja/centers/moscow`, "ru" → `/ru/centers/moscow`. */
export function switchLocalePath(pathname: string | null | undefined, locale: Locale): string {
  return localizedPath(splitLocale(publicPath(pathname)).rest, locale);
}
