"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { asofParam, parseAsof } from "@/lib/asof";
import { useAsofRange } from "@/lib/client/use-view";
import { contract } from "@/lib/contract";

/**
 * Escape closes the centre panel: back to the overview in the same context (language, embed and
 * its options, the date in the address), unless focus is in a form field. Mounted once in the map
 * layouts, so its listener is there as soon as the page has hydrated and stays across client-side
 * navigations (a panel mounting its own listener left a moment after each navigation when Escape
 * did nothing). The view is read from the address when the key is pressed.
 */
export function EscapeToOverview() {
  const router = useRouter();
  const range = useAsofRange();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true'], dialog")) return;
      const view = contract.parseView(window.location.pathname, new URLSearchParams(window.location.search));
      if (view?.page !== "centre") return;
      const here = { ...view, asof: asofParam(parseAsof(view.asof, range)) };
      router.push(contract.link(here, { page: "overview" }), { scroll: false });
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [router, range]);
  return null;
}
