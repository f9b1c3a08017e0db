// One Lighthouse run (mobile preset, performance only) of a URL, in its own process. Asynchronous:
// the bench serves some pages itself (scripts/bench/embeds.ts), which a blocked event loop could not.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { CHROMIUM_PATH, WEBGL_ARGS } from "../../e2e/lib/browser";
import { root } from "../lib/next-server";

export type Lh = { score: number; lcp: number; tbt: number; cls: number };

/** `flags`: more Chromium flags for this run. */
export async function lighthouse(url: string, flags: string[] = []): Promise<Lh | null> {
  try {
    const { stdout } = await promisify(execFile)(
      join(root, "node_modules", ".bin", "lighthouse"),
      [
        url,
        "--quiet",
        "--output=json",
        "--output-path=stdout",
        "--only-categories=performance",
        `--chrome-flags=--headless=new ${[...WEBGL_ARGS, ...flags].join(" ")}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH ?? "" }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
    );
    const report = JSON.parse(stdout);
    const a = report.audits;
    return {
      score: Math.round((report.categories.performance.score ?? 0) * 100),
      lcp: a["largest-contentful-paint"].numericValue,
      tbt: a["total-blocking-time"].numericValue,
      cls: a["cumulative-layout-shift"].numericValue,
    };
  } catch (e) {
    console.error(`lighthouse failed for ${url}: ${(e as Error).message.split("\n")[0]}`);
    return null;
  }
}
