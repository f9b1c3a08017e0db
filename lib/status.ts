// A centre's status on a date, computed from the dated facts, never stored (docs/data.md).
// Pure: no data imports, so client components (the map) use it on the transitions they receive.
import { endOf, reachedOn, startOf } from "@/lib/dates";
import type { CenterEvent, City } from "@/lib/schema";

/** A centre's state on a date. */
export const STATUSES = [
  "not-yet-opened",
  "earlier-or-disputed",
  "operating",
  "memoranda-ended",
  "closure-announced",
] as const;
export type CenterStatus = (typeof STATUSES)[number];

/**
 * Why a centre is "earlier-or-disputed": an earlier Japan Center in the same city (Moscow's
 * MIRBIS and MSU centres), or this centre by another source's earlier date (St Petersburg, 2000).
 */
export type EarlierBasis = "earlier-centre" | "earlier-date";

/** From `from` (YYYY-MM-DD, inclusive) the centre has `status`, until the next transition. */
export type Transition = {
  from: string;
  /** The date as the source gives it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), for display. */
  date: string;
  status: CenterStatus;
  /** The sources of the fact that starts this status. */
  sourceIds: string[];
  /** The dataset event that starts it, where there is one. */
  eventId?: string;
  /** For "earlier-or-disputed": what the sources say operated before the preferred opening. */
  basis?: EarlierBasis;
};

/** The status on `date` (YYYY-MM-DD) given a centre's transitions, oldest first. */
export function statusAt(transitions: readonly Pick<Transition, "from" | "status">[], date: string): CenterStatus {
  let status: CenterStatus = "not-yet-opened";
  for (const t of transitions) {
    if (t.from <= date) status = t.status;
  }
  return status;
}

/** The transition in force on `date`, or undefined before the first. */
export function transitionAt<T extends Pick<Transition, "from">>(
  transitions: readonly T[],
  date: string,
): T | undefined {
  let current: T | undefined;
  for (const t of transitions) {
    if (t.from <= date) current = t;
  }
  return current;
}

/** A centre's preferred opening date (exactly one; the schema enforces it). */
export function preferredOpening(city: City): City["opened"][number] {
  const preferred = city.opened.find((o) => o.preferred);
  if (!preferred) throw new Error(`${city.slug}: no preferred opening date`);
  return preferred;
}

/**
 * The other opening dates that say a Japan Center already operated in the city before the
 * preferred date: a date that ends before the preferred one begins ("2000" before "2001-03"), and
 * that is about a centre, not a building. A coarser date consistent with the preferred one
 * ("1996" for "1996-09-05") is not earlier.
 */
export function earlierOpenings(city: City): City["opened"] {
  const preferredStart = startOf(preferredOpening(city).date);
  return city.opened
    .filter((o) => !o.preferred && o.refersTo !== "building" && endOf(o.date) < preferredStart)
    .sort((a, b) => startOf(a.date).localeCompare(startOf(b.date)));
}

/** The publication dates of a fact's sources, for `reachedOn` (lib/dates.ts). */
export type PublishedOf = (sourceIds: readonly string[]) => (string | null)[];

/**
 * The transitions of one centre, oldest first, from the events of the dataset it belongs to.
 * A status starts on the day its fact is certainly past (lib/dates.ts `reachedOn`): an opening in
 * "1996-04" makes the centre operating from 1996-04-30, not the 1st (docs/data.md).
 */
export function transitionsFor(
  city: City,
  events: readonly CenterEvent[],
  publishedOf: PublishedOf = () => [],
): Transition[] {
  const reached = (date: string, sourceIds: readonly string[]) => reachedOn(date, publishedOf(sourceIds));
  const concerns = (e: CenterEvent) => e.cities === "all" || e.cities.includes(city.slug);
  const opening = preferredOpening(city);
  const openingEvent = events.find(
    (e) => e.type === "opening" && concerns(e) && startOf(e.date) === startOf(opening.date),
  );
  const out: Transition[] = [];
  const earlier = earlierOpenings(city);
  const first = earlier[0];
  if (first) {
    out.push({
      from: reached(first.date, first.sourceIds),
      date: first.date,
      status: "earlier-or-disputed",
      sourceIds: [...new Set(earlier.flatMap((o) => o.sourceIds))],
      basis: earlier.some((o) => o.refersTo === "earlier-centre") ? "earlier-centre" : "earlier-date",
    });
  }
  out.push({
    from: reached(opening.date, opening.sourceIds),
    date: opening.date,
    status: "operating",
    sourceIds: opening.sourceIds,
    ...(openingEvent ? { eventId: openingEvent.id } : {}),
  });
  for (const e of events) {
    if (!concerns(e) || e.context) continue;
    if (e.type === "suspension") {
      out.push({
        from: reached(e.date, e.sourceIds),
        date: e.date,
        status: "memoranda-ended",
        sourceIds: e.sourceIds,
        eventId: e.id,
      });
    }
    if (e.type === "announcement") {
      out.push({
        from: reached(e.date, e.sourceIds),
        date: e.date,
        status: "closure-announced",
        sourceIds: e.sourceIds,
        eventId: e.id,
      });
    }
  }
  return out.sort((a, b) => a.from.localeCompare(b.from));
}
