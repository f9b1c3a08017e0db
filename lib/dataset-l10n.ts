// Japanese and Russian text for the dataset's prose (event summaries, notes, conflicts, address
// descriptions, the about page's open questions and changelog). Dates, ids, source ids and
// numbers are never translated: they come from data/ for every language. The files are checked
// when the app loads (that is, at build): a missing or left-over entry fails with the file and key.
import type { Dataset } from "@/lib/schema";

/** The shape of messages/dataset.<locale>.json. */
export type DatasetTranslation = {
  meta: { compiled: string; openQuestions: string[] };
  changelog: Record<string, { summary: string; changes: string[] }>;
  cities: Record<
    string,
    {
      opened: string[];
      address?: { summary: string; entries: { text: string; asOf: string; note?: string }[] };
      closure: string;
      /** The closure's notes (data/cities.json `closure.notes`), in order. */
      closureNotes?: string[];
    }
  >;
  events: Record<string, { summary: string; note?: string }>;
  alternativeDates: Record<string, string[]>;
  conflicts: Record<string, { topic: string; note: string; preferred: string; versions: string[] }>;
  /**
   * A source's title and publisher as readers of this language know them (外務省, МИД Японии), where
   * they differ from the English record; a title in this language drops the English gloss.
   */
  sources?: Record<string, { title?: string; publisher?: string }>;
};

export class TranslationError extends Error {}

/**
 * The dataset with its prose replaced by a translation. Throws a TranslationError naming `file`
 * and every key that is missing, empty, or present for a record the dataset does not have.
 */
export function localizeDataset(data: Dataset, tr: DatasetTranslation, file: string): Dataset {
  const problems: string[] = [];
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
  const count = (list: unknown[] | undefined, expected: number, key: string) => {
    if ((list?.length ?? 0) !== expected)
      problems.push(`${key}: expected ${expected} entries, found ${list?.length ?? 0}`);
  };

  const meta = {
    ...data.meta,
    compiled: need(tr.meta?.compiled, "meta.compiled", data.meta.compiled) ?? data.meta.compiled,
    openQuestions: data.meta.openQuestions.map(
      (q, i) => need(tr.meta?.openQuestions?.[i], `meta.openQuestions[${i}]`, q) ?? q,
    ),
  };
  count(tr.meta?.openQuestions, data.meta.openQuestions.length, "meta.openQuestions");

  const changelog = data.changelog.map((entry) => {
    const t = tr.changelog?.[entry.version];
    const key = `changelog.${entry.version}`;
    count(t?.changes, entry.changes.length, `${key}.changes`);
    return {
      ...entry,
      summary: need(t?.summary, `${key}.summary`, entry.summary) ?? entry.summary,
      changes: entry.changes.map((c, i) => need(t?.changes?.[i], `${key}.changes[${i}]`, c) ?? c),
    };
  });
  extra(Object.keys(tr.changelog ?? {}), new Set(data.changelog.map((c) => c.version)), "changelog");

  const cities = data.cities.map((city) => {
    const t = tr.cities?.[city.slug];
    const key = `cities.${city.slug}`;
    count(t?.opened, city.opened.length, `${key}.opened`);
    count(t?.closureNotes, city.closure.notes?.length ?? 0, `${key}.closureNotes`);
    const address = city.address
      ? {
          ...city.address,
          summary: need(t?.address?.summary, `${key}.address.summary`, city.address.summary) ?? city.address.summary,
          entries: city.address.entries.map((a, i) => {
            const ta = t?.address?.entries?.[i];
            const k = `${key}.address.entries[${i}]`;
            return {
              ...a,
              text: need(ta?.text, `${k}.text`, a.text) ?? a.text,
              asOf: need(ta?.asOf, `${k}.asOf`, a.asOf) ?? a.asOf,
              note: need(ta?.note, `${k}.note`, a.note),
            };
          }),
        }
      : null;
    if (city.address) count(t?.address?.entries, city.address.entries.length, `${key}.address.entries`);
    else if (t?.address) problems.push(`${key}.address: the centre has no address in data/`);
    return {
      ...city,
      opened: city.opened.map((o, i) => ({
        ...o,
        note: need(t?.opened?.[i] || undefined, `${key}.opened[${i}]`, o.note),
      })),
      address,
      closure: {
        ...city.closure,
        summary: need(t?.closure, `${key}.closure`, city.closure.summary) ?? "",
        ...(city.closure.notes
          ? {
              notes: city.closure.notes.map((n, i) => ({
                ...n,
                text: need(t?.closureNotes?.[i], `${key}.closureNotes[${i}]`, n.text) ?? n.text,
              })),
            }
          : {}),
      },
    };
  });
  extra(Object.keys(tr.cities ?? {}), new Set(data.cities.map((c) => c.slug)), "cities");

  const events = data.events.map((e) => {
    const t = tr.events?.[e.id];
    const key = `events.${e.id}`;
    const alternatives = e.alternativeDates?.filter((a) => a.note);
    if (alternatives?.length) count(tr.alternativeDates?.[e.id], alternatives.length, `alternativeDates.${e.id}`);
    let n = 0;
    return {
      ...e,
      summary: need(t?.summary, `${key}.summary`, e.summary) ?? e.summary,
      note: need(t?.note, `${key}.note`, e.note),
      alternativeDates: e.alternativeDates?.map((a) =>
        a.note ? { ...a, note: need(tr.alternativeDates?.[e.id]?.[n], `alternativeDates.${e.id}[${n++}]`, a.note) } : a,
      ),
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
    count(t?.versions, c.versions.length, `${key}.versions`);
    return {
      ...c,
      topic: need(t?.topic, `${key}.topic`, c.topic) ?? c.topic,
      note: need(t?.note, `${key}.note`, c.note) ?? c.note,
      preferred: need(t?.preferred, `${key}.preferred`, c.preferred) ?? c.preferred,
      versions: c.versions.map((v, i) => ({
        ...v,
        value: need(t?.versions?.[i], `${key}.versions[${i}]`, v.value) ?? v.value,
      })),
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
