import { existsSync } from "node:fs";

/**
 * Debian's Chromium when it is installed (Playwright cannot download its own browser on
 * these machines), otherwise Playwright's bundled browser.
 */
export const CHROMIUM_PATH = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

/** Flags that give headless Chromium WebGL through ANGLE on SwiftShader (docs/testing.md). */
export const WEBGL_ARGS = [
  "--use-gl=angle",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--ignore-gpu-blocklist",
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

/**
 * The e2e suite's flags: the page itself is composited in software while WebGL still runs on
 * SwiftShader, which takes about a sixth less time on two cores. The bench keeps WEBGL_ARGS: it
 * measures the browser as readers run it, and Lighthouse's blocking time grows without GPU
 * compositing (docs/performance.md).
 */
export const CHROMIUM_ARGS = [...WEBGL_ARGS, "--disable-gpu-compositing"];
