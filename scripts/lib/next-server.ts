// The production server for the build-time and measuring scripts (bench, export, loadtest).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** The project's root directory. */
export const root = join(import.meta.dirname, "..", "..");

/** Runs `npm run build` unless a complete production build (with its CSP hashes) is there. */
export function ensureBuild(): void {
  if (existsSync(join(root, ".next", "csp-hashes.json"))) return;
  console.log("No production build yet: running npm run build …");
  execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
}

/**
 * Starts `next start` on localhost:`port` (node itself, so the process we hold is the server's)
 * and waits until it answers.
 */
export async function startNext(port: number): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "localhost"],
    { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore" },
  );
  try {
    await waitFor(`http://localhost:${port}/`);
  } catch (error) {
    server.kill();
    throw error;
  }
  return server;
}

/** Waits until `url` answers with anything but a 5xx. */
export async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
