/** The type that keeps a script inert (lib/early-script.ts `DEFERRED_TYPE`). */
export const DEFERRED_TYPE: string;
/** A prerendered embed page as a facade: the framework's scripts inert, and how many. */
export function toFacade(html: string): { html: string; deferred: number };
