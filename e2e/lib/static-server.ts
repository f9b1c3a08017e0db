import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

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

type Rule = { path: string; set: [string, string][]; unset: string[] };

/** Reads a `_headers` file (the Netlify / Cloudflare Pages format, `/*` and exact paths). */
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    if (!line.startsWith(" ")) rules.push({ path: line.trim(), set: [], unset: [] });
    else {
      const rule = rules.at(-1);
      const t = line.trim();
      if (!rule) continue;
      if (t.startsWith("! ")) rule.unset.push(t.slice(2).toLowerCase());
      else {
        const i = t.indexOf(":");
        rule.set.push([t.slice(0, i).trim().toLowerCase(), t.slice(i + 1).trim()]);
      }
    }
  }
  return rules;
}

/**
 * A plain static file server over an exported site, as a CDN would serve it: files as they are,
 * `dir/index.html` for `dir`, the language's 404.html (status 404) for anything else, and the
 * headers of the export's `_headers` file. No Next.js, no rewriting.
 */
export async function serveStatic(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const rules = parseHeaders(readFileSync(join(dir, "_headers"), "utf8"));
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
      const match = rule.path.endsWith("/*")
        ? url.pathname.startsWith(rule.path.slice(0, -1))
        : rule.path === url.pathname;
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
