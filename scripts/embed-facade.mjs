// After `next build`, before the CSP hashes: every prerendered embed page becomes a facade
// (scripts/lib/embed-facade.mjs, decision 013), its payload a file in .next/static/facade. The
// Node server and the static export then serve the same facade; `next dev` serves the plain page
// (the early script then has nothing to boot).
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { toFacade } from "./lib/embed-facade.mjs";

const root = join(process.cwd(), ".next", "server", "app");
// The payload files: under /_next/static, served by `next start` and copied by the export, named
// by their content (cached for good, as the chunks are).
const payloads = join(process.cwd(), ".next", "static", "facade");
mkdirSync(payloads, { recursive: true });
const payloadUrl = (payload) => {
  const name = `${createHash("sha256").update(payload).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(payloads, name), payload);
  return `/_next/static/facade/${name}`;
};
const EMBED = /^[a-z]{2}\/embed(\/[a-z-]+)?\.html$/;

let pages = 0;
for (const locale of readdirSync(root, { withFileTypes: true })) {
  if (!locale.isDirectory()) continue;
  const dirs = [join(root, locale.name), join(root, locale.name, "embed")];
  for (const dir of dirs) {
    let entries = [];
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of entries) {
      const file = join(dir, name);
      const path = relative(root, file).replaceAll("\\", "/");
      if (!EMBED.test(path)) continue;
      const { html, deferred, payload } = toFacade(readFileSync(file, "utf8"), payloadUrl);
      // A build whose embeds would boot at once (Next changed how it writes its scripts) stops here.
      if (deferred === 0 || payload === "")
        throw new Error(`embed-facade: no framework script or payload found in .next/server/app/${path}`);
      writeFileSync(file, html);
      pages++;
    }
  }
}
if (pages === 0) throw new Error("embed-facade: no prerendered embed page in .next/server/app");
console.log(`embed-facade: ${pages} embed pages are facades until touched`);
