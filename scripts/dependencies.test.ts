import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { filesUnder } from "./lib/files";

// Every package the code imports is declared in package.json (issue 24): a package that is only
// there because another one depends on it can go with that one's next release, and `npm ci` on a
// clean machine would then fail, or install something else.

const root = join(import.meta.dirname, "..");
const FOLDERS = ["app", "components", "lib", "scripts", "e2e", "i18n"];
const CODE = /\.(?:tsx?|mts|cts|mjs|cjs|js)$/;

/**
 * What a file asks the resolver for: imports, re-exports, import() and require() (TypeScript's
 * own scanner, so strings and comments are not read as imports), require.resolve() and
 * import.meta.resolve(), a CSS @import, and a path into node_modules/ (next/font/local's src).
 */
function specifiers(source: string, css = false): string[] {
  const out = css ? [] : ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
  const patterns = [
    /\b(?:require|import\.meta)\.resolve\(\s*["'`]([^"'`]+)["'`]/g,
    /@import\s+(?:url\()?["']([^"']+)["']/g,
    /node_modules\/((?:@[\w.-]+\/)?[\w.-]+)/g,
  ];
  for (const re of css ? patterns.slice(1) : [patterns[0], patterns[2]]) {
    for (const m of source.matchAll(re ?? /$^/g)) if (m[1]) out.push(m[1]);
  }
  return out;
}

const builtins = new Set(builtinModules);
/** The package a bare specifier names ("@scope/name" or "name"), or null for a path, a builtin or the "@/" alias. */
function packageOf(specifier: string): string | null {
  if (/^(?:\.{1,2}\/|\/|@\/|node:|data:|https?:)/.test(specifier) || specifier === "." || specifier === "..")
    return null;
  const [first = "", second = ""] = specifier.split("/");
  const name = first.startsWith("@") ? `${first}/${second}` : first;
  return builtins.has(name) ? null : name;
}

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
/** Declared itself, or (for `import type` of a package that ships no types) its @types package. */
const isDeclared = (name: string) =>
  declared.has(name) || declared.has(`@types/${name.startsWith("@") ? name.slice(1).replace("/", "__") : name}`);

describe("the packages the code imports (app/, components/, lib/, scripts/, e2e/, i18n/ and the root's config files)", () => {
  const sources = [
    ...FOLDERS.flatMap((d) => filesUnder(join(root, d), (n) => CODE.test(n) || n.endsWith(".css"))),
    ...readdirSync(root)
      .filter((n) => CODE.test(n) && !n.endsWith(".d.ts"))
      .map((n) => join(root, n)),
  ];

  it("are all declared in package.json (dependencies or devDependencies)", () => {
    expect(sources.length).toBeGreaterThan(100);
    const undeclared: string[] = [];
    const used = new Set<string>();
    // This file's own examples (below) are not imports.
    for (const file of sources.filter((f) => f !== import.meta.filename)) {
      for (const specifier of specifiers(readFileSync(file, "utf8"), file.endsWith(".css"))) {
        const name = packageOf(specifier);
        if (!name) continue;
        used.add(name);
        if (!isDeclared(name)) undeclared.push(`${relative(root, file)}: ${specifier}`);
      }
    }
    expect(undeclared).toEqual([]);
    // The scan finds what we know is there.
    for (const name of ["next", "react", "fontkit", "@resvg/resvg-js", "@playwright/test", "tailwindcss"]) {
      expect(used, name).toContain(name);
    }
  });

  it("would catch an undeclared package (the check itself)", () => {
    const source = [
      'import type { Feature } from "geojson";',
      'import { x } from "left-pad";',
      'import { y } from "@/lib/server/centers";',
      'import { readFileSync } from "node:fs";',
      'import { join } from "path";',
      'const s = "import z from \\"in-a-string\\"";',
      'const dir = require.resolve("@scope/thing/package.json");',
      'const m = await import("next-intl/server");',
    ].join("\n");
    const names = specifiers(source).map(packageOf);
    expect(names).toEqual(["geojson", "left-pad", null, null, null, "next-intl", "@scope/thing"]);
    expect(isDeclared("geojson")).toBe(true);
    expect(isDeclared("left-pad")).toBe(false);
    expect(specifiers('@import "tailwindcss";', true).map(packageOf)).toEqual(["tailwindcss"]);
    expect(specifiers('src: "../../node_modules/@fontsource-variable/inter/files/a.woff2"').map(packageOf)).toEqual([
      "@fontsource-variable/inter",
    ]);
  });
});
