"use client";

// The browser's side of the URL contract: which view the address bar shows, read once here for
// every client component (the map, the date control, the share dialog, the embed's bridge and
// footer, the language switcher), and the link to another view in the same context.
import { usePathname, useSearchParams } from "next/navigation";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { type Asof, type AsofRange, parseAsof } from "@/lib/asof";
import { contract, type View } from "@/lib/contract";
import { useLocale } from "@/lib/i18n-client";

const Context = createContext<AsofRange | null>(null);

/** Gives client components the dates `?asof=` may take (from the dataset, on the server). */
export function ViewProvider({ range, children }: { range: AsofRange; children: ReactNode }) {
  return <Context value={range}>{children}</Context>;
}

/** The dates `?asof=` may take. */
export function useAsofRange(): AsofRange {
  const range = useContext(Context);
  if (!range) throw new Error("ViewProvider is missing above this component");
  return range;
}

/**
 * The current view (from the pathname, public or internal, and the query) and its date as the
 * data can show it. Outside a view (a 404 page) it is the overview in the page's language.
 */
export function useView(): { view: View; asof: Asof } {
  const range = useAsofRange();
  const pathname = usePathname();
  const search = useSearchParams();
  const locale = useLocale();
  return useMemo(() => {
    const view =
      contract.parseView(pathname ?? "/", new URLSearchParams(search?.toString())) ??
      contract.view({ locale, page: "overview" });
    return { view, asof: parseAsof(view.asof, range) };
  }, [pathname, search, locale, range]);
}
