import { useLocale } from "next-intl";
import { INTL_LOCALE, isLocale } from "@/i18n/routing";
import { formatLeadingDate, formatPartialDate } from "@/lib/dates";

/** Formats partial dates in the page's language, at the precision the source gives. */
export function useFormatDate() {
  const locale = useLocale();
  const tag = INTL_LOCALE[isLocale(locale) ? locale : "en"];
  return {
    /** "1996-04" → "April 1996" / "1996年4月" / "апрель 1996 г." */
    date: (value: string) => formatPartialDate(value, tag),
    /** A leading date in free text, as conflicts record them. */
    leading: (value: string) => formatLeadingDate(value, tag),
  };
}
