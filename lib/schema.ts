import { z } from "zod";
import type { Slug } from "@/lib/contract";
import { endOf, startOf } from "@/lib/dates";
import { isPartialDate } from "@/lib/partial-date";

const partialDate = z.string().refine(isPartialDate, {
  message: "expected a real date written YYYY, YYYY-MM or YYYY-MM-DD",
});

/** A reference to a centre (events, conflicts); checked against cities.json below. */
const slug = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, {
  message: "expected a lower-case kebab-case slug",
});
/**
 * A centre's own slug, typed as the contract's: the contract's slugs are generated from these
 * (scripts/generate-assets.mjs), so a new record is a new centre, with its pages.
 */
const centreSlug = slug.transform((s) => s as Slug);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: "expected a lower-case kebab-case id",
});
const nonEmpty = z.string().trim().min(1, { message: "must not be empty" });
const sourceIds = z.array(nonEmpty).min(1, { message: "needs at least one source id" });
const confidence = z.enum(["primary-official", "reputable-press", "secondary"]);
/**
 * Text for the dataset's editors (an instruction, a pointer into the data), never shown to readers;
 * `note` is what readers see (docs/data.md, "Notes for readers and for editors").
 */
const editorNote = z.string().optional();

/**
 * A list whose entries messages/dataset.<locale>.json translates by id (lib/dataset-l10n.ts): by
 * position, reordering the English would attach each translation to another fact. Each entry has
 * an id, once per list.
 */
