import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const dirs: string[] = [];

function run(dataDir: string) {
  return spawnSync(process.execPath, [join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/check-data.ts"], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: "utf8",
  });
}

/** A copy of data/ with one file rewritten. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "jcm-data-"));
  dirs.push(dir);
  cpSync(join(root, "data"), dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
  return dir;
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

// Each test runs the checker as its own process (tsx): seconds, more on a busy 2-core machine.
describe("npm run check:data (runs before every build)", { timeout: 30_000 }, () => {
  it("passes on the shipped data", () => {
    const result = run(join(root, "data"));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/data ok: 6 centres/);
  });

  it("fails on a broken field, naming file, record and field", () => {
    const dir = brokenCopy("events.json", (t) => t.replace('"date": "2025-07-30"', '"date": "30 July 2025"'));
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /data\/events\.json: record \d+ \("2025-07-30-vladivostok-inspection-1"\), field "date": expected a real date/,
    );
  });

  it("fails on a duplicate or missing id of a list entry, naming file, record and field", () => {
    const duplicate = brokenCopy("conflicts.json", (t) => t.replace('"id": "2000-09-20"', '"id": "2000-09-05"'));
    const first = run(duplicate);
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(
      /data\/conflicts\.json: record 0 \("memorandum-2000-date"\), field "versions\[1\]\.id": duplicate id "2000-09-05"/,
    );
    const missing = brokenCopy("meta.json", (t) => t.replace('"id": "stop-dates",', ""));
    const second = run(missing);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/data\/meta\.json: field "openQuestions\[1\]\.id": /);
  });

  it("fails on a file that is not JSON, naming the file", () => {
    const dir = brokenCopy("sources.json", (t) => t.slice(0, -10));
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/data\/sources\.json: not valid JSON/);
  });
});
