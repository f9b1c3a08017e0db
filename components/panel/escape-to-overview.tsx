"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { withDate } from "@/components/panel/dated-link";
import { asofParam } from "@/lib/asof";
import { useView } from "@/lib/use-view";

/**
 * Escape closes the centre panel (back to the overview, on the date in the address), unless focus
 * is in a form field. Reads the address: render it inside a Suspense boundary.
 */
export function EscapeToOverview({
  href: serverHref = "/",
  keepQuery = false,
}: {
  href?: string;
  keepQuery?: boolean;
}) {
  const router = useRouter();
  const href = withDate(serverHref, asofParam(useView().asof));
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true'], dialog")) return;
      // An embed keeps its options (theme, panel, controls, childId) in the query string.
      router.push(keepQuery && !href.includes("?") ? `${href}${window.location.search}` : href, { scroll: false });
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [router, href, keepQuery]);
  return null;
}
