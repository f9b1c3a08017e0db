import { createTranslator } from "next-intl";
import { INTL_LOCALE, type Locale } from "@/i18n/routing";
import { type City, centers, preferredOpening } from "@/lib/centers";
import { formatPartialDate } from "@/lib/dates";
import { messagesFor } from "@/lib/messages";
import type { CenterEvent, EventType } from "@/lib/schema";
import { eventTypes } from "@/lib/schema";

/** Event types in the order readers meet them (labels: messages `timeline.types`). */
export const EVENT_TYPES: readonly EventType[] = eventTypes;

/** The dataset event that a sentence needs; throws at build time if it has gone missing. */
export function requireEvent(id: string): CenterEvent {
  const e = centers.event(id);
  if (!e) throw new Error(`data/events.json: the app needs event "${id}", which is missing`);
  return e;
}

export const KEY_EVENTS = {
  firstCentre: "1994-10-moscow-mirbis",
  memorandum2000: "2000-09-05-memorandum-tokyo",
  memorandum2003: "2003-06-29-memorandum-vladivostok",
  order11r: "2025-01-15-order-11r",
  japanNotifies: "2025-08-27-japan-notifies-russia",
  closureAnnounced: "2025-09-10-closure-announced",
} as const;

/**
 * The years that frame the story, from the data: the first centre and the closure announcement
 * ("1994 – closure announced 2025"; no source gives the year any centre stopped).
 */
export function storySpan(): { first: string; announced: string } {
  return {
    first: requireEvent(KEY_EVENTS.firstCentre).date.slice(0, 4),
    announced: requireEvent(KEY_EVENTS.closureAnnounced).date.slice(0, 4),
  };
}

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

/** Formats a partial date in a site language. */
export function formatDateIn(locale: Locale, value: string): string {
  return formatPartialDate(value, INTL_LOCALE[locale]);
}

/** A centre's name in a language, and its names in the two others (Хабаровск, ハバロフスク). */
export function cityNames(city: City, locale: Locale): { name: string; others: { lang: Locale; name: string }[] } {
  const order: Locale[] = ["en", "ru", "ja"];
  return {
    name: city.names[locale],
    others: order.filter((l) => l !== locale).map((l) => ({ lang: l, name: city.names[l] })),
  };
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
  return locale === "ja" ? `${name}（${cityName}）` : `${name} (${cityName})`;
}

/** Items joined as a list in a language: "A, B and C", 「A、B、C」, «A, B и C». */
export function formatList(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { style: "long", type: "conjunction" }).format(items);
}

/** A remark in brackets after a word: " (note)", or 「（note）」 in Japanese. */
export function parenthetical(locale: Locale, text: string): string {
  return locale === "ja" ? `（${text}）` : ` (${text})`;
}

/**
 * Joins sentences in a language, adding the full stop a sentence lacks ("." or "。") and never a
 * second one: a Russian date already ends in "г.", a Japanese sentence in "。".
 */
export function joinSentences(locale: Locale, parts: readonly string[]): string {
  const stop = locale === "ja" ? "。" : ".";
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => (/[.。!?！？…]$/.test(p) ? p : `${p}${stop}`))
    .join(locale === "ja" ? "" : " ");
}

/** One-sentence description of a centre for <meta name="description"> and link previews. */
export function cityDescription(city: City, locale: Locale = "en"): string {
  const t = translator(locale);
  const date = (d: string) => formatDateIn(locale, d);
  const incidents = centers.incidentsForCity(city.slug);
  const opened = preferredOpening(city).date;
  const args = {
    centre: centreTitle(city, locale),
    others: (["en", "ja", "ru"] as const)
      .filter((l) => l !== locale)
      .map((l) => city.centreName[l])
      .join(locale === "ja" ? "、" : ", "),
    opened: date(opened),
  };
  const parts = [
    // English says "in April 1996" but "on 5 September 1996".
    opened.length === 10 ? t("center.descriptionOnDay", args) : t("center.description", args),
  ];
  if (incidents.length > 0) {
    parts.push(
      t("center.descriptionIncidents", {
        dates: formatList(
          locale,
          incidents.map((e) => date(e.date)),
        ),
      }),
    );
  }
  parts.push(t("center.descriptionClosure", { closure: date(requireEvent(KEY_EVENTS.closureAnnounced).date) }));
  return joinSentences(locale, parts);
}
