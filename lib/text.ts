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

/** The centre's own name in a language: "Khabarovsk Japan Center", サハリン日本センター, … */
export function centreTitle(city: City, locale: Locale): string {
  return locale === "en" ? translator("en")("center.title", { name: city.names.en }) : city.centreName[locale];
}

/** One-sentence description of a centre for <meta name="description"> and link previews. */
export function cityDescription(city: City, locale: Locale = "en"): string {
  const t = translator(locale);
  const date = (d: string) => formatDateIn(locale, d);
  const incidents = centers.incidentsForCity(city.slug);
  const parts = [
    t("center.description", {
      name: city.names[locale],
      others: cityNames(city, locale)
        .others.map((o) => (o.lang === "en" ? o.name : city.centreName[o.lang]))
        .join(locale === "ja" ? "、" : ", "),
      opened: date(preferredOpening(city).date),
    }),
  ];
  if (incidents.length > 0) {
    parts.push(t("center.descriptionIncidents", { dates: incidents.map((e) => date(e.date)).join(", ") }));
  }
  parts.push(t("center.descriptionClosure", { closure: date(requireEvent(KEY_EVENTS.closureAnnounced).date) }));
  return parts.join(locale === "ja" ? "" : " ");
}
