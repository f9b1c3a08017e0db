// After `next build`, before the CSP hashes (scripts/lib/embed-facade.mjs, decision 013):
// - every prerendered embed page becomes a facade, its payload a file in .next/static/facade that
//   only the boot fetches;
// - every other prerendered page of a language (the map pages, sources, about) keeps its scripts,
//   but its payload becomes such a file too, loaded after the page's content: the HTML a reader
//   waits for before the first paint is the markup alone.
// The Node server and the static export then serve the same pages; `next dev` serves the plain
// ones (the early script then has nothing to boot).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { payloadPath, payloadToFile, toFacade } from "./lib/embed-facade.mjs";

const root = join(process.cwd(), ".next", "server", "app");
// The payload files: under /_next/static, served by `next start` and copied by the export, named
// by their content (cached for good, as the chunks are).
const payloads = join(process.cwd(), ".next", "static", "facade");
mkdirSync(payloads, { recursive: true });
const payloadUrl = (payload) => {
  const path = payloadPath(payload);
  writeFileSync(join(payloads, path.split("/").pop()), payload);
  return path;
};
const EMBED = /^[a-z]{2}\/embed(\/[a-z-]+)?\.html$/;
/** The other pages of a language: the overview, the centres, sources, about (not the 404 pages). */
const PAGE = /^[a-z]{2}(\/centers\/[a-z-]+|\/sources|\/about)?\.html$/;

let pages = 0;
let sitePages = 0;
// The overview is <locale>.html at the top; the other pages are in the language's folders.
const dirs = [root];
for (const locale of readdirSync(root, { withFileTypes: true })) {
  if (locale.isDirectory()) dirs.push(...["", "embed", "centers"].map((d) => join(root, locale.name, d)));
}
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
    if (PAGE.test(path)) {
      const { html, payload } = payloadToFile(readFileSync(file, "utf8"), payloadUrl);
      if (payload === "") throw new Error(`embed-facade: no payload found in .next/server/app/${path}`);
      writeFileSync(file, html);
      sitePages++;
      continue;
    }
    if (!EMBED.test(path)) continue;
    const { html, deferred, payload } = toFacade(readFileSync(file, "utf8"), payloadUrl);
    // A build whose embeds would boot at once (Next changed how it writes its scripts) stops here.
    if (deferred === 0 || payload === "")
      throw new Error(`embed-facade: no framework script or payload found in .next/server/app/${path}`);
    writeFileSync(file, html);
    pages++;
  }
}
if (pages === 0) throw new Error("embed-facade: no prerendered embed page in .next/server/app");
if (sitePages === 0) throw new Error("embed-facade: no prerendered site page in .next/server/app");
console.log(
  `embed-facade: ${pages} embed pages are facades until touched; ${sitePages} other pages load their payload as a file`,
);
