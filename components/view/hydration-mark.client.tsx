"use client";

import { useEffect } from "react";
import { emit, setFlag } from "@/lib/page-state";

/**
 * Last in a map layout: once React has hydrated the page, sets the `hydrated` flag on <html> and
 * sends the `hydrated` event (lib/page-state.ts), on which the early script (lib/browser/early-script.ts)
 * replays a click or a host message that came sooner. Its effect runs after its siblings' (the
 * embed's host-message listener among them).
 */
export function HydrationMark() {
  useEffect(() => {
    setFlag("hydrated", "true");
    emit("hydrated");
  }, []);
  return null;
}
