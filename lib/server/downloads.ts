// The data downloads (/data/*, lib/contract.ts DOWNLOADS), generated from the same validated
// dataset as the pages. In English: ids, dates and sources are the same in every language.
import "server-only";
import type { FeatureCollection, Point } from "geojson";
import { contract } from "@/lib/contract";
import { centers as appCenters, type Centers, preferredOpening } from "@/lib/server/centers";
import { SITE_URL } from "@/lib/site";

function header(c: Centers) {
  return { dataVersion: c.meta.dataVersion, licence: c.meta.licence, source: `${SITE_URL}/` };
}

/** /data/centers.json: the six centres with their preferred opening and latest status. */
export function centersJson(c: Centers = appCenters) {
  return {
    ...header(c),
    coordinatesNote: c.meta.coordinatesNote,
    centers: c.cities().map((city) => ({
      ...city,
      url: `${SITE_URL}${contract.page(contract.defaultLocale, "centre", city.slug)}`,
      openedPreferred: preferredOpening(city).date,
      statusLatest: c.statusOn(city.slug, c.asofRange.max),
      statusPeriods: statusPeriods(c, city.slug),
    })),
  };
}

/**
 * A centre's statuses over time, each from the day it starts (docs/data.md), with the date as the
 * source gives it and the sources. "earlier-or-disputed" says what operated before the preferred
 * opening date: an earlier centre in the city, or this centre by another source's earlier date.
 */
function statusPeriods(c: Centers, slug: string) {
  return c.transitions(slug).map((t) => ({
    from: t.from,
    date: t.date,
    status: t.status,
    ...(t.basis ? { basis: t.basis } : {}),
    sourceIds: t.sourceIds,
    ...(t.eventId ? { eventId: t.eventId } : {}),
  }));
}

/** /data/centers.geojson: a FeatureCollection of six Points at the city centres. */
export function centersGeoJson(c: Centers = appCenters): FeatureCollection<Point> {
  return {
    type: "FeatureCollection",
    features: c.cities().map((city) => ({
      type: "Feature",
      id: city.slug,
      geometry: { type: "Point", coordinates: [city.coordinates.lon, city.coordinates.lat] },
      properties: {
        slug: city.slug,
        name: city.names.en,
        name_ru: city.names.ru,
        name_ja: city.names.ja,
        centre_name_ru: city.centreName.ru,
        centre_name_ja: city.centreName.ja,
        opened: preferredOpening(city).date,
        opened_source_ids: preferredOpening(city).sourceIds.join(" "),
        status: c.statusOn(city.slug, c.asofRange.max),
        status_periods: statusPeriods(c, city.slug),
        coordinates_kind: city.coordinates.kind,
        coordinates_source_ids: city.coordinates.sourceIds.join(" "),
        url: `${SITE_URL}${contract.page(contract.defaultLocale, "centre", city.slug)}`,
        data_version: c.meta.dataVersion,
      },
    })),
  };
}

/** What the fields of /data/events.json mean where the name alone does not say it. */
export const EVENT_FIELDS = {
  cities:
    'The centres the event concerns, as the pages name them. For a network-wide event (scope "network"), the centres that existed on the day the event was certainly past, not all six.',
  scope: '"network" for an event about the whole network, "city" for one about the centres listed.',
  statusThen: "Each listed centre's status on that day (docs/data.md, statuses).",
  reached:
    "The first day the event is certainly past: the last day its date can mean, or the day a source reported it if earlier.",
} as const;

/** An event as the downloads give it: its centres listed as the pages name them (`scopeOf`). */
function downloadEvent(c: Centers, e: ReturnType<Centers["events"]>[number]) {
  const scope = c.scopeOf(e);
  return {
    ...e,
    cities: scope.map((s) => s.city.slug),
    scope: e.cities === "all" ? ("network" as const) : ("city" as const),
    statusThen: Object.fromEntries(scope.map((s) => [s.city.slug, s.status])),
    reached: c.reached(e),
  };
}

/** /data/events.json: every event, oldest first, with the sources and conflicts it carries. */
export function eventsJson(c: Centers = appCenters) {
  return {
    ...header(c),
    fields: EVENT_FIELDS,
    events: c.events().map((e) => downloadEvent(c, e)),
    conflicts: c.conflicts(),
    sources: c.allSources(),
  };
}

export const CSV_COLUMNS = [
  "event_id",
  "date",
  "type",
  "city",
  "scope",
  "city_status_then",
  "incident",
  "context",
  "summary",
  "note",
  "source_ids",
  "confidence",
  "alternative_dates",
] as const;

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formula-like text defused. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * /data/events.csv: one row per event and centre. A network-wide event (scope "network") has a row
 * for each centre that existed when it was certainly past, as the pages list them, with that
 * centre's status then; not a row for all six.
 */
export function eventsCsv(c: Centers = appCenters): string {
  const rows: string[][] = [];
  for (const e of c.events()) {
    const { cities, scope, statusThen } = downloadEvent(c, e);
    for (const city of cities) {
      rows.push([
        e.id,
        e.date,
        e.type,
        city,
        scope,
        statusThen[city] ?? "",
        e.incident ? "true" : "false",
        e.context ? "true" : "false",
        e.summary,
        e.note ?? "",
        e.sourceIds.join(" "),
        e.confidence,
        (e.alternativeDates ?? []).map((a) => `${a.date} (${a.sourceIds.join(" ")})`).join("; "),
      ]);
    }
  }
  return `${[CSV_COLUMNS as readonly string[], ...rows].map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}
