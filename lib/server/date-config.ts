import type { Locale } from "@/lib/contract";
import type { DateConfig } from "@/lib/date-state";
import { centersFor } from "@/lib/server/centers";

/** What the browser needs to show a date (lib/date-state.ts): the dataset's state dates and `?asof=` range. */
export function dateConfig(locale: Locale): DateConfig {
  const centers = centersFor(locale);
  return { dates: centers.stateDates(), min: centers.asofRange.min, max: centers.asofRange.max };
}
