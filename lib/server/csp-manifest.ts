import { readFileSync } from "node:fs";
import { join } from "node:path";

let manifest: Record<string, string[]> | null | undefined;

/**
 * The hashes of a prerendered page's inline scripts (written after the build by
 * scripts/csp-hashes.mjs), by internal path (`/en/centers/moscow`); undefined for a page that is
 * rendered per request, null when there is no build output (`next dev`).
 */
export function inlineScriptHashes(route: string): string[] | undefined | null {
  if (manifest === undefined) {
    try {
      manifest = JSON.parse(readFileSync(join(process.cwd(), ".next", "csp-hashes.json"), "utf8"));
    } catch {
      manifest = null;
    }
  }
  return manifest ? manifest[route] : null;
}
