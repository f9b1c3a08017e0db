import { type City, centers, preferredOpening } from "@/lib/centers";
import { formatPartialDate } from "@/lib/dates";
import type { CenterEvent, Confidence, EventType } from "@/lib/schema";

export const EVENT_TYPE_LABEL: Record<EventType, string> = {
  opening: "Opening",
  agreement: "Agreement",
  inspection: "Inspection",
  suspension: "Memoranda ended",
  notification: "Notification",
  announcement: "Announcement",
  other: "Event",
};

/** Event types as filter options, in the order readers meet them. */
export const EVENT_TYPE_OPTIONS = (Object.keys(EVENT_TYPE_LABEL) as EventType[]).map((value) => ({
  value,
  label: EVENT_TYPE_LABEL[value],
}));

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  "primary-official": "official",
  "reputable-press": "reputable press",
  secondary: "secondary",
};

const LANGUAGE_LABEL: Record<string, string> = {
  en: "English",
  ja: "Japanese",
  ru: "Russian",
  de: "German",
};
/** "ja" → "Japanese"; an unknown code is shown as it is. */
export function languageName(code: string): string {
  return LANGUAGE_LABEL[code] ?? code;
}

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

/** One-sentence description of a centre for <meta name="description"> and link previews. */
export function cityDescription(city: City): string {
  const opened = formatPartialDate(preferredOpening(city).date);
  const incidents = centers.incidentsForCity(city.slug);
  const closure = formatPartialDate(requireEvent(KEY_EVENTS.closureAnnounced).date);
  const parts = [
    `The ${city.names.en} Japan Center (${city.centreName.ru}, ${city.centreName.ja}) opened in ${opened}.`,
  ];
  if (incidents.length > 0) {
    parts.push(`Incidents: ${incidents.map((e) => formatPartialDate(e.date)).join(", ")}.`);
  }
  parts.push(`Japan announced its closure on ${closure}. Every fact with its source.`);
  return parts.join(" ");
}

/** Description of the overview page, built from the dataset's dates. */
export function overviewDescription(): string {
  const order = formatPartialDate(requireEvent(KEY_EVENTS.order11r).date);
  const closure = formatPartialDate(requireEvent(KEY_EVENTS.closureAnnounced).date);
  return `Map of the six Japan Centers that Japan ran in Russia from 1994: when each opened, the inspections, the memoranda Russia stopped applying on ${order} and the closure Japan announced on ${closure}, each fact with its source.`;
}
