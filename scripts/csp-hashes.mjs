// After `next build`: the SHA-256 hash of every inline <script> of every prerendered page, so
// proxy.ts can allow exactly those scripts in the page's Content-Security-Policy (no
// 'unsafe-inline'). Writes .next/csp-hashes.json: { "/en/centers/moscow": ["'sha256-…'", …] }.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { inlineScriptHashes } from "./lib/inline-scripts.mjs";

const root = join(process.cwd(), ".next", "server", "app");

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

const manifest = {};
let scripts = 0;
for (const file of htmlFiles(root)) {
  const route = `/${relative(root, file)
    .replace(/\.html$/, "")
    .replaceAll("\\", "/")}`;
  const html = readFileSync(file, "utf8");
  manifest[route] = inlineScriptHashes(html);
  scripts += manifest[route].length;
}
writeFileSync(join(process.cwd(), ".next", "csp-hashes.json"), `${JSON.stringify(manifest)}\n`);
console.log(`csp: ${scripts} inline-script hashes for ${Object.keys(manifest).length} prerendered pages`);
