// Japanese and Russian text for the dataset's prose (event summaries, notes, conflicts, address
// descriptions, the about page's open questions and changelog). Dates, ids, source ids and
// numbers are never translated: they come from data/ for every language. The files are checked
// when the app loads (that is, at build): a missing or left-over entry fails with the file and key.
import type { Dataset } from "@/lib/schema";

/**
 * The shape of messages/dataset.<locale>.json. A list's entries are keyed by their id in data/,
 * never by position: reordering the English must not attach a translation to another fact.
 */
export type DatasetTranslation = {
  meta: {
    compiled: string;
    openQuestions: Record<string, string>;
    /** The organisation's name, for a language data/meta.json does not give it in. */
    organisation?: string;
  };
  changelog: Record<string, { summary: string; changes: Record<string, string> }>;
  cities: Record<
    string,
    {
      /**
       * The city's and the centre's names, for a language data/cities.json does not give them in
       * (it gives them in the languages of the story, as facts with sources: those stay the data's).
       */
      name?: string;
      centreName?: string;
      /** The notes of the opening dates that have one. */
      opened: Record<string, string>;
      address?: { summary: string; entries: Record<string, { text: string; asOf: string; note?: string }> };
      closure: string;
      /** The closure's notes (data/cities.json `closure.notes`). */
      closureNotes?: Record<string, string>;
    }
  >;
  events: Record<string, { summary: string; note?: string }>;
  /** Per event, the notes of the alternative dates that have one. */
  alternativeDates: Record<string, Record<string, string>>;
  conflicts: Record<string, { topic: string; note: string; preferred: string; versions: Record<string, string> }>;
  /**
   * A source's title and publisher as readers of this language know them (外務省, МИД Японии), where
   * they differ from the English record; a title in this language drops the English gloss.
   */
  sources?: Record<string, { title?: string; publisher?: string }>;
};

export class TranslationError extends Error {}

/**
 * The dataset with its prose replaced by a translation into `locale`. Throws a TranslationError
 * naming `file` and every key that is missing, empty, or present for a record the dataset does not
 * have. Names (a city's, a centre's, the organisation's) are the data's where data/ gives them in
 * `locale`, else the file's, which must then have them: the file alone adds a language.
 */
