// The files of data/, as JSON, before validation. Only lib/server/centers.ts (and tests that break a
// copy of them on purpose) use this; everything else goes through lib/server/centers.ts.
import changelog from "@/data/changelog.json";
import cities from "@/data/cities.json";
import conflicts from "@/data/conflicts.json";
import events from "@/data/events.json";
import meta from "@/data/meta.json";
import sources from "@/data/sources.json";

export const dataFiles = {
  "meta.json": meta,
  "cities.json": cities,
  "events.json": events,
  "conflicts.json": conflicts,
  "sources.json": sources,
  "changelog.json": changelog,
};

export type DataFiles = typeof dataFiles;
