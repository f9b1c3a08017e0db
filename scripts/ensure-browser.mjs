#!/usr/bin/env node
// Before the e2e tests: make sure there is a Chromium for Playwright. Debian's /usr/bin/chromium
// is preferred (Playwright cannot download its own browser on machines without internet);
// as root on Debian it is installed with apt-get, otherwise this says what to do.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const debian = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
if (debian) process.exit(0);

let bundled = "";
try {
  const { chromium } = await import("@playwright/test");
  bundled = chromium.executablePath();
} catch {}
if (bundled && existsSync(bundled)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && existsSync("/usr/bin/apt-get")) {
  console.log("No Chromium found: installing Debian's chromium with apt-get ...");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
    stdio: "inherit",
    shell: "/bin/bash",
  });
  process.exit(0);
}
console.error(
  "No Chromium for the e2e tests. Install Debian's: `sudo apt-get install -y chromium`, or Playwright's: `npx playwright install chromium`.",
);
process.exit(1);
