// The research dossier's fact base (../shared/research/japan-centers-facts.json) → the files of
// data/. One transformation, used by `node scripts/import-facts.mjs` to write data/ and by
// `npm run check:dossier` (and its unit test) to show that data/ is exactly the dossier plus the
// team's editorial reading below, each part of which says which part of the dossier it rests on.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The dossier as shared with the team, when this checkout sits beside it. */
export const SHARED_DOSSIER = join(root, "..", "shared", "research", "japan-centers-facts.json");
/** The copy of it the project keeps, so the check also runs where the shared folder is not. */
export const DOSSIER_COPY = join(root, "scripts", "dossier", "japan-centers-facts.json");

/** The dossier's fact base: the shared one where there is one, else the project's copy. */
export function readDossier(path = existsSync(SHARED_DOSSIER) ? SHARED_DOSSIER : DOSSIER_COPY) {
  return { path, facts: JSON.parse(readFileSync(path, "utf8")) };
}

/** Events that happened to a centre (shown under "Inspections and incidents"): dossier §2.2–2.4. */
const INCIDENTS = new Set([
  "2024-09-sakhalin-inspection",
  "2025-01-22-sakhalin-fine",
  "2025-02-moscow-premises",
  "2025-07-30-vladivostok-inspection-1",
  "2025-08-26-vladivostok-inspection-2",
]);
/** Events the dossier marks "(context)": near a centre, but not about it (§2.3, §3). */
const CONTEXT = new Set(["2025-07-25-kinkakuji-demarche", "2025-09-22-kinkakuji-stays"]);

/**
 * Each centre's official name in English. The dossier gives the names in Japanese and Russian
 * (§2, "Centre name"); for Sakhalin it gives the English itself: サハリン日本センター ("Sakhalin Japan Center").
 */
const CENTRE_NAME_EN = {
  khabarovsk: "Khabarovsk Japan Center",
  vladivostok: "Vladivostok Japan Center",
  "yuzhno-sakhalinsk": "Sakhalin Japan Center",
  moscow: "Moscow Japan Center",
  "saint-petersburg": "Saint Petersburg Japan Center",
  "nizhny-novgorod": "Nizhny Novgorod Japan Center",
};

/**
 * What a non-preferred opening date is the date of, where it is not this centre by another
 * source: §4.2 "1994/1995 shown as earlier Moscow centres"; §2.4 "Dec 2000, when the building was
 * completed". Keyed "slug date".
 */
const OPENING_REFERS_TO = {
  "moscow 1994-10": "earlier-centre",
  "moscow 1995": "earlier-centre",
  "moscow 2000-12": "building",
};

/** Conflicts, keyed by their topic in the fact base, with the ids and links the app uses. */
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
  // §4.4 "1994 is the first centre": shown with the first centre's event and the overview's story.
  "Founding year of the network as stated in news coverage": {
    id: "network-founding-year",
    cities: [],
    eventIds: ["1994-10-moscow-mirbis"],
  },
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

/**
 * The dossier's ninth conflict (§4.9), which its fact base does not hold: the Kinkakuji model,
 * gift or loan, "show it only as context". The versions and their sources are the dossier's
 * (§2.3, and the source notes: fnn-jp24h-2025-07 gives the embassy's "on loan"; the Russian
 * sources' own titles say "gift").
 */
const EXTRA_CONFLICTS = [
  {
    id: "kinkakuji-model",
    topic: "Whether the Kinkakuji model in the Sakhalin regional library was a gift or a loan",
    cities: ["yuzhno-sakhalinsk"],
    eventIds: ["2025-07-25-kinkakuji-demarche", "2025-09-22-kinkakuji-stays"],
    preferred: "Not settled by the sources; either way a matter between Japan's Consulate-General and the library",
    versions: [
      {
        value:
          "A gift to the library, given when its Japanese information centre opened in 2001 (Russian Foreign Ministry; Russian press)",
        sourceIds: ["rg-2025-07-31", "mid-kinkaku-newspravda-2025-07-31", "sakhonline-2025-07-25", "newsru-2025-09-22"],
      },
      {
        value: "Consulate property on loan, asked back for an event (Japan's embassy)",
        sourceIds: ["fnn-jp24h-2025-07"],
      },
    ],
    note: "The episode is sometimes presented as a démarche about the Japan Center; the sources tie it to Japan's Consulate-General and the regional library, whose Japanese information centre is not the Japan Center. Shown only as context.",
    context: true,
  },
];

