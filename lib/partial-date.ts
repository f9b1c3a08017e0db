// Reading the dataset's dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): no imports, so the URL contract
// (through lib/asof.ts) can validate `?asof=` without the formatting in lib/dates.ts.

/** A date at the precision its source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export type ParsedDate = {
  year: number;
  month?: number;
  day?: number;
  precision: "year" | "month" | "day";
};

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a partial date; returns null for anything that is not a real calendar date. */
export function parsePartialDate(value: string): ParsedDate | null {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: "year" };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: "month" };
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { year, month, day, precision: "day" };
}

/** True when `value` is a valid `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date. */
export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}
