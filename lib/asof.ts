import { readDate } from "@/lib/date-state";

/** The dates `?asof=` may take: from the start of the first centre's year to the data version. */
export type AsofRange = { min: string; max: string };

export type Asof =
  /** No `asof`: the latest state the data knows. */
  | { kind: "latest"; date: string }
  /** A valid date inside the range. */
  | { kind: "date"; date: string }
  /** A valid date outside the range, moved to the nearest end. */
  | { kind: "clamped"; date: string; requested: string }
  /** Something that is not a YYYY-MM-DD date: ignored, the latest state is shown. */
  | { kind: "ignored"; date: string; requested: string };

/**
 * Reads `?asof=`. Accepts only a real `YYYY-MM-DD` date; clamps it to `range`; ignores anything
 * else (and takes the first value when the parameter is repeated). Never throws. The same reading
 * as the page's first script (lib/date-state.ts `readDate`).
 */
export function parseAsof(value: string | string[] | null | undefined, range: AsofRange): Asof {
  const raw = Array.isArray(value) ? value[0] : value;
  const r = readDate(raw, range.min, range.max);
  switch (r.kind) {
    case "latest":
    case "date":
      return { kind: r.kind, date: r.date };
    case "clamped":
      return { kind: "clamped", date: r.date, requested: (raw ?? "").trim() };
    case "ignored":
      return { kind: "ignored", date: r.date, requested: (raw ?? "").slice(0, 40) };
  }
}

/** The notice's messages for a state (namespace "asof"). */
export type AsofNoticeKey = "noticeLatest" | "noticeDate" | "noticeState";

/**
 * The sentence that says which state a page or picture shows: the latest (with the data version's
 * date), or a state by its first and last day (one day when they are the same). Dates written by
 * `date`. Why a requested date was moved or ignored is said beside it
 * (components/panel/asof-notice.tsx).
 */
export function asofNotice(
  span: { from: string; to: string } | null,
  range: AsofRange,
  date: (value: string) => string,
): { key: AsofNoticeKey; values: Record<string, string> } {
  if (!span) return { key: "noticeLatest", values: { date: date(range.max) } };
  return span.from === span.to
    ? { key: "noticeDate", values: { date: date(span.from) } }
    : { key: "noticeState", values: { from: date(span.from), to: date(span.to) } };
}

/** The date a link should carry for a parsed `?asof=`: the date shown, or none for the latest state. */
export function asofParam(asof: Asof): string | null {
  return asof.kind === "date" || asof.kind === "clamped" ? asof.date : null;
}

/** Months from the range's first month to `date`'s month (the slider's position). */
export function monthIndex(date: string, range: AsofRange): number {
  const [y0, m0] = [Number(range.min.slice(0, 4)), Number(range.min.slice(5, 7))];
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return (y - y0) * 12 + (m - m0);
}

/** The slider's date for a month: the month's last day (so it includes that month's events), within range. */
export function dateForMonthIndex(index: number, range: AsofRange): string {
  const y0 = Number(range.min.slice(0, 4));
  const m0 = Number(range.min.slice(5, 7)) - 1;
  const total = m0 + Math.max(0, Math.round(index));
  const year = y0 + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const date = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(lastDay).padStart(2, "0")}`;
  if (date > range.max) return range.max;
  if (date < range.min) return range.min;
  return date;
}

/**
 * The state a date shows: the last of `stateDates` (sorted, the first being the range's start) on
 * or before it. Every date from one state date up to the next shows the same page, because each
 * thing a page compares with its date (a status's start, the day an event is reached, lib/dates.ts reachedOn) is a state date
 * (lib/server/centers.ts `stateDates`). A page carries each state's variants (lib/date-state.ts).
 */
export function stateOf(date: string, stateDates: readonly string[]): string {
  let lo = 0;
  let hi = stateDates.length - 1;
  let found = stateDates[0] ?? date;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = stateDates[mid] as string;
    if (d <= date) {
      found = d;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The dates a state covers: from its state date to the day before the next one (or the range's end). */
export function stateSpan(state: string, stateDates: readonly string[], max: string): { from: string; to: string } {
  const next = stateDates.find((d) => d > state);
  return { from: state, to: next ? dayBefore(next) : max };
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
