/**
 * The languages of the site. English is the reference and has no prefix (`/centers/moscow`);
 * Japanese and Russian mirror every page under `/ja` and `/ru`. proxy.ts maps public URLs to the
 * `[locale]` segment (decision 006); nothing is detected from the browser, so a link always shows
 * the language it names. (A plain object, not next-intl's defineRouting: client code imports
 * this file, and next-intl stays on the server; lib/i18n-client.tsx.)
 */
export const routing = {
  locales: ["en", "ja", "ru"],
  defaultLocale: "en",
} as const;

export type Locale = (typeof routing.locales)[number];
export const LOCALES: readonly Locale[] = routing.locales;

/** True for one of the site's languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The BCP 47 tag used to format dates and numbers for a site language. */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", ja: "ja-JP", ru: "ru-RU" };

/** Each language's name in itself, for the language switcher and hreflang. */
export const LANGUAGE_AUTONYM: Record<Locale, string> = { en: "English", ja: "日本語", ru: "Русский" };
