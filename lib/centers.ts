// The one seam through which the app reads data/. Everything is validated once, when this
// module is first imported (that is, during `next build`), so a broken file fails the build.
import type { Locale } from "@/i18n/routing";
import { dataFiles } from "@/lib/data-files";
import { type DatasetTranslation, localizeDataset } from "@/lib/dataset-l10n";
import { comparePartialDates, startOf } from "@/lib/dates";
import type { CenterEvent, City, Conflict, Dataset, Source } from "@/lib/schema";
import { validateDataset } from "@/lib/schema";
import { type CenterStatus, preferredOpening, statusAt, type Transition, transitionsFor } from "@/lib/status";
import datasetJa from "@/messages/dataset.ja.json";
import datasetRu from "@/messages/dataset.ru.json";

export type { CenterEvent, City, Conflict, Source } from "@/lib/schema";

const dataset: Dataset = validateDataset(dataFiles);

/** Access helpers over a validated dataset; exported for tests with fixture data. */
export function createCenters(data: Dataset) {
  const bySlug = new Map(data.cities.map((c) => [c.slug, c]));
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const sourceNumber = new Map(data.sources.map((s, i) => [s.id, i + 1]));
  const eventById = new Map(data.events.map((e) => [e.id, e]));
  const sortedEvents = [...data.events].sort((a, b) => comparePartialDates(a.date, b.date));

  const eventsForCity = (slug: string): CenterEvent[] =>
    sortedEvents.filter((e) => e.cities === "all" || e.cities.includes(slug));

  const transitionsBySlug = new Map(data.cities.map((c) => [c.slug, transitionsFor(c, sortedEvents)]));
  const transitions = (slug: string): Transition[] => transitionsBySlug.get(slug) ?? [];

  const firstEvent = sortedEvents[0];
  /** The dates `?asof=` may take: from 1 January of the first event's year to the data version. */
  const asofRange = {
    min: `${(firstEvent?.date ?? data.meta.dataVersion).slice(0, 4)}-01-01`,
    max: startOf(data.meta.dataVersion),
  };

  return {
    meta: data.meta,
    asofRange,
    /** The corrections log, newest first. */
    changelog: () => [...data.changelog].sort((a, b) => b.version.localeCompare(a.version)),
    /** Every recorded disagreement between sources. */
    conflicts: (): Conflict[] => data.conflicts,
    /** Every source, in citation-number order. */
    allSources: (): Source[] => data.sources,
    /** The six centres, in dataset order (east to west as the dossier lists them). */
    cities: (): City[] => data.cities,
    citySlugs: (): string[] => data.cities.map((c) => c.slug),
    city: (slug: string): City | undefined => bySlug.get(slug),
    event: (id: string): CenterEvent | undefined => eventById.get(id),
    /** All events, oldest first. */
    events: (): CenterEvent[] => sortedEvents,
    /** Events about this centre, including those that concern all six, oldest first. */
    eventsForCity,
    /** Inspections and incidents at this centre (not network-wide events, not context). */
    incidentsForCity: (slug: string): CenterEvent[] =>
      eventsForCity(slug).filter((e) => e.cities !== "all" && (e.incident === true || e.type === "inspection")),
    /** A centre's status changes, oldest first (lib/status.ts). */
    transitions,
    /** A centre's status on a date (YYYY-MM-DD). */
    statusOn: (slug: string, date: string): CenterStatus => statusAt(transitions(slug), date),
    /** The centres that existed on a date (any status but "not-yet-opened"), with their status. */
    centresOn: (date: string): { city: City; status: CenterStatus }[] =>
      data.cities
        .map((city) => ({ city, status: statusAt(transitions(city.slug), date) }))
        .filter((c) => c.status !== "not-yet-opened"),
    conflictsForCity: (slug: string): Conflict[] => data.conflicts.filter((c) => c.cities.includes(slug)),
    conflictsForEvent: (id: string): Conflict[] => data.conflicts.filter((c) => c.eventIds.includes(id)),
    /** A source's citation number: its position in data/sources.json, the same on every page. */
    sourceNumber: (id: string): number | undefined => sourceNumber.get(id),
    /** Sources for a list of ids, in the order given, without duplicates. */
    sources: (ids: Iterable<string>): Source[] => {
      const out: Source[] = [];
      for (const id of new Set(ids)) {
        const s = sourceById.get(id);
        if (s) out.push(s);
      }
      return out;
    },
    /** Every source id that a centre's panel cites, in first-cited order. */
    sourceIdsForCity: (slug: string): string[] => {
      const city = bySlug.get(slug);
      if (!city) return [];
      const ids: string[] = [];
      ids.push(...city.opened.flatMap((o) => o.sourceIds));
      ids.push(...(city.address?.entries.flatMap((a) => a.sourceIds) ?? []));
      ids.push(...city.closure.sourceIds);
      for (const e of eventsForCity(slug)) {
        ids.push(...e.sourceIds, ...(e.alternativeDates?.flatMap((a) => a.sourceIds) ?? []));
      }
      for (const c of data.conflicts.filter((c) => c.cities.includes(slug))) {
        ids.push(...c.versions.flatMap((v) => v.sourceIds));
      }
      ids.push(...city.coordinates.sourceIds);
      return [...new Set(ids)];
    },
  };
}

export type Centers = ReturnType<typeof createCenters>;

/** The app's dataset, validated at import time. */
export const centers: Centers = createCenters(dataset);

// The same dataset with its prose in Japanese and Russian (dates, ids and sources unchanged);
// checked here, at build, so a missing translation fails the build naming the file and key.
const localized: Record<Locale, Centers> = {
  en: centers,
  ja: createCenters(localizeDataset(dataset, datasetJa as DatasetTranslation, "messages/dataset.ja.json")),
  ru: createCenters(localizeDataset(dataset, datasetRu as DatasetTranslation, "messages/dataset.ru.json")),
};

/** The dataset in a site language: the same records, with translated summaries and notes. */
export function centersFor(locale: Locale): Centers {
  return localized[locale];
}

/** What the map island receives: only what it draws. */
export type CenterPin = {
  slug: string;
  name: string;
  lat: number;
  lon: number;
  /** The preferred opening date, formatted ("April 1996"), for the embed's popup. */
  opened: string;
  /** Status changes, oldest first; the map computes the status on the date shown. */
  transitions: Pick<Transition, "from" | "status">[];
};

export { preferredOpening };
