"use client";

import { useEffect } from "react";
import { HYDRATED_EVENT } from "@/lib/early-script";

/**
 * Last in a map layout: once React has hydrated the page, marks <html data-hydrated> and tells the
 * early script (lib/early-script.ts), which replays a click or a host message that came sooner.
 * Its effect runs after its siblings' (the embed's host-message listener among them).
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
    document.dispatchEvent(new Event(HYDRATED_EVENT));
  }, []);
  return null;
}
