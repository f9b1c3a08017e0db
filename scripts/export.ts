// `npm run export [outDir]`: the whole site as plain files for any static host or CDN (out/ by
// default). It runs the production server once and saves what it answers: every page in every
// language, the embeds, every dated map view once per state at its internal address (with the
// first-paint script that sends `?asof=` there, lib/static-dates.ts), the 404 pages, the social
// images, the map images (components/map/map-image.ts: SVG for every state, PNG for the latest), the data downloads, the update feeds, an oEmbed answer per page at a stable path (the pages' discovery links are rewritten to it), robots.txt and
// sitemap.xml, plus Next's static assets and public/. It also writes the headers to set on the
// host: `_headers` (Netlify, Cloudflare Pages and others) and, for nginx, `nginx-headers.conf` and
// `nginx-server.conf` (which also serve `?asof=` from its state's page), each with the exact
// Content-Security-Policy of every page (docs/deploy.md).
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { contract, IMAGE_THEMES } from "../lib/contract";
import { STATE_DATES } from "../lib/states.generated";
import { STATIC_DATES_SCRIPTS } from "../lib/static-dates";
import { headersFile, type ServedPage } from "./lib/headers-file";
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
/** The map pages' first-paint scripts: `?asof=` to its state's page; on that page, the public address back. */
const TO_STATE = `<script>${STATIC_DATES_SCRIPTS.toState}</script>`;
const TO_PUBLIC = `<script>${STATIC_DATES_SCRIPTS.toPublic}</script>`;

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
  let dated = 0;
  for (const path of PAGES) {
    const view = contract.parseView(path);
    const map = view?.page === "overview" || view?.page === "centre";
    // Discovery links point at the saved oEmbed answer instead of the (server-only) endpoint, in
    // the HTML and in the page's RSC payload (from which the browser renders <head> again).
    const stable = `${SITE_URL}${oembedPath(path)}`;
    const prepare = (html: string, script: string) => {
      const linked = html.replace(/https?:\/\/[^"\\]*\/oembed\?url=[^"\\]*?(?:&amp;|\\u0026)format=json/g, stable);
      // The map pages read `?asof=` before anything is drawn: first in <head>, after the charset.
      if (!map) return linked;
      const withScript = linked.replace(/(<head>(?:<meta charSet="utf-8"\/>)?)/, `$1${script}`);
      if (!withScript.includes(script)) throw new Error(`${path}: no <head> to put the ?asof= script in`);
      return withScript;
    };
    const html = prepare(await (await get(path)).text(), TO_STATE);
    save(path, html, view?.embedded ?? false);
    const url = `${SITE_URL}${path}`;
    const oembed = await get(`/oembed?url=${encodeURIComponent(url)}&format=json`);
    write(join(out, oembedPath(path)), await oembed.text());
    // Each dated view once per state, at the internal address the Node server renders it from
    // (four requests at a time: the server answers one while the export hashes and writes another).
    if (view && map) {
      await inPool(STATE_DATES, 4, async (asof) => {
        const datedView = { ...view, asof };
        const html = prepare(await (await get(contract.href(datedView))).text(), TO_PUBLIC);
        save(contract.internalPath(datedView), html, view.embedded);
        dated++;
      });
    }
  }
  for (const { probe, file } of NOT_FOUND_PAGES) save(`/${file}`, await (await get(probe, 404)).text(), false);
  for (const path of FILES) write(join(out, path), Buffer.from(await (await get(path)).arrayBuffer()));
  // The map images: every view in both themes, SVG and PNG for the latest state and SVG for each
  // state (a PNG takes half a second to draw: one per state would add about ten minutes), each at
  // the path nginx serves its query from (contract.imageFile). Two at a time: a PNG keeps a core.
  const images = contract.images().flatMap((path) => {
    const parsed = contract.parseImage(path);
    if (parsed.kind !== "image") throw new Error(`${path}: not an image address`);
    const { format } = parsed;
    return IMAGE_THEMES.flatMap((theme) => [
      { theme, state: null as string | null, parsed },
      ...(format === "svg" ? STATE_DATES.map((state) => ({ theme, state, parsed })) : []),
    ]);
  });
  await inPool(images, 2, async ({ theme, state, parsed }) => {
    const response = await get(contract.image(parsed, parsed.format, { asof: state, theme }));
    write(
      join(out, contract.imageFile(parsed, parsed.format, { state, theme })),
      Buffer.from(await response.arrayBuffer()),
    );
  });

  // The same files in the same order on every run, whatever order the pool finished in.
  policies.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  writeFileSync(join(out, "_headers"), headersFile(policies));
  writeFileSync(join(out, "nginx-headers.conf"), nginxHeaders(policies));
  writeFileSync(join(out, "nginx-server.conf"), nginxServer());
  console.log(
    `export: ${PAGES.length} pages, ${dated} dated views (${STATE_DATES.length} states), ${NOT_FOUND_PAGES.length} 404 pages, ${PAGES.length} oEmbed answers, ${images.length} map images and ${FILES.length} files in ${out}`,
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
