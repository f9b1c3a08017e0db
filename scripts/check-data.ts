// Validates data/ before the build, so a broken file fails with just the message that names
// the file, the record and the field (the build would fail too, but inside a long stack trace).
//   npm run check:data
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_FILES, DataError, type RawDataset, validateDataset } from "../lib/schema";

const dir = process.env.DATA_DIR ?? join(import.meta.dirname, "..", "data");

try {
  const raw = {} as RawDataset;
  for (const file of DATA_FILES) {
    const text = readFileSync(join(dir, file), "utf8");
    try {
      raw[file] = JSON.parse(text);
    } catch (e) {
      throw new DataError(`Invalid data:\n  data/${file}: not valid JSON: ${(e as Error).message}`);
    }
  }
  const d = validateDataset(raw);
  console.log(
    `data ok: ${d.cities.length} centres, ${d.events.length} events, ${d.conflicts.length} conflicts, ${d.sources.length} sources`,
  );
} catch (e) {
  console.error(e instanceof DataError ? e.message : e);
  process.exit(1);
}
