"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { withDate } from "@/components/panel/dated-link";
import { asofParam, parseAsof } from "@/lib/asof";
import { useAsofRange } from "@/lib/use-view";

/**
 * Escape closes the centre panel (back to the overview, on the date in the address), unless focus
 * is in a form field. The address is read when the key is pressed, so the listener is attached as
 * the page hydrates (not after a boundary that reads the query).
 */
export function EscapeToOverview({
  href: serverHref = "/",
  keepQuery = false,
}: {
  href?: string;
  keepQuery?: boolean;
}) {
  const router = useRouter();
  const range = useAsofRange();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true'], dialog")) return;
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
  }, [router, serverHref, keepQuery, range]);
  return null;
}
