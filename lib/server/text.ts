// Sentences and names built from the dataset and the messages, for server code (pages,
// metadata, social images, oEmbed). Functions take the dataset of the page's language.
import "server-only";
import { createTranslator } from "next-intl";
import { isLocale, LANGUAGES, type Locale } from "@/lib/contract";
import { formatPartialDate } from "@/lib/dates";
import type { Centers, City } from "@/lib/server/centers";
import { type Messages, messagesFor } from "@/lib/server/messages";
import { preferredOpening } from "@/lib/status";

/** A translator for code outside React (metadata, social images, oEmbed). */
export function translator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: messagesFor(locale) });
    translators.set(locale, t);
  }
  return t;
}
type Translator = ReturnType<typeof createTranslator<ReturnType<typeof messagesFor>>>;
/** One per language: oEmbed asks for one on every request. */
const translators = new Map<Locale, Translator>();

/**
 * A language's punctuation, from its messages (`punctuation`): the list comma (", " or "、"), the
 * separator between alternatives ("; "), between a name's versions in the other languages ("; "
 * or "／"), the colon, the brackets around a remark (" (…)" or "（…）"), the full stop, what stands
 * between two sentences and between a label and its text (a space, or nothing in Japanese).
 */
export function punctuation(locale: Locale): Messages["punctuation"] {
  return messagesFor(locale).punctuation;
}

/** Formats a partial date in a site language. */
export function formatDateIn(locale: Locale, value: string): string {
  return formatPartialDate(value, LANGUAGES[locale].intl);
}

/**
 * A name in the languages other than `locale` that data/ gives it in, in the data's order (a
 * city's: English, Russian, Japanese, the order readers of the three know): the names are facts
 * of the story, not translations, so a language added to the site does not add one here.
 */
export function otherNames(names: Readonly<Record<string, unknown>>, locale: Locale): { lang: Locale; name: string }[] {
  return Object.entries(names).flatMap(([lang, name]) =>
    lang !== locale && typeof name === "string" && isLocale(lang) ? [{ lang, name }] : [],
  );
}

/** A centre's name in a language, and its names in the others (Хабаровск, ハバロフスク). */
export function cityNames(city: City, locale: Locale): { name: string; others: { lang: Locale; name: string }[] } {
  return { name: city.names[locale], others: otherNames(city.names, locale) };
}

/**
 * The centre's official name in a language, with the city where the name does not say it:
 * "Khabarovsk Japan Center", "Sakhalin Japan Center (Yuzhno-Sakhalinsk)", サハリン日本センター（ユジノサハリンスク）.
 */
export function centreTitle(city: City, locale: Locale): string {
  const name = city.centreName[locale];
  const cityName = city.names[locale];
  // Russian declines the city ("в Нижнем Новгороде"), so each word of the city's name is looked
  // for by its first four letters.
  const named = cityName.split(/\s+/).every((word) => name.includes(word.slice(0, 4)));
  if (named) return name;
  return `${name}${parenthetical(locale, cityName)}`;
}

/** Items joined as a list in a language: "A, B and C", 「A、B、C」, «A, B и C». */
export function formatList(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(LANGUAGES[locale].intl, { style: "long", type: "conjunction" }).format(items);
}

/** A remark in brackets after a word: " (note)", or 「（note）」 in Japanese. */
export function parenthetical(locale: Locale, text: string): string {
  const { open, close } = punctuation(locale);
  return `${open}${text}${close}`;
}

/**
 * Joins sentences in a language, adding the full stop a sentence lacks ("." or "。") and never a
 * second one: a Russian date already ends in "г.", a Japanese sentence in "。".
 */
export function joinSentences(locale: Locale, parts: readonly string[]): string {
  const { stop, sentenceGap } = punctuation(locale);
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => (/[.。!?！？…]$/.test(p) ? p : `${p}${stop}`))
    .join(sentenceGap);
}

/** One-sentence description of a centre for <meta name="description"> and link previews. */
export function cityDescription(city: City, c: Centers, locale: Locale): string {
  const t = translator(locale);
  const date = (d: string) => formatDateIn(locale, d);
  const incidents = c.incidentsForCity(city.slug);
  const opened = preferredOpening(city).date;
  const args = {
    centre: centreTitle(city, locale),
    others: otherNames(city.centreName, locale)
      .map((o) => o.name)
      .join(punctuation(locale).list),
    opened: date(opened),
  };
  const parts = [
    // English says "in April 1996" but "on 5 September 1996".
    opened.length === 10 ? t("center.descriptionOnDay", args) : t("center.description", args),
  ];
  // "Incidents: September 2024 and 22 January 2025." and the like, for each list that has events.
  const listed = (
    key: "center.descriptionIncidents" | "center.descriptionPremises",
    events: readonly { date: string }[],
  ) => {
    if (events.length > 0)
      parts.push(
        t(key, {
          dates: formatList(
            locale,
            events.map((e) => date(e.date)),
          ),
        }),
      );
  };
  listed("center.descriptionIncidents", incidents);
  listed("center.descriptionPremises", c.premisesForCity(city.slug));
  parts.push(t("center.descriptionClosure", { closure: date(c.keyEvent("closureAnnounced").date) }));
  return joinSentences(locale, parts);
}
