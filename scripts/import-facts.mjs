#!/usr/bin/env node
// One-way import of the research fact base into data/. Run by hand when the dossier changes:
//   node scripts/import-facts.mjs [path/to/japan-centers-facts.json]
// The app never reads the dossier itself; data/ is what ships. The editorial annotations below
// (which events are incidents, which are context, which conflict concerns which city) are the
// team's reading of the dossier and are listed here so a re-import reproduces them.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const input = process.argv[2] ?? join(root, "..", "shared", "research", "japan-centers-facts.json");
const facts = JSON.parse(readFileSync(input, "utf8"));

/** Events that happened to a centre (shown under "Inspections and incidents"). */
const INCIDENTS = new Set([
  "2024-09-sakhalin-inspection",
  "2025-01-22-sakhalin-fine",
  "2025-02-moscow-premises",
  "2025-07-30-vladivostok-inspection-1",
  "2025-08-26-vladivostok-inspection-2",
]);
/** Events the dossier marks "(context)": near a centre, but not about it. */
const CONTEXT = new Set(["2025-07-25-kinkakuji-demarche", "2025-09-22-kinkakuji-stays"]);
/** Conflicts, keyed by their topic, with the ids and links the app uses. */
const CONFLICT_LINKS = {
  "Date of the first (Tokyo) memorandum": {
    id: "memorandum-2000-date",
    cities: [],
    eventIds: ["2000-09-05-memorandum-tokyo"],
  },
  "Opening of the Moscow centre": { id: "moscow-opening", cities: ["moscow"], eventIds: ["2001-01-moscow-opening"] },
  "Opening of the St. Petersburg centre": {
    id: "saint-petersburg-opening",
    cities: ["saint-petersburg"],
    eventIds: ["2001-03-spb-opening"],
  },
  "Founding year of the network as stated in news coverage": { id: "network-founding-year", cities: [], eventIds: [] },
  "Order of the two Khabarovsk addresses": { id: "khabarovsk-address-order", cities: ["khabarovsk"], eventIds: [] },
  "What happened in court in Sakhalin on 22 Jan 2025": {
    id: "sakhalin-court-2025-01-22",
    cities: ["yuzhno-sakhalinsk"],
    eventIds: ["2025-01-22-sakhalin-fine"],
  },
  "Character of Russia's January 2025 decision": {
    id: "january-2025-order",
    cities: [],
    eventIds: ["2025-01-15-order-11r"],
  },
  "Location of the Moscow head office in Sept 2025": {
    id: "moscow-office-2025",
    cities: ["moscow"],
    eventIds: ["2025-02-moscow-premises"],
  },
};

const write = (name, value) => writeFileSync(join(root, "data", name), `${JSON.stringify(value, null, 2)}\n`);

write("meta.json", {
  title: facts.meta.title,
  organisation: facts.meta.organisation,
  compiled: facts.meta.compiled,
  dataVersion: "2026-11-28",
  confidenceScale: facts.meta.confidenceScale,
  coordinatesNote: facts.meta.coordinatesNote,
  openQuestions: facts.meta.openQuestions,
  licence: {
    name: "CC BY 4.0",
    url: "https://creativecommons.org/licenses/by/4.0/",
    attribution: "Japan Centers Map (compilation); facts from the sources cited with each record",
  },
});

write(
  "cities.json",
  facts.cities.map(({ events: _events, opened, ...city }) => ({
    ...city,
    // The dossier lists the preferred opening first (its notes say "Preferred value").
    opened: opened.map((o, i) => ({ ...o, preferred: i === 0 })),
  })),
);

write(
  "events.json",
  facts.events.map((e) => ({
    id: e.id,
    date: e.date,
    ...(e.alternativeDates ? { alternativeDates: e.alternativeDates } : {}),
    type: e.type,
    // The dossier writes an empty list for events that concern the whole network.
    cities: e.cities.length === 0 ? "all" : e.cities,
    ...(INCIDENTS.has(e.id) ? { incident: true } : {}),
    ...(CONTEXT.has(e.id) ? { context: true } : {}),
    summary: e.summary,
    ...(e.note ? { note: e.note } : {}),
    sourceIds: e.sourceIds,
    confidence: e.confidence,
  })),
);

write(
  "conflicts.json",
  facts.conflicts.map((c) => {
    const links = CONFLICT_LINKS[c.topic];
    if (!links) throw new Error(`import-facts: no id for conflict "${c.topic}"; add it to CONFLICT_LINKS`);
    return {
      id: links.id,
      topic: c.topic,
      cities: links.cities,
      eventIds: links.eventIds,
      preferred: c.preferred,
      versions: c.versions,
      note: c.note,
    };
  }),
);

write("sources.json", facts.sources);
console.log(
  `imported ${facts.cities.length} cities, ${facts.events.length} events, ${facts.conflicts.length} conflicts, ${facts.sources.length} sources`,
);
