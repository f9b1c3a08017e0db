import { useLocale } from "next-intl";
import { contract, isLocale } from "@/lib/contract";
import { dateFormatters } from "@/lib/dates";

/** Formats partial dates in the page's language, at the precision the source gives (server components). */
export function useFormatDate() {
  const locale = useLocale();
  return dateFormatters(isLocale(locale) ? locale : contract.defaultLocale);
}
