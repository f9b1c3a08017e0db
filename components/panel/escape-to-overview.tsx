"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Escape closes the centre panel (back to the overview), unless focus is in a form field. */
export function EscapeToOverview({ href = "/", keepQuery = false }: { href?: string; keepQuery?: boolean }) {
  const router = useRouter();
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
