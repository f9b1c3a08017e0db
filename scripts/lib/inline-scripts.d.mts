/** The CSP hash-sources (`'sha256-…'`) of every inline <script> in an HTML document. */
export function inlineScriptHashes(html: string): string[];
