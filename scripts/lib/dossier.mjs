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

/** Events that happened to a centre (shown under "Inspections and incidents"): dossier §2.2–2.3. */
const INCIDENTS = new Set([
  "2024-09-sakhalin-inspection",
  "2025-01-22-sakhalin-fine",
  "2025-07-30-vladivostok-inspection-1",
  "2025-08-26-vladivostok-inspection-2",
]);
/**
 * Events whose kind the fact base files under "other" but whose source says more. §2.4: by
 * 25 Feb 2025 the Moscow centre had left its offices in the MSU building and staff worked from
 * home (sputnik-jp-2025-02-25): a move out of premises, not an inspection or an incident.
 */
const TYPE_READING = { "2025-02-moscow-premises": "premises" };
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

/**
 * Sentences of the fact base written for its editors, not for readers: instructions ("show both"),
 * pointers into the data ("see opened[]") and the label of the preferred value, which the pages
 * show by layout. The reading moves each into `editorNote` (kept in data/, never shown) and keeps
 * the rest as the reader's `note`. Each entry: the text as the fact base has it, and what stays.
 */
const EDITORIAL = [
  // events[1995-moscow-msu-centre].note: the summary already says MOFA dates the ceremony to Jan 2001.
  { text: "Conflicts with MOFA's 2001-01; see opened[] for Moscow.", keep: "" },
  // conflicts["Opening of the Moscow centre"].note (§4.2 "Preferred: …"): an instruction.
  { text: " Show 2001-01 as the opening and mention 1994/1995 as earlier Moscow centres.", keep: "" },
  // conflicts["Date of the first (Tokyo) memorandum"].note (§4.1 "Caveat"): an instruction.
  { text: "; treat as medium confidence and show both.", keep: "." },
  // cities[].opened[].note: the preferred date is the one the panel shows first.
  { text: " Preferred value for the centre shown on the map.", keep: "" },
  { text: " Preferred value.", keep: "" },
];

/** A note of the fact base split into the reader's text and the editors' (see EDITORIAL). */
export function splitNote(note) {
  if (note === undefined) return {};
  let reader = note;
  const editor = [];
  for (const { text, keep } of EDITORIAL) {
    if (!reader.includes(text)) continue;
    reader = reader.replace(text, keep);
    editor.push(text.replace(/^[;\s]+/, "").replace(/^./, (c) => c.toUpperCase()));
  }
  reader = reader.trim();
  return { ...(reader ? { note: reader } : {}), ...(editor.length ? { editorNote: editor.join(" ") } : {}) };
}

/**
 * Corrections of wording where the fact base says more than its sources (issue 21, each with the
 * dossier's own words): keyed by a record's path, the text as the fact base has it and the text
 * the sources support (the part of the text to replace, and its replacement).
 */
const WORDING = {
  // §2.2: PrimaMedia places the centre at the Galereya only when it reports the announcement.
  "vladivostok address.galereya.asOf": [
    "2025 (location at the time of the inspections and closure announcement)",
    "2025 (location when the closure was announced)",
  ],
  // §2.3 gives no kind of court; "(small-claims)" was the fact base's gloss of "magistrate".
  "2025-01-22-sakhalin-fine note": [
    "Kyodo attributes the ruling to a magistrate (small-claims) court.",
    "Kyodo attributes the ruling to a magistrate's court.",
  ],
  // The app marks a version without sources itself ("no source"); the label said it again.
  "khabarovsk-address-order versions.pushkin-first": [
    "Pushkin St. 54 earlier, Moskovskaya St. 7 later (unsourced reading)",
    "Pushkin St. 54 earlier, Moskovskaya St. 7 later",
  ],
};

function reword(key, text) {
  const rule = WORDING[key];
  if (!rule) return text;
  if (!text.includes(rule[0])) throw new Error(`dossier: "${key}" no longer says "${rule[0]}"; review WORDING`);
  return text.replace(rule[0], rule[1]);
}

