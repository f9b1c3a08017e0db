import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder } from "./lib/files";

// What a file is, its name or folder says (README, "What is where"; issue 24):
// - a client component or hook ("use client") is `*.client.tsx` / `*.client.ts`, or in lib/client/;
// - lib/server/ is what only the server runs (it holds the whole dataset, reads files);
// - lib/browser/ is scripts kept as strings, run by the browser before any bundle (inline <script>);
// - generated/ is what `npm run generate` writes (not in git);
// - the rest of lib/ is pure: no React, no Node, no "server-only", importable by anything.

const root = join(import.meta.dirname, "..");

/** The code files under a folder, tests aside, relative to the root (`lib/contract.ts`). */
const sources = (dir: string) =>
  filesUnder(join(root, dir), (n) => /\.(ts|tsx)$/.test(n) && !/\.test\.tsx?$/.test(n)).map((f) => relative(root, f));

const files = [...sources("app"), ...sources("components"), ...sources("lib")];
const text = new Map(files.map((f) => [f, readFileSync(join(root, f), "utf8")]));
const isClient = (file: string) => /\.client\.tsx?$/.test(file) || file.startsWith("lib/client/");
/** What a file imports at run time (`import type` is erased: it may name any module's types). */
const imports = (file: string) =>
  [...(text.get(file) ?? "").matchAll(/^import\s(?!type\s)[^;]*?from\s+"([^"]+)"|^import\s+"([^"]+)"/gms)].map(
    (m) => m[1] ?? m[2] ?? "",
  );

describe("folders and names say what a file is", () => {
  it('a file is "use client" exactly when its name or folder says so', () => {
    const wrong = files.filter((f) => /^["']use client["']/m.test(text.get(f) ?? "") !== isClient(f));
    expect(wrong).toEqual([]);
  });

  it("nothing the browser runs imports lib/server/", () => {
    const wrong = files.filter(isClient).flatMap((f) =>
      imports(f)
        .filter((i) => i.startsWith("@/lib/server/"))
        .map((i) => `${f} → ${i}`),
    );
    expect(wrong).toEqual([]);
  });

  it('"server-only" is imported only in lib/server/', () => {
    const wrong = files.filter((f) => imports(f).includes("server-only") && !f.startsWith("lib/server/"));
    expect(wrong).toEqual([]);
  });

  it("the rest of lib/ is pure: no React, no Node, no server-only, nothing from app/ or components/", () => {
    const pure = files.filter((f) => /^lib\/[^/]+$/.test(f));
    expect(pure.length).toBeGreaterThan(10);
    const wrong = pure.flatMap((f) =>
      imports(f)
        .filter((i) => /^(react|next|node:|server-only)|^@\/(app|components|lib\/server|lib\/client)\//.test(i))
        .map((i) => `${f} → ${i}`),
    );
    expect(wrong).toEqual([]);
  });

  it("no file outside generated/ is named as generated", () => {
    const all = [...files, ...sources("scripts")].map((f) => relative(root, join(root, f)));
    expect(all.filter((f) => /\.generated\./.test(f))).toEqual([]);
  });
});
