"use client";

import { useCallback, useSyncExternalStore } from "react";
import { type FlagName, type FlagValue, onFlag, readFlag } from "@/lib/page-state";

/**
 * A flag on <html> (lib/page-state.ts), kept current as `setFlag` changes it. Undefined on the
 * server and while hydrating (the flags are the browser's: the inline scripts write them before
 * React runs), then the flag's value, or null when it is absent.
 */
export function useFlag<N extends FlagName>(name: N): FlagValue<N> | null | undefined {
  const subscribe = useCallback((listener: () => void) => onFlag(name, listener), [name]);
  const read = useCallback(() => readFlag(name), [name]);
  return useSyncExternalStore(subscribe, read, () => undefined);
}