/**
 * The ids of list entries with prose of their own. messages/dataset.<locale>.json is keyed by them,
 * so that reordering a list here or in the dossier cannot attach a translation to another fact.
 * The fact base has no ids: an opening date is known by its date, any other entry by a phrase of
 * its text that must pick out exactly one entry of its list (a conflict's version that starts
 * with a date is known by that date, see versionId). A new or reworded entry stops the import
 * until it has an id here, as a new conflict does in CONFLICT_LINKS. Keyed by the list's path in data/.
 */
const ENTRY_IDS = {
  "meta.openQuestions": {
    "Exact date of the 2000 memorandum": "memorandum-2000-date",
    "date each centre stopped operating": "stop-dates",
    "Street addresses for the Sakhalin centre": "street-addresses",
    "order No. 11-r": "order-11r-text",
  },
  "cities.khabarovsk.opened": { "1994-11": "ceremony-month", 1994: "year-only" },
  "cities.vladivostok.opened": { "1996-04": "ceremony-month", 1996: "year-only" },
  "cities.yuzhno-sakhalinsk.opened": { "1996-09-05": "exact-day", "1996-09": "ceremony-month", 1996: "hayashi-2025" },
  "cities.moscow.opened": {
    "2001-01": "ceremony-month",
    "1994-10": "mirbis-1994",
    1995: "msu-1995",
    "2000-12": "msu-building",
  },
  "cities.saint-petersburg.opened": { "2001-03": "ceremony-month", 2000: "year-only" },
  "cities.nizhny-novgorod.opened": { "2001-10": "ceremony-month", 2001: "year-only" },
  "cities.khabarovsk.address.entries": { "Moskovskaya St. 7": "moskovskaya-7", "Pushkin St. 54": "pushkin-54" },
  "cities.vladivostok.address.entries": { "Okeansky Prospekt 37": "okeansky-37", "'Galereya'": "galereya" },
  "cities.moscow.address.entries": { MIRBIS: "mirbis", "Grounds of Lomonosov Moscow State University": "msu-grounds" },
  "cities.saint-petersburg.address.entries": {
    "house number not given": "nevsky-2025",
    "Kazan Cathedral": "nevsky-2006",
  },
  "cities.nizhny-novgorod.address.entries": { "Maksima Gorkogo St. 117": "maksima-gorkogo-117" },
  "conflicts.khabarovsk-address-order.versions": {
    "Moskovskaya St. 7 earlier": "moskovskaya-first",
    "Pushkin St. 54 earlier": "pushkin-first",
  },
  "conflicts.sakhalin-court-2025-01-22.versions": {
    "Court ordered the fine": "fine-ordered",
    "Appeal hearing": "appeal-upheld",
  },
  "conflicts.january-2025-order.versions": {
    "Terminated the application": "application-terminated",
    "Ordered the centres' closure": "closure-ordered",
  },
  "conflicts.moscow-office-2025.versions": {
    "On the premises of Moscow State University": "msu-premises",
    "Moved out of the MSU building": "moved-out",
  },
};

/** The id ENTRY_IDS gives the entry of `path` that `text` is: equal to a key (`exact`, for dates) or holding it. */
function entryId(path, text, { exact = false } = {}) {
  const found = Object.entries(ENTRY_IDS[path] ?? {}).filter(([key]) => (exact ? text === key : text.includes(key)));
  if (found.length !== 1) {
    const why = found.length === 0 ? "no id" : `${found.length} ids (${found.map(([, id]) => id).join(", ")})`;
    throw new Error(`dossier: ${why} for the entry of ${path} "${text}"; give it one in ENTRY_IDS`);
  }
  return found[0][1];
}

/** A conflict's version is known by its value: the date it starts with, else an ENTRY_IDS phrase. */
function versionId(conflictId, value) {
  return value.match(/^\d{4}(?:-\d{2}){0,2}(?=\s|$)/)?.[0] ?? entryId(`conflicts.${conflictId}.versions`, value);
}

