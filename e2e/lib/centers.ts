import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SLUGS, type Slug } from "../../lib/contract";

/** The six slugs of the URL contract, in the data's order. */
export { SLUGS };

/** What a reader sees as each centre's English name (the expected text, written out on purpose). */
export const NAMES: Record<Slug, string> = {
  khabarovsk: "Khabarovsk",
  vladivostok: "Vladivostok",
  "yuzhno-sakhalinsk": "Yuzhno-Sakhalinsk",
  moscow: "Moscow",
  "saint-petersburg": "Saint Petersburg",
  "nizhny-novgorod": "Nizhny Novgorod",
};

/** Each centre's official name as its page's title starts (the data's `centreName.en`, with the city where it lacks it). */
export const CENTRE_TITLES: Record<Slug, string> = {
  khabarovsk: "Khabarovsk Japan Center",
  vladivostok: "Vladivostok Japan Center",
  "yuzhno-sakhalinsk": "Sakhalin Japan Center (Yuzhno-Sakhalinsk)",
  moscow: "Moscow Japan Center",
  "saint-petersburg": "Saint Petersburg Japan Center",
  "nizhny-novgorod": "Nizhny Novgorod Japan Center",
};

const meta = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "data", "meta.json"), "utf8")) as {
  dataVersion: string;
};

/** The data version (data/meta.json), as the pages write it: "30 November 2026". */
export function dataVersionText(): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${meta.dataVersion}T00:00:00Z`),
  );
}
export const DATA_VERSION: string = meta.dataVersion;
