/** The type that keeps a script inert (lib/early-script.ts `DEFERRED_TYPE`). */
export const DEFERRED_TYPE: string;
/** A prerendered embed page as a facade: the framework's scripts inert, the payload out of the HTML. */
export function toFacade(
  html: string,
  payloadUrl: (payload: string) => string,
): { html: string; deferred: number; payload: string };

export function payloadToFile(html: string, payloadUrl: (payload: string) => string): { html: string; payload: string };