/** Open questions of the dossier's §5 that its fact base's list does not hold. */
const EXTRA_OPEN_QUESTIONS = [
  "A street address for the Japanese-funded building on the MSU grounds in Moscow, and any premises the Moscow centre used after it had left the building by February 2025.",
  "The primary text of the 2000 memorandum, which would settle 5 vs 20 Sept.",
  "Inspections of, or legal action against, the centres in Khabarovsk, Moscow, St. Petersburg or Nizhny Novgorod: none found; Zakharova spoke of violations only in general terms.",
];

/** The project's own decisions, not facts: the licence of the compilation. */
const LICENCE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  attribution: "Japan Centers Map (compilation); facts from the sources cited with each record",
};

/**
 * data/ from the fact base: every fact, source id and confidence as the dossier has them, plus the
 * annotations above. `dataVersion` and data/changelog.json are the team's and are not produced.
 */
export function dataFromDossier(facts) {
  return {
    "meta.json": {
      title: facts.meta.title,
      organisation: facts.meta.organisation,
      compiled: facts.meta.compiled,
      confidenceScale: facts.meta.confidenceScale,
      coordinatesNote: facts.meta.coordinatesNote,
      openQuestions: [...facts.meta.openQuestions, ...EXTRA_OPEN_QUESTIONS],
      licence: LICENCE,
    },
    "cities.json": facts.cities.map(({ events: _events, opened, centreName, ...city }) => ({
      slug: city.slug,
      names: city.names,
      centreName: { en: CENTRE_NAME_EN[city.slug], ...centreName },
      coordinates: city.coordinates,
      address: city.address,
      closure: city.closure,
      // The dossier lists the preferred opening first (its notes say "Preferred value").
      opened: opened.map((o, i) => {
        const refersTo = OPENING_REFERS_TO[`${city.slug} ${o.date}`];
        return { ...o, preferred: i === 0, ...(refersTo ? { refersTo } : {}) };
      }),
    })),
    "events.json": facts.events.map((e) => ({
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
    "conflicts.json": [
      ...facts.conflicts.map((c) => {
        const links = CONFLICT_LINKS[c.topic];
        if (!links) throw new Error(`dossier: no id for conflict "${c.topic}"; add it to CONFLICT_LINKS`);
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
      ...EXTRA_CONFLICTS,
    ],
    "sources.json": facts.sources,
  };
}

/** Every place where `actual` differs from `expected`, as "path: expected → actual" (keys' order ignored). */
export function differences(expected, actual, path = "") {
  if (JSON.stringify(sorted(expected)) === JSON.stringify(sorted(actual))) return [];
  const bothObjects = (v) => v !== null && typeof v === "object";
  if (bothObjects(expected) && bothObjects(actual) && Array.isArray(expected) === Array.isArray(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    return [...keys].flatMap((k) =>
      differences(expected[k], actual[k], Array.isArray(expected) ? `${path}[${k}]` : `${path}.${k}`),
    );
  }
  const show = (v) => (v === undefined ? "(missing)" : JSON.stringify(v).slice(0, 160));
  return [`${path}: dossier ${show(expected)} → data ${show(actual)}`];
}

function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sorted(value[k])]),
    );
  }
  return value;
}

/** The differences between data/ and the dossier (none when data/ is the dossier plus the reading above). */
export function compareWithDossier(facts, dataDir = join(root, "data")) {
  const expected = dataFromDossier(facts);
  return Object.entries(expected).flatMap(([file, content]) => {
    const actual = JSON.parse(readFileSync(join(dataDir, file), "utf8"));
    if (file === "meta.json") delete actual.dataVersion;
    return differences(content, actual, `data/${file}`);
  });
}
