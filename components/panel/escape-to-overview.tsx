"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Escape closes the centre panel (back to the overview), unless focus is in a form field. */
export function EscapeToOverview({ href = "/" }: { href?: string }) {
  const router = useRouter();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true'], dialog")) return;
      router.push(href, { scroll: false });
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [router, href]);
  return null;
}
