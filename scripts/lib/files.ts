import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * The files under `dir` whose name passes `test`, as paths joined to `dir`, depth first; skips
 * `node_modules` and dot folders. For the tests that read the project's own files (the docs'
 * paths, the imports, the folders, the flags' spelling, the e2e specs' waits).
 */
export function filesUnder(dir: string, test: (name: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, test, out);
    else if (test(name)) out.push(path);
  }
  return out;
}
