"use client";

// The browser's side of the URL contract: which view the address bar shows, read here for every
// client component (the map, the date control, the share dialog, the embed's bridge and footer,
// the language switcher, the panel's links), and the date it shows.
//
// The query is read from `location` after hydration (useSyncExternalStore: the server and the
// hydrating render see no query, then the components render again with it), never through
// useSearchParams, which would make Next render every island in the browser from scratch instead
// of hydrating it. The date is the page's state, not a new page: `setDate` shows it at once
// (lib/date-state.ts, one stylesheet rule) and writes `?asof=` to the address with the History
// API, which Next's router follows without fetching anything (decision 012).
import { usePathname } from "next/navigation";
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { type Asof, type AsofRange, parseAsof } from "@/lib/asof";
import { useLocale } from "@/lib/client/i18n";
import { contract, type View } from "@/lib/contract";
import { DATE_FLAGS, DATE_HELPERS, type DateConfig, showDate } from "@/lib/date-state";

/** The address's query as the page shows it, and the way to change its date. */
type Store = {
  config: DateConfig;
  subscribe: (listener: () => void) => () => void;
  search: () => string;
  /** Shows `date` (null: the latest state) at once; writes it to the address after `delay` ms (at the least, after the next frame). */
  setDate: (date: string | null, delay?: number) => void;
  /** Reads the address again (after a navigation or back/forward) and shows its date. */
  sync: () => void;
};

function createStore(config: DateConfig): Store {
  const listeners = new Set<() => void>();
  // The query shown, ahead of the address while a write is pending (the slider writes the address
  // at most every few hundred ms: browsers limit how often history may change).
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const emit = () => {
    for (const listener of listeners) listener();
  };
  const search = () => pending ?? window.location.search;
  const show = () => showDate(config, search(), DATE_HELPERS, DATE_FLAGS);
  const write = () => {
    timer = null;
    if (pending === null) return;
    const url = `${window.location.pathname}${pending}${window.location.hash}`;
    pending = null;
    // Next's router follows the History API (its useSearchParams and usePathname), with no request.
    window.history.replaceState(null, "", url);
  };
  const sync = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    pending = null;
    show();
    emit();
  };
  return {
    config,
    search,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) window.addEventListener("popstate", sync);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener("popstate", sync);
      };
    },
    setDate(date, delay = 0) {
      const q = new URLSearchParams(search());
      if (date) q.set("asof", date);
      else q.delete("asof");
      const s = q.toString();
      pending = s ? `?${s}` : "";
      show();
      emit();
      if (timer) clearTimeout(timer);
      // Never before the new state is painted: Next's router re-renders its tree when the address
      // changes, which would otherwise delay the frame that shows the date.
      if (delay > 0) timer = setTimeout(write, delay);
      else
        requestAnimationFrame(() => {
          timer = setTimeout(write, 0);
        });
    },
    sync,
  };
}

const Context = createContext<Store | null>(null);

/** Gives client components the address's view and date (the dataset's state dates and range, from the server). */
export function ViewProvider({ config, children }: { config: DateConfig; children: ReactNode }) {
  const [store] = useState(() => createStore(config));
  return <Context value={store}>{children}</Context>;
}

function useStore(): Store {
  const store = useContext(Context);
  if (!store) throw new Error("ViewProvider is missing above this component");
  return store;
}

/** The dates `?asof=` may take. */
export function useAsofRange(): AsofRange {
  const { min, max } = useStore().config;
  return useMemo(() => ({ min, max }), [min, max]);
}

/** The dataset's state dates (lib/date-state.ts): the date variants' indices. */
export function useStateDates(): readonly string[] {
  return useStore().config.dates;
}

/** Shows a date (null: the latest state) and writes it to the address after `delay` ms. */
export function useSetDate(): Store["setDate"] {
  return useStore().setDate;
}

/**
 * The current view (from the pathname, public or internal, and the query) and its date as the
 * data can show it. Outside a view (a 404 page) it is the overview in the page's language. While
 * hydrating it is the view without a query (as the server rendered it).
 */
export function useView(): { view: View; asof: Asof } {
  const store = useStore();
  const range = useAsofRange();
  const pathname = usePathname();
  const search = useSyncExternalStore(store.subscribe, store.search, () => "");
  const locale = useLocale();
  return useMemo(() => {
    const view =
      contract.parseView(pathname ?? "/", new URLSearchParams(search)) ?? contract.view({ locale, page: "overview" });
    return { view, asof: parseAsof(view.asof, range) };
  }, [pathname, search, locale, range]);
}

/**
 * Keeps the date shown in step with the address after a navigation inside the app (a link to
 * another view, which carries the date or not). On a full page load the page's first script
 * (lib/date-state.ts `firstPaintScript`) has already shown it.
 */
export function DateSync() {
  const store = useStore();
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation, which changes the pathname
  useEffect(() => store.sync(), [store, pathname]);
  return null;
}
