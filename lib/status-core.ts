// Status on a date, with no data imports: safe for client components (the map island), which
// receive each centre's transitions as props. lib/status.ts computes the transitions.

/** A centre's state on a date, computed from the dated events. */
export const STATUSES = ["not-yet-opened", "operating", "memoranda-ended", "closure-announced"] as const;
export type CenterStatus = (typeof STATUSES)[number];

/** From `from` (YYYY-MM-DD, inclusive) the centre has `status`, until the next transition. */
export type Transition = { from: string; status: CenterStatus; eventId: string };

/** The status on `date` (YYYY-MM-DD) given a centre's transitions. */
export function statusAt(transitions: readonly Pick<Transition, "from" | "status">[], date: string): CenterStatus {
  let status: CenterStatus = "not-yet-opened";
  for (const t of transitions) {
    if (t.from <= date) status = t.status;
  }
  return status;
}

export const STATUS_LABEL: Record<CenterStatus, string> = {
  "not-yet-opened": "Not yet opened",
  operating: "Operating",
  "memoranda-ended": "Memoranda no longer applied",
  "closure-announced": "Closure announced",
};
