import { LANGUAGES, type Locale } from "@/lib/contract";
import { isPartialDate, type ParsedDate, parsePartialDate } from "@/lib/partial-date";

function mustParse(value: string): ParsedDate {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new Error(`Not a YYYY, YYYY-MM or YYYY-MM-DD date: "${value}"`);
  return parsed;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: ParsedDate["precision"]): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      precision === "year"
        ? { year: "numeric", timeZone: "UTC" }
        : precision === "month"
          ? { year: "numeric", month: "long", timeZone: "UTC" }
          : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/**
 * Formats a partial date at exactly the precision it has: "1996" → "1996",
 * "1996-04" → "April 1996", "1996-09-05" → "5 September 1996". Never adds a day or month.
 */
export function formatPartialDate(value: string, locale = "en-GB"): string {
  const d = mustParse(value);
  const utc = new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
  return formatter(locale, d.precision).format(utc);
}

/** Sort key: the first day the partial date can mean ("1996-04" → 1996-04-01). */
export function startOf(value: string): string {
  const d = mustParse(value);
  const mm = String(d.month ?? 1).padStart(2, "0");
  const dd = String(d.day ?? 1).padStart(2, "0");
  return `${String(d.year).padStart(4, "0")}-${mm}-${dd}`;
}

/** The last day the partial date can mean ("1996" → 1996-12-31, "2000-02" → 2000-02-29). */
export function endOf(value: string): string {
  const d = mustParse(value);
  const month = d.month ?? 12;
  const day = d.day ?? new Date(Date.UTC(d.year, month, 0)).getUTCDate();
  return `${String(d.year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The first day on which a dated fact is certainly past, the one rule for every partial date: the
 * last day its date can mean ("1996-04" → 1996-04-30, "2022" → 2022-12-31), or the day a source
 * reported it if that comes first (a move "in February 2025" reported on 25 February had happened
 * by the 25th). `reported` are the publication dates of the fact's sources; only whole days inside
 * the fact's own period count. A page never shows a fact as done before the sources allow.
 */
export function reachedOn(value: string, reported: readonly (string | null | undefined)[] = []): string {
  const first = startOf(value);
  let day = endOf(value);
  for (const published of reported) {
    if (published && published.length === 10 && published >= first && published < day) day = published;
  }
  return day;
}

/** Orders partial dates chronologically; a coarser date sorts before finer ones it contains. */
export function comparePartialDates(a: string, b: string): number {
  const byStart = startOf(a).localeCompare(startOf(b));
  return byStart !== 0 ? byStart : a.length - b.length;
}

/**
 * Formats a date at the start of a free-text value, as the conflicts record them:
 * "1994-10 (MIRBIS predecessor centre)" → "October 1994 (MIRBIS predecessor centre)".
 * Text that does not start with a valid partial date is returned unchanged.
 */
export function formatLeadingDate(value: string, locale = "en-GB"): string {
  // The date must stand alone: followed by the end, a space or a bracket. Text that already
  // writes a date in words ("2025年1月22日から", "2000 г.") is not touched, so no unit is doubled.
  const m = /^(\d{4}(?:-\d{2}){0,2})(?=$|[\s(（])(.*)$/s.exec(value);
  if (!m?.[1] || !isPartialDate(m[1])) return value;
  return `${formatPartialDate(m[1], locale)}${m[2] ?? ""}`;
}

/** Date formatters for a language (client components pass lib/client/i18n's useLocale()). */
export function dateFormatters(locale: Locale) {
  const tag = LANGUAGES[locale].intl;
  return {
    /** "1996-04" → "April 1996" / "1996年4月" / "апрель 1996 г." */
    date: (value: string) => formatPartialDate(value, tag),
    /** A leading date in free text, as conflicts record them. */
    leading: (value: string) => formatLeadingDate(value, tag),
  };
}
