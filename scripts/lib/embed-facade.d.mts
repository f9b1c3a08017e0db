/** The type that keeps a script inert (lib/browser/early-script.ts `DEFERRED_TYPE`). */
export const DEFERRED_TYPE: string;
/** A prerendered embed page as a facade: the framework's scripts inert, the payload out of the HTML. */
export function toFacade(
  html: string,
  payloadUrl: (payload: string) => string,
): { html: string; deferred: number; payload: string };

export function payloadToFile(html: string, payloadUrl: (payload: string) => string): { html: string; payload: string };
/** Where a payload file is served: /_next/static/facade/<16 hex of its SHA-256>.js. */
export function payloadPath(payload: string): string;
/** A page's reference to its payload file (`src` or `data-src`); group 1 is the path. */
export const PAYLOAD_FILE: RegExp;
