import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { readHeadersFile, ruleMatches } from "../../scripts/lib/headers-file";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".geojson": "application/geo+json",
  ".csv": "text/csv; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".atom": "application/atom+xml",
};

/**
 * A plain static file server over an exported site, as a CDN would serve it: files as they are,
 * `dir/index.html` for `dir` and `dir/`, the language's 404.html (status 404) for anything else,
 * and the headers of the export's `_headers` file, matched as Netlify matches them (a page's rule,
 * `/dir/`, with or without the trailing slash; Cloudflare Pages would redirect `/dir` there
 * first). No Next.js, no rewriting.
 */
export async function serveStatic(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const rules = readHeadersFile(readFileSync(join(dir, "_headers"), "utf8"));
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://static");
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    let status = 200;
    if (!file.startsWith(dir) || !existsSync(file)) {
      status = 404;
      const lang = /^\/(ja|ru)(\/|$)/.exec(url.pathname)?.[1];
      file = join(dir, lang ? `${lang}/404.html` : "404.html");
    }
    const headers = new Map<string, string>();
    for (const rule of rules) {
      const match = ruleMatches(rule.path, url.pathname, "slash-optional");
      const match404 = status === 404 && rule.path === `/${file.slice(dir.length + 1)}`;
      if (!match && !match404) continue;
      for (const name of rule.unset) headers.delete(name);
      for (const [name, value] of rule.set) headers.set(name, value);
    }
    headers.set("content-type", TYPES[extname(file)] ?? "application/octet-stream");
    res.writeHead(status, Object.fromEntries(headers));
    res.end(req.method === "HEAD" ? undefined : readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
