// After `next build`: the SHA-256 hash of every inline <script> of every prerendered page, so
// proxy.ts can allow exactly those scripts in the page's Content-Security-Policy (no
// 'unsafe-inline'). Writes .next/csp-hashes.json: { "/en/centers/moscow": ["'sha256-…'", …] }.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(process.cwd(), ".next", "server", "app");
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

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
  const hashes = new Set();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    hashes.add(
      `'sha256-${createHash("sha256")
        .update(m[1] ?? "")
        .digest("base64")}'`,
    );
  }
  manifest[route] = [...hashes];
  scripts += hashes.size;
}
writeFileSync(join(process.cwd(), ".next", "csp-hashes.json"), `${JSON.stringify(manifest)}\n`);
console.log(`csp: ${scripts} inline-script hashes for ${Object.keys(manifest).length} prerendered pages`);
