import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder } from "./lib/files";

// The files the README, docs/ and the code's comments name exist (issue 24: decisions cited
// `map-overlay.tsx`, `lib/routes.ts` and `i18n/routing.ts` long after they were gone). A record
// may still name a file that is gone, on a line that says so: "removed", or "now `<its successor>`".

const root = join(import.meta.dirname, "..");
/** A path in the repository: a top folder of ours, then a file with an extension. */
const PATH =
  /(?<![\w/.-])(?:app|components|lib|scripts|e2e|data|messages|public|i18n|docs)\/[\w./[\]()@-]+\.(?:tsx?|mts|mjs|js|json|css|md|png|sh)\b/g;
/** Patterns and placeholders (`e2e/*.spec.ts`, `messages/<code>.json`, `messages/{en,ja}.json`) are not paths. */
const PATTERN = /[*<>{}]/;
const MARKED = /\bremoved\b|\bnow `/;

/** Every cited path that does not exist, with the file and line that cite it. */
function missing(paths: string[]): string[] {
  const out: string[] = [];
  for (const file of paths) {
    const lines = readFileSync(file, "utf8").split("\n");
    lines.forEach((line, i) => {
      for (const [cited] of line.matchAll(PATH)) {
        // A Markdown link's target follows its text: `[docs/a.md](docs/a.md)`.
        const path = (cited.split("](")[0] ?? cited).replace(/[.)]+$/, "");
        if (PATTERN.test(line.slice(line.indexOf(cited), line.indexOf(cited) + cited.length + 1))) continue;
        if (existsSync(join(root, path)) || MARKED.test(line)) continue;
        out.push(`${relative(root, file)}:${i + 1}: ${path}`);
      }
    });
  }
  return out;
}

describe("the files that docs and comments name", () => {
  it("exist: README and docs/", () => {
    const docs = [join(root, "README.md"), ...filesUnder(join(root, "docs"), (n) => n.endsWith(".md"))];
    expect(docs.length).toBeGreaterThan(10);
    expect(missing(docs)).toEqual([]);
  });

  it("exist: comments in the code", () => {
    const code = ["app", "components", "lib", "scripts", "e2e"].flatMap((d) =>
      // Unit tests are left out: they name the files of their fixtures, made in a temporary folder.
      filesUnder(join(root, d), (n) => /\.(tsx?|mts|mjs)$/.test(n) && !/\.generated\.|\.test\./.test(n)),
    );
    expect(code.length).toBeGreaterThan(100);
    expect(missing(code)).toEqual([]);
  });

  it("would catch a file that is gone (the check itself)", () => {
    const line = "see `lib/routes.ts` for the backward direction";
    expect([...line.matchAll(PATH)].map((m) => m[0])).toEqual(["lib/routes.ts"]);
    expect(existsSync(join(root, "lib/routes.ts"))).toBe(false);
    expect(MARKED.test(line)).toBe(false);
  });
});