function keyedList<T extends z.ZodType<{ id: string }>>(entry: T) {
  return z.array(entry).superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const [i, e] of list.entries()) {
      if (seen.has(e.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate id "${e.id}"` });
      seen.add(e.id);
    }
  });
}
/** A sentence of a list of sentences (open questions, a version's changes), with its id. */
const sentence = z.strictObject({ id, text: nonEmpty });

export const sourceSchema = z.strictObject({
  id,
  title: nonEmpty,
  publisher: nonEmpty,
  url: z.url({ protocol: /^https?$/, message: "expected an http(s) URL" }),
  published: partialDate.nullable(),
  language: z.string().regex(/^[a-z]{2}$/, { message: "expected a two-letter ISO 639-1 code" }),
  reliability: confidence,
  note: z.string().optional(),
});

const addressEntry = z.strictObject({
  id,
  text: nonEmpty,
  textRu: z.string().optional(),
  asOf: nonEmpty,
  sourceIds,
  confidence,
  note: z.string().optional(),
});

export const citySchema = z.strictObject({
  slug: centreSlug,
  names: z.strictObject({
    en: nonEmpty,
    ru: nonEmpty,
    ja: nonEmpty,
    jaAlternatives: z.array(nonEmpty).optional(),
  }),
  /** The centre's own name (the official one, e.g. サハリン日本センター, "Sakhalin Japan Center"). */
  centreName: z.strictObject({ en: nonEmpty, ja: nonEmpty, ru: nonEmpty }),
  coordinates: z.strictObject({
    lat: z.number().min(-90, { message: "latitude must be between -90 and 90" }).max(90, {
      message: "latitude must be between -90 and 90",
    }),
    lon: z.number().min(-180, { message: "longitude must be between -180 and 180" }).max(180, {
      message: "longitude must be between -180 and 180",
    }),
    kind: z.literal("city-centre", {
      message: 'only city-centre coordinates are allowed ("city-centre")',
    }),
    sourceIds,
    note: z.string().optional(),
  }),
  address: z
    .strictObject({
      summary: nonEmpty,
      entries: keyedList(addressEntry).min(1),
      buildingCoordinates: z.null({
        message: "building coordinates are not in the sources; must be null",
      }),
    })
    .nullable(),
  opened: keyedList(
    z.strictObject({
      id,
      date: partialDate,
      sourceIds,
      note: z.string().optional(),
      editorNote,
      confidence,
      preferred: z.boolean(),
      /**
       * What a non-preferred date is the date of: this centre by another source (the default),
       * an earlier Japan Center in the same city, or a building (not a centre's opening).
       */
      refersTo: z.enum(["this-centre", "earlier-centre", "building"]).optional(),
    }),
  )
    .min(1, { message: "needs at least one opening date" })
    .refine((list) => list.filter((o) => o.preferred).length === 1, {
      message: "exactly one opening date must be marked preferred",
    }),
  closure: z.strictObject({
    status: z.enum(["closure-announced"]),
    /** What the closure announcement says of this centre; `sourceIds` are the announcement's. */
    summary: nonEmpty,
    sourceIds,
    /** Other facts recalled beside the closure, each cited by its own sources and events. */
    notes: keyedList(z.strictObject({ id, text: nonEmpty, sourceIds, eventIds: z.array(nonEmpty) })).optional(),
  }),
});

export const eventTypes = [
  "opening",
  "agreement",
  "inspection",
  "suspension",
  "notification",
  "announcement",
  "premises",
  "other",
] as const;

export const eventSchema = z.strictObject({
  id,
  date: partialDate,
  alternativeDates: keyedList(
    z.strictObject({
      id,
      date: partialDate,
      sourceIds,
      note: z.string().optional(),
    }),
  ).optional(),
  type: z.enum(eventTypes),
  cities: z.union([z.literal("all"), z.array(slug).min(1)], {
    message: 'expected "all" or a non-empty list of city slugs',
  }),
  incident: z.literal(true).optional(),
  context: z.literal(true).optional(),
  summary: nonEmpty,
  note: z.string().optional(),
  editorNote,
  sourceIds,
  confidence,
  /**
   * Why a source published before the event's earliest day may cite it (a plan announced in
   * advance); without it the data check refuses such a citation.
   */
  citedInAdvance: nonEmpty.optional(),
});

export const conflictSchema = z.strictObject({
  id,
  topic: nonEmpty,
  cities: z.array(slug),
  eventIds: z.array(nonEmpty),
  preferred: nonEmpty,
  versions: keyedList(z.strictObject({ id, value: nonEmpty, sourceIds: z.array(nonEmpty) })).min(2, {
    message: "a conflict needs at least two versions",
  }),
  note: nonEmpty,
  editorNote,
  /** A disagreement about something that is not the Japan Center itself, shown as context. */
  context: z.literal(true).optional(),
  /** The part of a centre's panel the disagreement is about, where it is shown (else under "Conflicts"). */
  field: z.enum(["address"]).optional(),
});

export const metaSchema = z.strictObject({
  title: nonEmpty,
  organisation: z.strictObject({ en: nonEmpty, ru: nonEmpty, ja: nonEmpty }),
  compiled: nonEmpty,
  dataVersion: partialDate,
  confidenceScale: z.record(confidence, nonEmpty),
  coordinatesNote: nonEmpty,
  openQuestions: keyedList(sentence),
  licence: z.strictObject({ name: nonEmpty, url: z.url(), attribution: nonEmpty }),
});

export const changelogSchema = z
  .array(
    z.strictObject({
      version: partialDate,
      date: partialDate,
      summary: nonEmpty,
      changes: keyedList(sentence).min(1, { message: "say what changed" }),
    }),
  )
  .min(1, { message: "the corrections log needs at least one entry" });

export type Source = z.infer<typeof sourceSchema>;
export type ChangelogEntry = z.infer<typeof changelogSchema>[number];
export type City = z.infer<typeof citySchema>;
export type CenterEvent = z.infer<typeof eventSchema>;
export type EventType = CenterEvent["type"];
export type Conflict = z.infer<typeof conflictSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type Confidence = z.infer<typeof confidence>;

export type Dataset = {
  meta: Meta;
  cities: City[];
  events: CenterEvent[];
  conflicts: Conflict[];
  sources: Source[];
  changelog: ChangelogEntry[];
};

/** The files of `data/`. */
export const DATA_FILES = [
  "meta.json",
  "cities.json",
  "events.json",
  "conflicts.json",
  "sources.json",
  "changelog.json",
] as const;

/** The files of `data/`, parsed as JSON but not yet validated. */
export type RawDataset = Record<(typeof DATA_FILES)[number], unknown>;

/** A data file that fails validation; the message names the file, the record and the field. */
export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataError";
  }
}

type Issue = { path: PropertyKey[]; message: string };

function describeRecord(records: unknown, index: PropertyKey | undefined): string {
  if (typeof index !== "number" || !Array.isArray(records)) return "";
  const record: unknown = records[index];
  const key =
    record && typeof record === "object"
      ? ((record as Record<string, unknown>).slug ?? (record as Record<string, unknown>).id)
      : undefined;
  return typeof key === "string" ? `record ${index} ("${key}")` : `record ${index}`;
}

function fieldPath(path: PropertyKey[]): string {
  return path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
    .join("")
    .replace(/^\./, "");
}

function formatIssue(file: string, records: unknown, issue: Issue, isArrayFile: boolean): string {
  const [index, ...rest] = issue.path;
  if (isArrayFile) {
    const record = describeRecord(records, index);
    const field = rest.length > 0 ? `, field "${fieldPath(rest)}"` : "";
    return `data/${file}: ${record || "top level"}${field}: ${issue.message}`;
  }
  return `data/${file}: field "${fieldPath(issue.path) || "(root)"}": ${issue.message}`;
}

function parseFile<T>(file: keyof RawDataset, schema: z.ZodType<T>, raw: unknown, isArrayFile: boolean): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.slice(0, 10).map((issue) => formatIssue(file, raw, issue, isArrayFile));
  throw new DataError(`Invalid data:\n  ${lines.join("\n  ")}`);
}

/**
 * Validates the whole dataset: each file against its schema, then the links between them
 * (unique ids, known cities, resolvable source ids). Throws a DataError naming file, record and field.
 */
export function validateDataset(raw: RawDataset): Dataset {
  const meta = parseFile("meta.json", metaSchema, raw["meta.json"], false);
  const sources = parseFile("sources.json", z.array(sourceSchema), raw["sources.json"], true);
  const cities = parseFile("cities.json", z.array(citySchema).min(1), raw["cities.json"], true);
  const events = parseFile("events.json", z.array(eventSchema), raw["events.json"], true);
  const conflicts = parseFile("conflicts.json", z.array(conflictSchema), raw["conflicts.json"], true);
  const changelog = parseFile("changelog.json", changelogSchema, raw["changelog.json"], true);

  const problems: string[] = [];
  const label = (file: string, i: number, key: string, field: string) =>
    `data/${file}: record ${i} ("${key}"), field "${field}"`;

  const unique = <T>(file: string, list: T[], keyOf: (x: T) => string, field: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      const key = keyOf(x);
      if (seen.has(key)) problems.push(`${label(file, i, key, field)}: duplicate ${field} "${key}"`);
      seen.add(key);
    });
    return seen;
  };
  const sourceIdSet = unique("sources.json", sources, (s) => s.id, "id");
  const slugSet = unique("cities.json", cities, (c) => c.slug, "slug");
  const eventIdSet = unique("events.json", events, (e) => e.id, "id");
  unique("conflicts.json", conflicts, (c) => c.id, "id");

  const checkSources = (file: string, i: number, key: string, field: string, ids: string[]) => {
    for (const id of ids) {
      if (!sourceIdSet.has(id)) problems.push(`${label(file, i, key, field)}: unknown source id "${id}"`);
    }
  };
  const checkCities = (file: string, i: number, key: string, field: string, slugs: string[]) => {
    for (const s of slugs) {
      if (!slugSet.has(s)) problems.push(`${label(file, i, key, field)}: unknown city "${s}"`);
    }
  };

  for (const [i, c] of cities.entries()) {
    checkSources("cities.json", i, c.slug, "coordinates.sourceIds", c.coordinates.sourceIds);
    for (const [j, a] of (c.address?.entries ?? []).entries()) {
      checkSources("cities.json", i, c.slug, `address.entries[${j}].sourceIds`, a.sourceIds);
    }
    for (const [j, o] of c.opened.entries()) {
      checkSources("cities.json", i, c.slug, `opened[${j}].sourceIds`, o.sourceIds);
    }
    checkSources("cities.json", i, c.slug, "closure.sourceIds", c.closure.sourceIds);
  }
  for (const [i, e] of events.entries()) {
    checkSources("events.json", i, e.id, "sourceIds", e.sourceIds);
    for (const [j, a] of (e.alternativeDates ?? []).entries()) {
      checkSources("events.json", i, e.id, `alternativeDates[${j}].sourceIds`, a.sourceIds);
    }
    if (e.cities !== "all") checkCities("events.json", i, e.id, "cities", e.cities);
  }
  for (const [i, c] of conflicts.entries()) {
    checkCities("conflicts.json", i, c.id, "cities", c.cities);
    for (const [j, v] of c.versions.entries()) {
      checkSources("conflicts.json", i, c.id, `versions[${j}].sourceIds`, v.sourceIds);
    }
    for (const id of c.eventIds) {
      if (!eventIdSet.has(id)) problems.push(`${label("conflicts.json", i, c.id, "eventIds")}: unknown event "${id}"`);
    }
  }

  // A source cannot report what had not yet happened: one published before the first day an event
  // (or an opening, or the closure) can mean is never cited for it, unless the record says why.
  const publishedById = new Map(sources.map((s) => [s.id, s.published]));
  const checkNotBefore = (file: string, i: number, key: string, field: string, ids: string[], date: string) => {
    for (const id of ids) {
      const published = publishedById.get(id);
      if (published && endOf(published) < startOf(date)) {
        problems.push(
          `${label(file, i, key, field)}: source "${id}" (published ${published}) predates what it is cited for (${date})`,
        );
      }
    }
  };
  for (const [i, e] of events.entries()) {
    if (!e.citedInAdvance) checkNotBefore("events.json", i, e.id, "sourceIds", e.sourceIds, e.date);
  }
  const announcements = events.filter((e) => e.type === "announcement");
  for (const [i, c] of cities.entries()) {
    for (const [j, o] of c.opened.entries()) {
      checkNotBefore("cities.json", i, c.slug, `opened[${j}].sourceIds`, o.sourceIds, o.date);
    }
    const announced = announcements.find((e) => e.cities === "all" || e.cities.includes(c.slug));
    if (announced) checkNotBefore("cities.json", i, c.slug, "closure.sourceIds", c.closure.sourceIds, announced.date);
    for (const [j, n] of (c.closure.notes ?? []).entries()) {
      const first = n.eventIds
        .map((id) => events.find((e) => e.id === id)?.date)
        .filter((d): d is string => d !== undefined)
        .sort()[0];
      if (first) checkNotBefore("cities.json", i, c.slug, `closure.notes[${j}].sourceIds`, n.sourceIds, first);
      for (const id of n.eventIds) {
        if (!eventIdSet.has(id))
          problems.push(`${label("cities.json", i, c.slug, `closure.notes[${j}].eventIds`)}: unknown event "${id}"`);
      }
      checkSources("cities.json", i, c.slug, `closure.notes[${j}].sourceIds`, n.sourceIds);
    }
  }

  const newest = changelog
    .map((e) => e.version)
    .sort()
    .at(-1);
  if (newest !== meta.dataVersion) {
    problems.push(
      `data/meta.json: field "dataVersion": is ${meta.dataVersion}, but the newest entry of data/changelog.json is ${newest}; record every data change in the log`,
    );
  }
  if (problems.length > 0) {
    throw new DataError(`Invalid data:\n  ${problems.slice(0, 10).join("\n  ")}`);
  }
  return { meta, cities, events, conflicts, sources, changelog };
}
