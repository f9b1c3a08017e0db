// After `next build`, before the CSP hashes: every prerendered embed page becomes a facade
// (scripts/lib/embed-facade.mjs, decision 013). The Node server and the static export then serve
// the same facade; `next dev` serves the plain page (the early script then has nothing to boot).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { toFacade } from "./lib/embed-facade.mjs";

const root = join(process.cwd(), ".next", "server", "app");
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
      const { html, deferred } = toFacade(readFileSync(file, "utf8"));
      // A build whose embeds would boot at once (Next changed how it writes its scripts) stops here.
      if (deferred === 0) throw new Error(`embed-facade: no framework script found in .next/server/app/${path}`);
      writeFileSync(file, html);
      pages++;
    }
  }
}
if (pages === 0) throw new Error("embed-facade: no prerendered embed page in .next/server/app");
console.log(`embed-facade: ${pages} embed pages are facades until touched`);
