import { createHash } from "node:crypto";

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
// A data block: the pages' JSON-LD (lib/server/structured-data.ts). Browsers never run one, and a
// Content-Security-Policy governs only scripts that run, so the policy does not list it: it
// allows exactly what executes, and a change to the JSON-LD does not change the policy.
const DATA_BLOCK = /\btype\s*=\s*["']?application\/ld\+json["'\s>]/i;

/**
 * The CSP hash-sources (`'sha256-…'`) of every inline <script> in an HTML document that a browser
 * runs (not JSON-LD data blocks), without duplicates, in document order.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    if (DATA_BLOCK.test(`${m[1] ?? ""}>`)) continue;
    hashes.add(
      `'sha256-${createHash("sha256")
        .update(m[2] ?? "")
        .digest("base64")}'`,
    );
  }
  return [...hashes];
}
