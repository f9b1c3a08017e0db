"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { withDate } from "@/components/panel/dated-link";
import { asofParam, parseAsof } from "@/lib/asof";
import { useAsofRange } from "@/lib/use-view";

/**
 * Escape closes the centre panel: it follows the panel's close link (back to the overview), unless
 * focus is in a form field. Mounted once in the map layouts, so its listener is there as soon as the
 * page has hydrated and stays across client-side navigations (a panel mounting its own listener
 * left a moment after each navigation when Escape did nothing). Everything is read when the key
 * is pressed: the close link of the panel on screen, and the date and embed options in the address.
 */
export function EscapeToOverview({ keepQuery = false }: { keepQuery?: boolean }) {
  const router = useRouter();
  const range = useAsofRange();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true'], dialog")) return;
      const close = document.querySelector<HTMLAnchorElement>("[data-panel] a[data-close-panel]");
      const serverHref = close?.getAttribute("href");
      if (!serverHref) return;
      // The server's link carries its state's first day; the reader's date is in the address.
      const query = new URLSearchParams(window.location.search);
      const href = withDate(serverHref, asofParam(parseAsof(query.get("asof"), range)));
      // An embed keeps its options (theme, panel, controls, childId) in the query string.
      if (keepQuery) {
        const [path = "/", own = ""] = href.split("?");
        for (const [key, value] of new URLSearchParams(own)) query.set(key, value);
        if (!new URLSearchParams(own).has("asof")) query.delete("asof");
        const s = query.toString();
        router.push(`${path}${s ? `?${s}` : ""}`, { scroll: false });
      } else router.push(href, { scroll: false });
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [router, keepQuery, range]);
  return null;
}