/** `list` with each entry's id first; two entries of one list with one id stop the import. */
function withIds(path, list, idOf) {
  const out = list.map((entry) => ({ id: idOf(entry), ...entry }));
  const ids = out.map((e) => e.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new Error(`dossier: two entries of ${path} have the id "${twice}"; tell them apart in ENTRY_IDS`);
  return out;
}

/**
 * §2 gives a centre's Russian name and, for two of them, a description in brackets after it
 * ("Японский центр (the ANO's head office)"): the name is what comes before the bracket.
 */
const nameOnly = (name) => name.replace(/\s*\([^)]*\)$/, "");

/**
 * The closure summary of the fact base says, for three centres, one more thing than the closure,
 * from other sources (the Moscow premises: sputnik-jp-2025-02-25, published seven months before
 * the announcement). Each such sentence becomes a note of its own with the sources of the event it
 * recalls, and the closure keeps the sources of the announcement: a claim is cited by its own
 * sources. Keyed by slug: the note's id, the sentence and the events it rests on.
 */
const CLOSURE_NOTES = {
  vladivostok: {
    id: "inspections",
    text: "Vladivostok is the centre that was inspected twice by the Interior Ministry (30 July and 26 Aug 2025) shortly before the announcement.",
    eventIds: ["2025-07-30-vladivostok-inspection-1", "2025-08-26-vladivostok-inspection-2"],
  },
  "yuzhno-sakhalinsk": {
    id: "fine",
    text: "Earlier, the centre's head was fined 30,000 roubles (Jan 2025) after a Sept 2024 Interior Ministry inspection.",
    eventIds: ["2024-09-sakhalin-inspection", "2025-01-22-sakhalin-fine"],
  },
  moscow: {
    id: "premises",
    text: "The Moscow office had already lost its MSU premises in Feb 2025.",
    eventIds: ["2025-02-moscow-premises"],
  },
};

function closureReading(city, facts) {
  const rule = CLOSURE_NOTES[city.slug];
  if (!rule) return city.closure;
  const { summary, sourceIds } = city.closure;
  if (!summary.endsWith(` ${rule.text}`))
    throw new Error(`dossier: ${city.slug} closure no longer ends "${rule.text}"`);
  const event = (id) => facts.events.find((e) => e.id === id);
  const noteSources = [...new Set(rule.eventIds.flatMap((id) => event(id)?.sourceIds ?? []))];
  // The closure keeps its sources but those that came only for the recalled fact (a source of
  // both, such as Jiji's report of the announcement and the inspections, stays). Anything else
  // published before the announcement fails the data check (lib/schema.ts), not this import.
  const announcement = event("2025-09-10-closure-announced")?.sourceIds ?? [];
  return {
    ...city.closure,
    summary: summary.slice(0, -rule.text.length - 1),
    sourceIds: sourceIds.filter((id) => !noteSources.includes(id) || announcement.includes(id)),
    notes: [{ id: rule.id, text: rule.text, sourceIds: noteSources, eventIds: rule.eventIds }],
  };
}

const MONTHS = {
  Jan: "January",
  Feb: "February",
  Mar: "March",
  Apr: "April",
  Jun: "June",
  Jul: "July",
  Aug: "August",
  Sep: "September",
  Sept: "September",
  Oct: "October",
  Nov: "November",
  Dec: "December",
};

/**
 * The English date style of docs/glossary/en.json, applied to the fact base's prose: months in
 * full ("10 Sept 2025" → "10 September 2025", as the pages write every other date) and an en dash
 * in a range of years. Only the writing changes, never a date.
 */
