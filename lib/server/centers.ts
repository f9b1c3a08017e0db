// The one seam through which the app reads data/. Everything is validated once, when this
// module is first imported (that is, during `next build`), so a broken file fails the build.
// Server only: it holds the whole dataset in every language.
import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Asof, parseAsof, stateOf, stateSpan } from "@/lib/asof";
import { contract, type Locale, type Slug } from "@/lib/contract";
import { dataFiles } from "@/lib/data-files";
import { type DatasetTranslation, localizeDataset } from "@/lib/dataset-l10n";
import { comparePartialDates, reachedOn, startOf } from "@/lib/dates";
import type { CenterEvent, City, Conflict, Dataset, Source } from "@/lib/schema";
import { validateDataset } from "@/lib/schema";
import { type CenterStatus, preferredOpening, statusAt, type Transition, transitionsFor } from "@/lib/status";

export type { CenterEvent, City, Conflict, Source } from "@/lib/schema";

/** Events the site's own sentences are built on, by role. */
export const KEY_EVENTS = {
  firstCentre: "1994-10-moscow-mirbis",
  memorandum2000: "2000-09-05-memorandum-tokyo",
  memorandum2003: "2003-06-29-memorandum-vladivostok",
  order11r: "2025-01-15-order-11r",
  japanNotifies: "2025-08-27-japan-notifies-russia",
  closureAnnounced: "2025-09-10-closure-announced",
} as const;

/**
 * The dataset as readers get it: every `editorNote` (an instruction or pointer for the dataset's
 * editors, kept in data/) left out, so no page, card, image, feed or download can show one.
 */
export function forReaders(data: Dataset): Dataset {
  const strip = <T extends { editorNote?: string }>({ editorNote: _editorNote, ...rest }: T) => rest;
  return {
    ...data,
    events: data.events.map(strip),
    cities: data.cities.map((c) => ({ ...c, opened: c.opened.map(strip) })),
    conflicts: data.conflicts.map(strip),
  };
}

const dataset: Dataset = forReaders(validateDataset(dataFiles));

