import { useLocale } from "next-intl";
import { type Centers, centersFor } from "@/lib/centers";
import { isLocale, type Locale } from "@/lib/contract";

/** The page's language (server components). */
export function usePageLocale(): Locale {
  const locale = useLocale();
  return isLocale(locale) ? locale : "en";
}

/** The dataset in the page's language (server components only: it holds the whole dataset). */
export function useCenters(): Centers {
  return centersFor(usePageLocale());
}
