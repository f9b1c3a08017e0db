// `_headers` (Netlify, Cloudflare Pages and other static hosts), rendered from the header table
// (lib/headers.ts) by `npm run export`, and read back by the tests and e2e/lib/static-server.ts.
//
// How the hosts read it (Cloudflare's asset server, workers-sdk `rules-engine.ts` and `headers.ts`;
// Netlify's `@netlify/headers-parser`):
// - a rule is a path line then indented `Name: value` lines; every rule whose path matches the
//   request applies, in the file's order. Cloudflare joins a second value of a header with a comma
//   (two policies would both be enforced), unless a `! Name` line first detaches the earlier one;
// - `*` matches anything (Cloudflare takes one per rule and silently drops a rule with two),
//   `:name` one segment; Cloudflare matches the path exactly, Netlify with or without a trailing
//   slash, case-insensitively;
// - Cloudflare Pages reads at most 100 rules and 2,000 characters a line.
//
// One rule per page: a page is a directory's index.html, which Cloudflare Pages serves only at
// its address with a trailing slash (`/ja/centers/moscow/`; `/ja/centers/moscow` and
// `…/index.html` are redirects to it), and which Netlify serves at both, matching a rule
// `/ja/centers/moscow/` for either. So the rule is the address with its slash, and the 48 pages
// and 3 404 pages of the export take 51 rules, plus 8 for everything else.

import { HEADER_TABLE, type Page, type Pattern, type Value } from "../../lib/headers";

/** Cloudflare Pages' limits for `_headers` (developers.cloudflare.com/pages/configuration/headers). */
export const MAX_RULES = 100;
export const MAX_LINE = 2000;

/** A page or 404 file of the export: its path on the host (`/`, `/ja/centers/moscow`, `/404.html`) and what its headers depend on. */
export type ServedPage = Page & { file: string };

/** The rule path of a page: its address with a trailing slash (see above); a file's own path. */
export const pageRulePath = (file: string): Pattern =>
  (file === "/" || file.endsWith(".html") ? file : `${file.replace(/\/$/, "")}/`) as Pattern;

type Block = { path: Pattern; headers: [string, Value][] };

/** Whether two rule paths can match one request path (segment by segment: a splat or placeholder matches anything). */
function overlap(a: Pattern, b: Pattern): boolean {
  const x = a.split("/");
  const y = b.split("/");
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const s = x[i];
    const t = y[i];
    if (s === "*" || t === "*") return true;
    if (s === undefined || t === undefined) return false;
    if (s.startsWith(":") || t.startsWith(":")) continue;
    if (s !== t) return false;
  }
  return true;
}

/** Netlify / Cloudflare Pages `_headers`: the table, with one rule per page of `pages`. */
export function headersFile(pages: readonly ServedPage[]): string {
  const blocks: Block[] = [];
  const add = (path: Pattern, headers: [string, Value][]) => {
    const last = blocks.at(-1);
    if (last?.path === path) last.headers.push(...headers);
    else blocks.push({ path, headers });
  };
  for (const rule of HEADER_TABLE) {
    if (rule.paths === "pages") {
      for (const page of pages) {
        const headers = Object.entries(rule.headers).map(([name, value]): [string, Value] => [
          name,
          typeof value === "function" ? value(page) : value,
        ]);
        add(pageRulePath(page.file), headers);
      }
    } else {
      // A static host serves nothing but the export: "not pages" is everything, which the page rules override.
      const paths = rule.paths === "everything" || rule.paths === "not pages" ? ["/*" as const] : rule.paths;
      for (const path of paths) add(path, Object.entries(rule.headers));
    }
  }
  if (blocks.length > MAX_RULES) {
    throw new Error(
      `_headers: ${blocks.length} rules, over Cloudflare Pages' limit of ${MAX_RULES} (${pages.length} of them pages)`,
    );
  }
  const lines: string[] = [];
  blocks.forEach((block, i) => {
    // A later value replaces an earlier one: detach what an earlier rule that can match the same path set.
    const earlier = new Set(
      blocks
        .slice(0, i)
        .filter((b) => overlap(b.path, block.path))
        .flatMap((b) => b.headers.filter(([, v]) => v !== null).map(([name]) => name)),
    );
    const names = new Map(block.headers.map(([name, value]) => [name, value]));
    lines.push(block.path);
    for (const name of names.keys()) if (earlier.has(name)) lines.push(`  ! ${name}`);
    for (const [name, value] of names) if (value !== null) lines.push(`  ${name}: ${value}`);
    lines.push("");
  });
  const long = lines.find((line) => line.length > MAX_LINE);
  if (long) throw new Error(`_headers: a line of ${long.length} characters, over ${MAX_LINE}: ${long.slice(0, 80)}…`);
  return `${lines.join("\n")}\n`;
}

/** A rule read back from `_headers`: its path, the headers it detaches, the headers it sets. */
export type HeadersRule = { path: string; unset: string[]; set: [string, string][] };

/** Reads a `_headers` file (comments and blank lines skipped). Header names in lower case. */
export function readHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (!t || t.startsWith("#")) continue;
    if (t.startsWith("/")) {
      rules.push({ path: t, unset: [], set: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: a header before any path: ${t}`);
    if (t.startsWith("! ")) rule.unset.push(t.slice(2).trim().toLowerCase());
    else {
      const i = t.indexOf(":");
      if (i < 1) throw new Error(`_headers: not a header: ${t}`);
      rule.set.push([t.slice(0, i).trim().toLowerCase(), t.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Whether a rule path matches a request path, as Cloudflare Pages matches (`exact`: `*` any
 * characters, `:name` one segment, nothing else) or as Netlify does (`slash-optional`: also
 * with or without one trailing slash, in any case).
 */
export function ruleMatches(rule: string, path: string, how: "exact" | "slash-optional"): boolean {
  const source = rule
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/:[A-Za-z]\w*/g, "[^/]+"))
    .join(".*");
  if (how === "exact") return new RegExp(`^${source}$`).test(path);
  return new RegExp(`^${source.replace(/\/$/, "")}/?$`, "i").test(path);
}

/**
 * The headers Cloudflare Pages sends for `path` under these rules: every matching rule in order,
 * `! Name` deleting, a second value of a header joined to the first with a comma.
 */
export function cloudflareHeaders(rules: readonly HeadersRule[], path: string): Record<string, string> {
  const out = new Map<string, string>();
  const set = new Set<string>();
  for (const rule of rules) {
    if (!ruleMatches(rule.path, path, "exact")) continue;
    for (const name of rule.unset) out.delete(name);
    for (const [name, value] of rule.set) {
      const before = out.get(name);
      out.set(name, set.has(name) && before !== undefined ? `${before}, ${value}` : value);
      set.add(name);
    }
  }
  return Object.fromEntries(out);
}

/**
 * `_redirects` (Netlify, Cloudflare Pages): a moved page's or an old slug's address to the current
 * one (contract.redirects), 308 as on the Node server. Empty while nothing has moved.
 */
export function redirectsFile(table: readonly { from: string; to: string }[]): string {
  return table.map(({ from, to }) => `${from} ${to} 308\n`).join("");
}
