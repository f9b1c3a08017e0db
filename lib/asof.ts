import { parsePartialDate } from "@/lib/partial-date";

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
 * else (and takes the first value when the parameter is repeated). Never throws.
 */
export function parseAsof(value: string | string[] | null | undefined, range: AsofRange): Asof {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === null || raw === "") return { kind: "latest", date: range.max };
  const trimmed = raw.trim();
  const parsed = parsePartialDate(trimmed);
  if (parsed?.precision !== "day") {
    return { kind: "ignored", date: range.max, requested: raw.slice(0, 40) };
  }
  if (trimmed < range.min) return { kind: "clamped", date: range.min, requested: trimmed };
  if (trimmed > range.max) return { kind: "clamped", date: range.max, requested: trimmed };
  return { kind: "date", date: trimmed };
}

/** The notice's messages (namespace "asof"). */
export type AsofNoticeKey = "noticeLatest" | "noticeDate" | "noticeState" | "noticeClamped" | "noticeIgnored";

/**
 * The notice that says which date a page shows, and why when the requested one could not be used:
 * its message and values, dates written by `date`. With `span` (the server's page, which serves
 * every day of a state), a date names the state's first and last day; without, the date itself.
 */
export function asofNotice(
  asof: Asof,
  range: AsofRange,
  date: (value: string) => string,
  span?: { from: string; to: string },
): { key: AsofNoticeKey; values: Record<string, string> } {
  const shown = date(asof.date);
  switch (asof.kind) {
    case "latest":
      return { key: "noticeLatest", values: { date: shown } };
    case "date":
      return span && span.from !== span.to
        ? { key: "noticeState", values: { from: date(span.from), to: date(span.to) } }
        : { key: "noticeDate", values: { date: shown } };
    case "clamped":
      return {
        key: "noticeClamped",
        values: { requested: asof.requested, min: date(range.min), max: date(range.max), date: shown },
      };
    case "ignored":
      return { key: "noticeIgnored", values: { requested: asof.requested, date: shown } };
  }
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
 * (lib/centers.ts `stateDates`). So a dated view is rendered once per state, not once per date.
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

/** The state date a requested `?asof=` is rendered from, or null when the request shows the latest state. */
export function requestedState(
  requested: string | null,
  range: AsofRange,
  stateDates: readonly string[],
): string | null {
  const asof = parseAsof(requested, range);
  return asof.kind === "date" || asof.kind === "clamped" ? stateOf(asof.date, stateDates) : null;
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