export function localizeDataset(data: Dataset, tr: DatasetTranslation, file: string, locale: string): Dataset {
  const problems: string[] = [];
  /** A name in `locale`: the data's, else the translation's (required then, refused otherwise). */
  const named = (inData: Record<string, unknown>, value: string | undefined, key: string): Record<string, string> => {
    const own = inData[locale];
    if (typeof own === "string") {
      if (value !== undefined) problems.push(`${key}: data/ gives it in "${locale}" already`);
      return {};
    }
    if (typeof value !== "string" || value.trim() === "") {
      problems.push(`${key}: missing (data/ does not give it in "${locale}")`);
      return {};
    }
    return { [locale]: value };
  };
  const need = (value: string | undefined, key: string, english: string | undefined): string | undefined => {
    if (english === undefined || english === "") {
      if (value !== undefined && value !== "") problems.push(`${key}: has no English text to translate`);
      return english;
    }
    if (typeof value !== "string" || value.trim() === "") {
      problems.push(`${key}: missing`);
      return english;
    }
    return value;
  };
  const extra = (keys: Iterable<string>, known: Set<string>, prefix: string) => {
    for (const k of keys) if (!known.has(k)) problems.push(`${prefix}.${k}: no such record in data/`);
  };
  /**
   * A list's translations, keyed by id; a list in the file (the old, positional shape) is
   * refused rather than read, as its entries would be matched by position again.
   */
  const byId = <T>(value: Record<string, T> | undefined, key: string): Record<string, T> => {
    if (Array.isArray(value)) {
      problems.push(`${key}: expected an object keyed by the entries' ids in data/, found a list`);
      return {};
    }
    return value ?? {};
  };
  /**
   * `list` with each entry's text translated by id. A key of an entry without English text gets
   * need()'s own message; a key of no entry is left over.
   */
  const keyed = <E extends { id: string }>(
    list: E[],
    tr: Record<string, string> | undefined,
    key: string,
    text: (e: E) => string | undefined,
    apply: (e: E, translated: string | undefined) => E,
  ): E[] => {
    const t = byId(tr, key);
    extra(Object.keys(t), new Set(list.map((e) => e.id)), key);
    return list.map((e) => apply(e, need(t[e.id], `${key}.${e.id}`, text(e))));
  };

  const meta = {
    ...data.meta,
    organisation: {
      ...data.meta.organisation,
      ...named(data.meta.organisation, tr.meta?.organisation, "meta.organisation"),
    },
    compiled: need(tr.meta?.compiled, "meta.compiled", data.meta.compiled) ?? data.meta.compiled,
    openQuestions: keyed(
      data.meta.openQuestions,
      tr.meta?.openQuestions,
      "meta.openQuestions",
      (q) => q.text,
      (q, text) => ({ ...q, text: text ?? q.text }),
    ),
  };

  const changelog = data.changelog.map((entry) => {
    const t = tr.changelog?.[entry.version];
    const key = `changelog.${entry.version}`;
    return {
      ...entry,
      summary: need(t?.summary, `${key}.summary`, entry.summary) ?? entry.summary,
      changes: keyed(
        entry.changes,
        t?.changes,
        `${key}.changes`,
        (c) => c.text,
        (c, text) => ({ ...c, text: text ?? c.text }),
      ),
    };
  });
  extra(Object.keys(tr.changelog ?? {}), new Set(data.changelog.map((c) => c.version)), "changelog");

  const cities = data.cities.map((city) => {
    const t = tr.cities?.[city.slug];
    const key = `cities.${city.slug}`;
    let address = null;
    if (city.address) {
      const entries = byId(t?.address?.entries, `${key}.address.entries`);
      extra(Object.keys(entries), new Set(city.address.entries.map((a) => a.id)), `${key}.address.entries`);
      address = {
        ...city.address,
        summary: need(t?.address?.summary, `${key}.address.summary`, city.address.summary) ?? city.address.summary,
        entries: city.address.entries.map((a) => {
          const ta = entries[a.id];
          const k = `${key}.address.entries.${a.id}`;
          return {
            ...a,
            text: need(ta?.text, `${k}.text`, a.text) ?? a.text,
            asOf: need(ta?.asOf, `${k}.asOf`, a.asOf) ?? a.asOf,
            note: need(ta?.note, `${k}.note`, a.note),
          };
        }),
      };
    } else if (t?.address) problems.push(`${key}.address: the centre has no address in data/`);
    const notes = city.closure.notes;
    if (!notes && t?.closureNotes) problems.push(`${key}.closureNotes: the closure has no notes in data/`);
    return {
      ...city,
      names: { ...city.names, ...named(city.names, t?.name, `${key}.name`) },
      centreName: { ...city.centreName, ...named(city.centreName, t?.centreName, `${key}.centreName`) },
      opened: keyed(
        city.opened,
        t?.opened,
        `${key}.opened`,
        (o) => o.note,
        (o, note) => ({ ...o, note }),
      ),
      address,
      closure: {
        ...city.closure,
        summary: need(t?.closure, `${key}.closure`, city.closure.summary) ?? "",
        ...(notes
          ? {
              notes: keyed(
                notes,
                t?.closureNotes,
                `${key}.closureNotes`,
                (n) => n.text,
                (n, text) => ({ ...n, text: text ?? n.text }),
              ),
            }
          : {}),
      },
    };
  });
  extra(Object.keys(tr.cities ?? {}), new Set(data.cities.map((c) => c.slug)), "cities");

  const events = data.events.map((e) => {
    const t = tr.events?.[e.id];
    const key = `events.${e.id}`;
    return {
      ...e,
      summary: need(t?.summary, `${key}.summary`, e.summary) ?? e.summary,
      note: need(t?.note, `${key}.note`, e.note),
      ...(e.alternativeDates
        ? {
            alternativeDates: keyed(
              e.alternativeDates,
              tr.alternativeDates?.[e.id],
              `alternativeDates.${e.id}`,
              (a) => a.note,
              (a, note) => ({ ...a, note }),
            ),
          }
        : {}),
    };
  });
  extra(Object.keys(tr.events ?? {}), new Set(data.events.map((e) => e.id)), "events");
  extra(
    Object.keys(tr.alternativeDates ?? {}),
    new Set(data.events.filter((e) => e.alternativeDates?.some((a) => a.note)).map((e) => e.id)),
    "alternativeDates",
  );

  const conflicts = data.conflicts.map((c) => {
    const t = tr.conflicts?.[c.id];
    const key = `conflicts.${c.id}`;
    return {
      ...c,
      topic: need(t?.topic, `${key}.topic`, c.topic) ?? c.topic,
      note: need(t?.note, `${key}.note`, c.note) ?? c.note,
      preferred: need(t?.preferred, `${key}.preferred`, c.preferred) ?? c.preferred,
      versions: keyed(
        c.versions,
        t?.versions,
        `${key}.versions`,
        (v) => v.value,
        (v, value) => ({ ...v, value: value ?? v.value }),
      ),
    };
  });
  extra(Object.keys(tr.conflicts ?? {}), new Set(data.conflicts.map((c) => c.id)), "conflicts");

  const sources = data.sources.map((s) => {
    const t = tr.sources?.[s.id];
    for (const field of ["title", "publisher"] as const) {
      if (t && field in t && !t[field]?.trim()) problems.push(`sources.${s.id}.${field}: empty`);
    }
    return { ...s, title: t?.title || s.title, publisher: t?.publisher || s.publisher };
  });
  extra(Object.keys(tr.sources ?? {}), new Set(data.sources.map((s) => s.id)), "sources");

  if (problems.length > 0) {
    throw new TranslationError(`${file}: ${problems.length} problem(s)\n  - ${problems.join("\n  - ")}`);
  }
  return { ...data, meta, changelog, cities, events, conflicts, sources };
}

