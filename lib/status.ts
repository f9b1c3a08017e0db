import { type City, centers, preferredOpening } from "@/lib/centers";
import { startOf } from "@/lib/dates";
import type { CenterEvent } from "@/lib/schema";

/** A centre's state on a date, computed from the dated events. */
export const STATUSES = ["not-yet-opened", "operating", "memoranda-ended", "closure-announced"] as const;
export type CenterStatus = (typeof STATUSES)[number];

/** From `from` (YYYY-MM-DD, inclusive) the centre has `status`, until the next transition. */
export type Transition = { from: string; status: CenterStatus; eventId: string };

/**
 * The transitions of one centre, oldest first. A partial date counts from the first day it can
 * mean: an opening in "1996-04" makes the centre operating from 1996-04-01 (docs/data.md).
 */
export function transitionsFor(city: City, events: readonly CenterEvent[] = centers.events()): Transition[] {
  const concerns = (e: CenterEvent) => e.cities === "all" || e.cities.includes(city.slug);
  const opening = preferredOpening(city);
  const openingEvent = events.find(
    (e) => e.type === "opening" && concerns(e) && startOf(e.date) === startOf(opening.date),
  );
  const out: Transition[] = [
    { from: startOf(opening.date), status: "operating", eventId: openingEvent?.id ?? `${city.slug}-opening` },
  ];
  for (const e of events) {
    if (!concerns(e) || e.context) continue;
    if (e.type === "suspension") out.push({ from: startOf(e.date), status: "memoranda-ended", eventId: e.id });
    if (e.type === "announcement") out.push({ from: startOf(e.date), status: "closure-announced", eventId: e.id });
  }
  return out.sort((a, b) => a.from.localeCompare(b.from));
}

/** The status on `date` (YYYY-MM-DD) given a centre's transitions. */
export function statusAt(transitions: readonly Pick<Transition, "from" | "status">[], date: string): CenterStatus {
  let status: CenterStatus = "not-yet-opened";
  for (const t of transitions) {
    if (t.from <= date) status = t.status;
  }
  return status;
}

/** Earlier openings in the same city before the preferred one (Moscow's predecessors). */
export function predecessorsBefore(city: City, date: string): CenterEvent[] {
  const preferred = startOf(preferredOpening(city).date);
  return centers
    .eventsForCity(city.slug)
    .filter(
      (e) => e.type === "opening" && e.cities !== "all" && startOf(e.date) < preferred && startOf(e.date) <= date,
    );
}

export const STATUS_LABEL: Record<CenterStatus, string> = {
  "not-yet-opened": "Not yet opened",
  operating: "Operating",
  "memoranda-ended": "Memoranda no longer applied",
  "closure-announced": "Closure announced",
};
