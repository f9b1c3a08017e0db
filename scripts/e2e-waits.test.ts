import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder } from "./lib/files";

// A browser test waits on a signal, never on time (issue 26): a fixed sleep before a check that
// something did not happen passes on a slow machine without proving anything, and one before a
// check that something did flakes. Wait for what precedes the thing (hydration, the map's ready
// attribute, a response, a message), or run the page's timers with Playwright's clock
// (`page.clock.install()`, `runFor`). A sleep that is the condition under test, not a wait, is
// listed here with its reason.

/** `file:line text` fragments allowed, and why. */
const ALLOWED: Record<string, string> = {
  "e2e/facade.spec.ts: await new Promise((r) => setTimeout(r, 1_500));":
    "delays the site's scripts in a route handler: a slow network is the condition of the test",
};

const SLEEPS = [/\bwaitForTimeout\(/, /new Promise\(\(?\w*\)?\s*=>\s*setTimeout\(/];

describe("the browser tests wait on signals, not on time", () => {
  const root = join(import.meta.dirname, "..");
  const found = filesUnder(join(root, "e2e"), (n) => n.endsWith(".ts")).flatMap((file) => {
    const rel = file.slice(root.length + 1);
    return readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) =>
        SLEEPS.some((re) => re.test(line)) ? [{ key: `${rel}: ${line.trim()}`, at: `${rel}:${i + 1}` }] : [],
      );
  });

  it("no fixed sleep in e2e/ but the ones listed with a reason", () => {
    expect(found.filter((f) => !(f.key in ALLOWED)).map((f) => f.at)).toEqual([]);
  });

  it("every listed sleep still exists (the list does not outlive its reasons)", () => {
    const keys = new Set(found.map((f) => f.key));
    expect(Object.keys(ALLOWED).filter((k) => !keys.has(k))).toEqual([]);
  });

  it("would catch one", () => {
    expect(SLEEPS.some((re) => re.test("    await page.waitForTimeout(500);"))).toBe(true);
    expect(SLEEPS.some((re) => re.test("await new Promise((resolve) => setTimeout(resolve, 100));"))).toBe(true);
  });
});