export function englishDates(text) {
  return (
    text
      .replace(
        /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b(?:\.(?=\s+\d))?(?=\s+\d{4}\b)/g,
        (_, m) => MONTHS[m],
      )
      // A full stop after the month ends the sentence unless a year follows ("5 Sept." stays a stop).
      .replace(
        /(\b\d{1,2}\s+)(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b(?:\.(?=\s+\d{4}\b))?/g,
        (_, d, m) => `${d}${MONTHS[m]}`,
      )
      // "Jan and September 2025", "Jan–Feb 2025": the first month of a pair.
      .replace(
        /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b(?=(?:\s+and\s+|\s*[–-]\s*)[A-Z][a-z]+\s+\d{4}\b)/g,
        (_, m) => MONTHS[m],
      )
      // Ranges of years and of days take an en dash: "2018–2020", "3–5 September 2000".
      .replace(/\b(\d{4})-(\d{4})\b/g, "$1–$2")
      .replace(/\b(\d{1,2})-(\d{1,2})(?=\s+[A-Z][a-z]+\s+\d{4}\b)/g, "$1–$2")
  );
}

/** The reader's prose of a record: the fields the pages show as text. */
const PROSE = new Set(["summary", "note", "text", "asOf", "topic", "value", "preferred"]);

function withEnglishDates(value, key = "") {
  if (typeof value === "string") return PROSE.has(key) ? englishDates(value) : value;
  if (Array.isArray(value)) return value.map((v) => withEnglishDates(v, key));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withEnglishDates(v, k)]));
  }
  return value;
}

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
  "Order of the two Khabarovsk addresses": {
    id: "khabarovsk-address-order",
    cities: ["khabarovsk"],
    eventIds: [],
    field: "address",
  },
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
    field: "address",
  },
};