/**
 * The English prose in the shape of a translation file, keyed as localizeDataset reads it: what a
 * new language's file starts from, and the pseudo-locale's text (scripts/pseudo-build.ts). A list
 * entry without English text has no key; a source's title and publisher are as written (a language may
 * keep them).
 */
export function englishTranslation(data: Dataset): DatasetTranslation {
  const texts = <E extends { id: string }>(list: E[], text: (e: E) => string | undefined) =>
    Object.fromEntries(list.flatMap((e) => (text(e) ? [[e.id, text(e) as string]] : [])));
  const optional = <K extends string>(key: K, value: string | undefined) => (value ? { [key]: value } : {});
  return {
    meta: {
      compiled: data.meta.compiled,
      openQuestions: texts(data.meta.openQuestions, (q) => q.text),
      organisation: data.meta.organisation.en,
    },
    changelog: Object.fromEntries(
      data.changelog.map((c) => [c.version, { summary: c.summary, changes: texts(c.changes, (x) => x.text) }]),
    ),
    cities: Object.fromEntries(
      data.cities.map((c) => [
        c.slug,
        {
          name: c.names.en,
          centreName: c.centreName.en,
          opened: texts(c.opened, (o) => o.note),
          ...(c.address
            ? {
                address: {
                  summary: c.address.summary,
                  entries: Object.fromEntries(
                    c.address.entries.map((a) => [a.id, { text: a.text, asOf: a.asOf, ...optional("note", a.note) }]),
                  ),
                },
              }
            : {}),
          closure: c.closure.summary,
          ...(c.closure.notes ? { closureNotes: texts(c.closure.notes, (n) => n.text) } : {}),
        },
      ]),
    ),
    events: Object.fromEntries(data.events.map((e) => [e.id, { summary: e.summary, ...optional("note", e.note) }])),
    alternativeDates: Object.fromEntries(
      data.events
        .filter((e) => e.alternativeDates?.some((a) => a.note))
        .map((e) => [e.id, texts(e.alternativeDates ?? [], (a) => a.note)]),
    ),
    conflicts: Object.fromEntries(
      data.conflicts.map((c) => [
        c.id,
        { topic: c.topic, note: c.note, preferred: c.preferred, versions: texts(c.versions, (v) => v.value) },
      ]),
    ),
    sources: Object.fromEntries(data.sources.map((s) => [s.id, { title: s.title, publisher: s.publisher }])),
  };
}
