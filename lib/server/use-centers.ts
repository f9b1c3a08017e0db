import { useLocale } from "next-intl";
import { contract, isLocale, type Locale } from "@/lib/contract";
import { type Centers, centersFor } from "@/lib/server/centers";

/** The page's language (server components). */
export function usePageLocale(): Locale {
  const locale = useLocale();
  return isLocale(locale) ? locale : contract.defaultLocale;
}

/** The dataset in the page's language (server components only: it holds the whole dataset). */
export function useCenters(): Centers {
  return centersFor(usePageLocale());
}
