// `npm run export [outDir]`: the whole site as plain files for any static host or CDN (out/ by
// default). It runs the production server once and saves what it answers: every page in every
// language, the embeds, the 404 pages, the social images, the map images of the latest state in
// both themes (lib/server/images/map-image.ts), the data downloads, the update feeds, an oEmbed
// answer per page at a stable path (the pages' discovery links are rewritten to it), robots.txt
// and sitemap.xml, plus Next's static assets and public/. A dated view (`?asof=`) is its view's
// page, which shows the date in the browser (decision 012), so there is nothing to save per date.
// It also writes the headers to set on the host: `_headers` (Netlify, Cloudflare Pages and
// others) and, for nginx, `nginx-headers.conf` and `nginx-server.conf`, each with the exact
// Content-Security-Policy of every page (docs/deploy.md).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { contract, IMAGE_THEMES } from "../lib/contract";
import { PAYLOAD_FILE, payloadPath } from "./lib/embed-facade.mjs";
import { headersFile, redirectsFile, type ServedPage } from "./lib/headers-file";
// CSP hashes from the exported HTML itself (its oEmbed links are rewritten).
import { inlineScriptHashes } from "./lib/inline-scripts.mjs";
import { ensureBuild, root, startNext } from "./lib/next-server";
import { indexFile, nginxHeaders, nginxServer } from "./lib/nginx-conf";

const out = join(root, process.argv[2] ?? "out");
const PORT = Number(process.env.EXPORT_PORT ?? 3212);
const origin = `http://localhost:${PORT}`;
const SITE_URL = (process.env.NEXT_PUBLIC_SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
/** Every page, 404 page and file of the site (the URL contract's list, lib/contract.ts). */
const { pages: PAGES, notFound: NOT_FOUND_PAGES, files: FILES } = contract.exportList();
/**
 * Marks a page as a copy served as plain files: the Share dialog then links the saved pictures
 * (the latest state's) and says that a picture of a date needs the map's own server.
 */
const STATIC_COPY = '<meta name="jcm-static-copy" content="1"/>';

/** The oEmbed endpoint's address, in HTML (`&amp;`) and in an RSC payload (`\u0026`). */
const OEMBED_ENDPOINT = /https?:\/\/[^"\\]*\/oembed\?url=[^"\\]*?(?:&amp;|\\u0026)format=json/g;

/**
 * Points a page's discovery link at its saved oEmbed answer (`stable`), in the HTML and in its
 * payload file, from which the browser renders <head> again. The payload file is named by its
 * content, so a rewritten one is saved under its new name and the page refers to that.
 */
function relinkOembed(html: string, stable: string): string {
  const linked = html.replace(OEMBED_ENDPOINT, stable);
  const file = PAYLOAD_FILE.exec(linked)?.[1];
  if (!file) return linked;
  const payload = readFileSync(join(out, file), "utf8");
  const relinked = payload.replace(OEMBED_ENDPOINT, stable);
  if (relinked === payload) return linked;
  const renamed = payloadPath(relinked);
  write(join(out, renamed), relinked);
  return linked.replace(file, renamed);
}

/** A page's file: `/` → index.html, `/ja/centers/moscow` → ja/centers/moscow/index.html, `/404.html`. */
const pageFile = (path: string) => join(out, indexFile(path));
/** The stable address of a page's oEmbed answer: `/oembed/ja/centers/moscow.json`, `/oembed/index.json`. */
export const oembedPath = (path: string) => `/oembed${path === "/" ? "/index" : path}.json`;

function write(file: string, data: string | Buffer) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

async function get(path: string, expected = 200): Promise<Response> {
  const response = await fetch(`${origin}${path}`, { redirect: "manual" });
  if (response.status !== expected) throw new Error(`${path}: expected ${expected}, got ${response.status}`);
  return response;
}

ensureBuild();

const server = await startNext(PORT);
let code = 1;
try {
  rmSync(out, { recursive: true, force: true });
  cpSync(join(root, "public"), out, { recursive: true, filter: (src) => !src.includes(`${join("public", "bench")}`) });
  cpSync(join(root, ".next", "static"), join(out, "_next", "static"), { recursive: true });

  const policies: ServedPage[] = [];
  /** Saves a page at `file` (its path on the host) and records what its headers depend on (lib/headers.ts). */
  const save = (file: string, html: string, embed: boolean) => {
    write(pageFile(file), html);
    policies.push({ file, hashes: inlineScriptHashes(html), embed });
  };
  for (const path of PAGES) {
    const view = contract.parseView(path);
    // Discovery links point at the saved oEmbed answer instead of the (server-only) endpoint.
    const linked = relinkOembed(await (await get(path)).text(), `${SITE_URL}${oembedPath(path)}`);
    const html = linked.replace(/(<head>(?:<meta charSet="utf-8"\/>)?)/, `$1${STATIC_COPY}`);
    if (!html.includes(STATIC_COPY)) throw new Error(`${path}: no <head> to mark as a static copy`);
    save(path, html, view?.embedded ?? false);
    const url = `${SITE_URL}${path}`;
    const oembed = await get(`/oembed?url=${encodeURIComponent(url)}&format=json`);
    write(join(out, oembedPath(path)), await oembed.text());
  }
  for (const { probe, file } of NOT_FOUND_PAGES) save(`/${file}`, await (await get(probe, 404)).text(), false);
  for (const path of FILES) write(join(out, path), Buffer.from(await (await get(path)).arrayBuffer()));
  // The map images of the latest state: every view in both themes, SVG and PNG, each at the path
  // nginx serves its query from (contract.imageFile). Two at a time: a PNG keeps a core.
  const images = contract.images().flatMap((path) => {
    const parsed = contract.parseImage(path);
    if (parsed.kind !== "image") throw new Error(`${path}: not an image address`);
    return IMAGE_THEMES.map((theme) => ({ theme, parsed }));
  });
  await inPool(images, 2, async ({ theme, parsed }) => {
    const response = await get(contract.image(parsed, parsed.format, { theme }));
    write(join(out, contract.imageFile(parsed, parsed.format, { theme })), Buffer.from(await response.arrayBuffer()));
  });

  // The same files in the same order on every run, whatever order the pool finished in.
  policies.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  writeFileSync(join(out, "_headers"), headersFile(policies));
  writeFileSync(join(out, "nginx-headers.conf"), nginxHeaders(policies));
  writeFileSync(join(out, "nginx-server.conf"), nginxServer());
  writeFileSync(join(out, "_redirects"), redirectsFile(contract.redirects()));
  console.log(
    `export: ${PAGES.length} pages, ${NOT_FOUND_PAGES.length} 404 pages, ${PAGES.length} oEmbed answers, ${images.length} map images and ${FILES.length} files in ${out}`,
  );
  code = 0;
} catch (error) {
  console.error(error);
} finally {
  server.kill();
}
process.exit(code);

/** Runs `task` over `items`, at most `size` at a time. */
async function inPool<T>(items: readonly T[], size: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
