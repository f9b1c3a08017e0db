import { parsePartialDate } from "@/lib/dates";

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