/** Access helpers over a validated dataset; exported for tests with fixture data. */
export function createCenters(data: Dataset) {
  const bySlug = new Map<string, City>(data.cities.map((c) => [c.slug, c]));
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const sourceNumber = new Map(data.sources.map((s, i) => [s.id, i + 1]));
  const eventById = new Map(data.events.map((e) => [e.id, e]));
  const sortedEvents = [...data.events].sort((a, b) => comparePartialDates(a.date, b.date));

  const eventsForCity = (slug: string): CenterEvent[] =>
    sortedEvents.filter((e) => e.cities === "all" || e.cities.includes(slug));

  const publishedOf = (ids: readonly string[]) => ids.map((id) => sourceById.get(id)?.published ?? null);
  /** The day an event is certainly past (lib/dates.ts `reachedOn`): the pages' one rule. */
  const reachedById = new Map(data.events.map((e) => [e.id, reachedOn(e.date, publishedOf(e.sourceIds))]));
  const reached = (e: CenterEvent): string => reachedById.get(e.id) ?? reachedOn(e.date, publishedOf(e.sourceIds));
  const transitionsBySlug = new Map<string, Transition[]>(
    data.cities.map((c) => [c.slug, transitionsFor(c, sortedEvents, publishedOf)]),
  );
  const transitions = (slug: string): Transition[] => transitionsBySlug.get(slug) ?? [];

  // The events the site's sentences are built on (the story, the legend, the closure section);
  // a missing one fails here, at build, naming it.
  const keyEvents = Object.fromEntries(
    Object.entries(KEY_EVENTS).map(([name, id]) => {
      const e = eventById.get(id);
      if (!e) throw new Error(`data/events.json: the app needs event "${id}" (${name}), which is missing`);
      return [name, e];
    }),
  ) as Record<keyof typeof KEY_EVENTS, CenterEvent>;

  const byOpening = [...data.cities].sort((a, b) =>
    comparePartialDates(preferredOpening(a).date, preferredOpening(b).date),
  );
  const lastCentre = byOpening.at(-1);
  const firstEvent = sortedEvents[0];
  /** The dates `?asof=` may take: from 1 January of the first event's year to the data version. */
  const asofRange = {
    min: `${(firstEvent?.date ?? data.meta.dataVersion).slice(0, 4)}-01-01`,
    max: startOf(data.meta.dataVersion),
  };
  // Every date on which something a page compares with its date changes: a status starts
  // (statusAt: `from <= date`) or an event is reached (the timeline: `reached(e) > asof`).
  const stateDates = [
    ...new Set([
      asofRange.min,
      ...[...transitionsBySlug.values()].flat().map((t) => t.from),
      ...sortedEvents.map(reached),
    ]),
  ]
    .filter((d) => d >= asofRange.min && d <= asofRange.max)
    .sort();

  return {
    meta: data.meta,
    asofRange,
    /** A view's `?asof=` as the data can show it: a date, clamped to the range, or ignored (lib/asof.ts). */
    parseAsof: (requested: string | null): Asof => parseAsof(requested, asofRange),
    /**
     * The dates the pages' state changes on, oldest first, the range's start first: a dated view
     * shows the same on every day from one to the next (lib/asof.ts `stateOf`).
     */
    stateDates: (): readonly string[] => stateDates,
    /** The first and last day of the state `date` falls in (the same page on each day between). */
    stateSpan: (date: string): { from: string; to: string } =>
      stateSpan(stateOf(date, stateDates), stateDates, asofRange.max),
    /** The events the site's sentences need: the first centre, the memoranda, the order, the closure. */
    keyEvent: (name: keyof typeof KEY_EVENTS): CenterEvent => keyEvents[name],
    /**
     * The years that frame the story: the first centre, the last centre's (preferred) opening and
     * the closure announcement ("the first opened in 1994, the sixth in 2001; closure announced
     * 2025"; no source gives the year any centre stopped).
     */
    storySpan: () => ({
      first: keyEvents.firstCentre.date.slice(0, 4),
      last: lastCentre ? preferredOpening(lastCentre).date.slice(0, 4) : "",
      announced: keyEvents.closureAnnounced.date.slice(0, 4),
    }),
    /** The corrections log, newest first. */
    changelog: () => [...data.changelog].sort((a, b) => b.version.localeCompare(a.version)),
    /** Every recorded disagreement between sources. */
    conflicts: (): Conflict[] => data.conflicts,
    /** Every source, in citation-number order. */
    allSources: (): Source[] => data.sources,
    /** The centres by their preferred opening date, oldest first (the overview's list). */
    citiesByOpening: (): City[] => byOpening,
    /** The six centres, in dataset order (east to west as the dossier lists them). */
    cities: (): City[] => data.cities,
    citySlugs: (): string[] => data.cities.map((c) => c.slug),
    city: (slug: string): City | undefined => bySlug.get(slug),
    event: (id: string): CenterEvent | undefined => eventById.get(id),
    /** All events, oldest first. */
    events: (): CenterEvent[] => sortedEvents,
    /** The first day an event is certainly past: before it, a page shows it as still to come. */
    reached,
    /**
     * The centres an event concerns, as the pages and downloads name them: its own list, or for a
     * network-wide event the centres that existed on the day it was reached, with their status then.
     */
    scopeOf: (e: CenterEvent): { city: City; status: CenterStatus }[] => {
      const day = reached(e);
      const named = e.cities === "all" ? data.cities : e.cities.flatMap((slug) => bySlug.get(slug) ?? []);
      return named
        .map((city) => ({ city, status: statusAt(transitions(city.slug), day) }))
        .filter((c) => e.cities !== "all" || c.status !== "not-yet-opened");
    },
    /** Events about this centre, including those that concern all six, oldest first. */
    eventsForCity,
    /** Inspections and incidents at this centre (not network-wide events, not context). */
    incidentsForCity: (slug: string): CenterEvent[] =>
      eventsForCity(slug).filter((e) => e.cities !== "all" && (e.incident === true || e.type === "inspection")),
    /** Moves of this centre's premises (the Moscow centre leaving the MSU building). */
    premisesForCity: (slug: string): CenterEvent[] =>
      eventsForCity(slug).filter((e) => e.cities !== "all" && e.type === "premises"),
    /** A centre's status changes, oldest first (lib/status.ts). */
    transitions,
    /** A centre's status on a date (YYYY-MM-DD). */
    statusOn: (slug: string, date: string): CenterStatus => statusAt(transitions(slug), date),
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
    /**
     * Every source id the overview cites, in first-cited order: its story (MOFA's two overview
     * pages and the key events), the list of centres (their preferred openings) and the timeline.
     * The overview's source list and its picture (/images/overview.*) count these, the same way.
     */
    sourceIdsForOverview: (): string[] => {
      const withAlternatives = (e: CenterEvent) => [
        ...e.sourceIds,
        ...(e.alternativeDates?.flatMap((a) => a.sourceIds) ?? []),
        // The conflicts shown beside the event (and under the story) cite their versions' sources.
        ...data.conflicts
          .filter((c) => c.eventIds.includes(e.id))
          .flatMap((c) => c.versions.flatMap((v) => v.sourceIds)),
      ];
      const story = [
        "firstCentre",
        "memorandum2000",
        "memorandum2003",
        "order11r",
        "japanNotifies",
        "closureAnnounced",
      ] as const;
      return [
        ...new Set([
          "mofa-jc-2024",
          "mofa-jc-2011",
          ...story.flatMap((k) => withAlternatives(keyEvents[k])),
          ...byOpening.flatMap((c) => preferredOpening(c).sourceIds),
          ...sortedEvents.flatMap(withAlternatives),
        ]),
      ];
    },
    /** Every source id that a centre's panel cites, in first-cited order. */
    sourceIdsForCity: (slug: string): string[] => {
      const city = bySlug.get(slug);
      if (!city) return [];
      const ids: string[] = [];
      ids.push(...city.opened.flatMap((o) => o.sourceIds));
      ids.push(...(city.address?.entries.flatMap((a) => a.sourceIds) ?? []));
      ids.push(...city.closure.sourceIds, ...(city.closure.notes?.flatMap((n) => n.sourceIds) ?? []));
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

// The same dataset with its prose in every other language of the URL contract (dates and ids
// unchanged; sources' titles and publishers as that language's readers know them), from
// messages/dataset.<locale>.json; checked here, at build, so a missing translation fails the
// build naming the file and key.
const localized = Object.fromEntries(
  contract.locales.map((locale) => {
    if (locale === contract.defaultLocale) return [locale, centers];
    const file = `messages/dataset.${locale}.json`;
    const translation = JSON.parse(readFileSync(join(process.cwd(), file), "utf8")) as DatasetTranslation;
    return [locale, createCenters(localizeDataset(dataset, translation, file, locale))];
  }),
) as Record<Locale, Centers>;

/** The dataset in a site language: the same records, with translated summaries and notes. */
export function centersFor(locale: Locale): Centers {
  return localized[locale];
}

/** What the map island receives: only what it draws. */
export type CenterPin = {
  slug: Slug;
  name: string;
  lat: number;
  lon: number;
  /** The preferred opening date, formatted ("April 1996"), for the embed's popup. */
  opened: string;
  /** Status changes, oldest first; the map computes the status on the date shown. */
  transitions: Pick<Transition, "from" | "status">[];
};

export { preferredOpening };
