/** The CSP hash-sources (`'sha256-…'`) of every inline <script> a browser runs in an HTML document (not JSON-LD). */
export function inlineScriptHashes(html: string): string[];
