import { type City, centers, preferredOpening } from "@/lib/centers";
import { startOf } from "@/lib/dates";
import type { CenterEvent } from "@/lib/schema";
import type { Transition } from "@/lib/status-core";

export { type CenterStatus, STATUS_LABEL, STATUSES, statusAt, type Transition } from "@/lib/status-core";

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

/** Earlier openings in the same city before the preferred one (Moscow's predecessors). */
export function predecessorsBefore(city: City, date: string): CenterEvent[] {
  const preferred = startOf(preferredOpening(city).date);
  return centers
    .eventsForCity(city.slug)
    .filter(
      (e) => e.type === "opening" && e.cities !== "all" && startOf(e.date) < preferred && startOf(e.date) <= date,
    );
}