/**
 * Conflicts the dossier records that its fact base does not hold. The ninth (§4.9): the Kinkakuji model,
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
        id: "gift",
        value:
          "A gift to the library, given when its Japanese information centre opened in 2001 (Russian Foreign Ministry; Russian press)",
        sourceIds: ["rg-2025-07-31", "mid-kinkaku-newspravda-2025-07-31", "sakhonline-2025-07-25", "newsru-2025-09-22"],
      },
      {
        id: "loan",
        value: "Consulate property on loan, asked back for an event (Japan's embassy)",
        sourceIds: ["fnn-jp24h-2025-07"],
      },
    ],
    note: "The episode is sometimes presented as a démarche about the Japan Center; the sources tie it to Japan's Consulate-General and the regional library, whose Japanese information centre is not the Japan Center. Shown only as context.",
    context: true,
  },
  // §2.4 places the centre on the MSU grounds "from 2001 until early 2025", and lists among the
  // opening dates "1995, 'Lomonosov MSU Japan Center' [jc-sakh-history]": two sources on when a
  // Japan Center was at MSU, shown where the address is. (The opening dates read the 1995 centre
  // as an earlier one, OPENING_REFERS_TO; the note says that both readings are open.)
  {
    id: "moscow-msu-since",
    topic: "Since when a Japan Center was at Moscow State University",
    cities: ["moscow"],
    eventIds: ["1995-moscow-msu-centre", "2001-01-moscow-opening"],
    preferred:
      "From 2001: MOFA dates the opening ceremony of the Moscow (MSU) centre to January 2001; Sputnik dates the completion of the Japanese-funded building it used to December 2000",
    versions: [
      {
        id: "from-2001",
        value: "From January 2001 (opening ceremony), until the centre left the building by 25 February 2025",
        sourceIds: ["mofa-jc-2024", "mofa-jc-2011", "sputnik-jp-2025-02-25"],
      },
      {
        id: "from-1995",
        value: "From 1995: the ANO's history page lists a Lomonosov MSU Japan Center founded that year",
        sourceIds: ["jc-sakh-history"],
      },
    ],
    note: "No source says where the 1995 MSU centre worked, nor whether it was this centre or an earlier one; the opening dates above list it as an earlier Moscow centre.",
    field: "address",
  },
];

/** Open questions of the dossier's §5 that its fact base's list does not hold. */
const EXTRA_OPEN_QUESTIONS = [
  {
    id: "moscow-msu-address",
    text: "A street address for the Japanese-funded building on the MSU grounds in Moscow, and any premises the Moscow centre used after it had left the building by February 2025.",
  },
  {
    id: "other-inspections",
    text: "Inspections of, or legal action against, the centres in Khabarovsk, Moscow, St. Petersburg or Nizhny Novgorod: none found; Zakharova spoke of violations only in general terms.",
  },
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
  const files = {
    "meta.json": {
      title: facts.meta.title,
      organisation: facts.meta.organisation,
      compiled: facts.meta.compiled,
      confidenceScale: facts.meta.confidenceScale,
      coordinatesNote: facts.meta.coordinatesNote,
      openQuestions: withIds(
        "meta.openQuestions",
        [...facts.meta.openQuestions.map((text) => ({ text })), ...EXTRA_OPEN_QUESTIONS],
        (q) => q.id ?? entryId("meta.openQuestions", q.text),
      ),
      licence: LICENCE,
    },
    "cities.json": facts.cities.map(({ events: _events, opened, centreName, ...city }) => ({
      slug: city.slug,
      names: city.names,
      centreName: {
        en: CENTRE_NAME_EN[city.slug],
        ...Object.fromEntries(Object.entries(centreName).map(([l, n]) => [l, nameOnly(n)])),
      },
      coordinates: city.coordinates,
      address: city.address && {
        ...city.address,
        entries: withIds(`cities.${city.slug}.address.entries`, city.address.entries, (a) =>
          entryId(`cities.${city.slug}.address.entries`, a.text),
        ).map((a) => ({ ...a, asOf: reword(`${city.slug} address.${a.id}.asOf`, a.asOf) })),
      },
      closure: closureReading(city, facts),
      // The dossier lists the preferred opening first (its notes say "Preferred value").
      opened: withIds(`cities.${city.slug}.opened`, opened, (o) =>
        entryId(`cities.${city.slug}.opened`, o.date, { exact: true }),
      ).map(({ note, ...o }, i) => {
        const refersTo = OPENING_REFERS_TO[`${city.slug} ${o.date}`];
        return { ...o, ...splitNote(note), preferred: i === 0, ...(refersTo ? { refersTo } : {}) };
      }),
    })),
    "events.json": facts.events.map((e) => ({
      id: e.id,
      date: e.date,
      // Two alternatives of one event are two dates, so the date is the id.
      ...(e.alternativeDates
        ? { alternativeDates: withIds(`alternativeDates.${e.id}`, e.alternativeDates, (a) => a.date) }
        : {}),
      type: TYPE_READING[e.id] ?? e.type,
      // The dossier writes an empty list for events that concern the whole network.
      cities: e.cities.length === 0 ? "all" : e.cities,
      ...(INCIDENTS.has(e.id) ? { incident: true } : {}),
      ...(CONTEXT.has(e.id) ? { context: true } : {}),
      summary: e.summary,
      ...splitNote(e.note && reword(`${e.id} note`, e.note)),
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
          versions: withIds(`conflicts.${links.id}.versions`, c.versions, (v) => versionId(links.id, v.value)).map(
            (v) => ({ ...v, value: reword(`${links.id} versions.${v.id}`, v.value) }),
          ),
          ...splitNote(c.note),
          ...(links.field ? { field: links.field } : {}),
        };
      }),
      ...EXTRA_CONFLICTS,
    ],
    "sources.json": facts.sources,
  };
  // A source's title is its publisher's words (or our short gloss of them) and stays as it is.
  files["sources.json"] = files["sources.json"].map((s) => (s.note ? { ...s, note: englishDates(s.note) } : s));
  return Object.fromEntries(
    Object.entries(files).map(([name, content]) => [
      name,
      name === "sources.json" ? content : withEnglishDates(content),
    ]),
  );
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
