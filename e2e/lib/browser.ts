import { existsSync } from "node:fs";

/**
 * Debian's Chromium when it is installed (Playwright cannot download its own browser on
 * these machines), otherwise Playwright's bundled browser.
 */
export const CHROMIUM_PATH = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

/**
 * Flags that give headless Chromium WebGL through ANGLE on SwiftShader (docs/testing.md). The page
 * itself is composited in software: WebGL still runs on SwiftShader, and the suite takes about a
 * sixth less time on two cores than with SwiftShader compositing every frame too.
 */
export const CHROMIUM_ARGS = [
  "--use-gl=angle",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--ignore-gpu-blocklist",
  "--disable-gpu-compositing",
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];
