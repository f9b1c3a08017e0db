import { describe, expect, it } from "vitest";
import { type DataFiles, dataFiles } from "@/lib/data-files";
import { DataError, type RawDataset, validateDataset } from "@/lib/schema";

/** A deep copy of the real data files, for breaking one thing at a time. */
function raw(): DataFiles {
  return structuredClone(dataFiles);
}

function errorOf(data: RawDataset): string {
  try {
    validateDataset(data);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  throw new Error("expected validateDataset to throw");
}

describe("validateDataset with data/", () => {
  it("accepts the shipped data", () => {
    const d = validateDataset(raw());
    expect(d.cities.map((c) => c.slug)).toEqual([
      "khabarovsk",
      "vladivostok",
      "yuzhno-sakhalinsk",
      "moscow",
      "saint-petersburg",
      "nizhny-novgorod",
    ]);
    expect(d.events.length).toBeGreaterThan(30);
    expect(d.sources.length).toBe(53);
  });

  it("keeps only city-centre coordinates and no building coordinates", () => {
    const d = validateDataset(raw());
    for (const c of d.cities) {
      expect(c.coordinates.kind).toBe("city-centre");
      expect(c.address?.buildingCoordinates ?? null).toBeNull();
    }
  });
});

describe("validateDataset rejects broken files with a precise message", () => {
  it("a malformed date names file, record and field", () => {
    const d = raw();
    const e = d["events.json"][3];
    if (!e) throw new Error("fixture");
    e.date = "1996-13";
    expect(errorOf(d)).toMatch(
      /data\/events\.json: record 3 \("1996-04-vladivostok-opening"\), field "date": expected a real date/,
    );
  });

  it("a date given as 1 April when the source says April is still valid, but 31 April is not", () => {
    const d = raw();
    const city = d["cities.json"][1];
    if (!city?.opened[0]) throw new Error("fixture");
    city.opened[0].date = "1996-04-31";
    expect(errorOf(d)).toMatch(/data\/cities\.json: record 1 \("vladivostok"\), field "opened\[0\]\.date"/);
  });

  it("a latitude out of range", () => {
    const d = raw();
    const city = d["cities.json"][0];
    if (!city) throw new Error("fixture");
    city.coordinates.lat = 148.48;
    expect(errorOf(d)).toMatch(
      /data\/cities\.json: record 0 \("khabarovsk"\), field "coordinates\.lat": latitude must be between -90 and 90/,
    );
  });

  it("a duplicate slug", () => {
    const d = raw();
    const city = d["cities.json"][5];
    if (!city) throw new Error("fixture");
    city.slug = "moscow";
    expect(errorOf(d)).toMatch(/data\/cities\.json: record 5 \("moscow"\), field "slug": duplicate slug "moscow"/);
  });

  it("an unknown source id", () => {
    const d = raw();
    const e = d["events.json"][0];
    if (!e) throw new Error("fixture");
    e.sourceIds = ["mofa-jc-2011", "made-up-source"];
    expect(errorOf(d)).toMatch(
      /data\/events\.json: record 0 \("1994-10-moscow-mirbis"\), field "sourceIds": unknown source id "made-up-source"/,
    );
  });

  it("a centre whose slug cannot be an address", () => {
    const d = raw();
    const city = d["cities.json"][0];
    if (!city) throw new Error("fixture");
    city.slug = "Tokyo Centre";
    expect(errorOf(d)).toMatch(
      /data\/cities\.json: record 0 \("Tokyo Centre"\), field "slug": expected a lower-case kebab-case slug/,
    );
  });

  it("two centres with one slug", () => {
    const d = raw();
    const [first, second] = d["cities.json"];
    if (!first || !second) throw new Error("fixture");
    second.slug = first.slug;
    expect(errorOf(d)).toMatch(/data\/cities\.json.*"khabarovsk".*slug/);
  });

  it("an event in an unknown city", () => {
    const d = raw();
    const e = d["events.json"][1];
    if (!e) throw new Error("fixture");
    e.cities = ["tokyo"];
    expect(errorOf(d)).toMatch(
      /data\/events\.json: record 1 \("1994-11-khabarovsk-opening"\), field "cities": unknown city "tokyo"/,
    );
  });

  it("a missing required field", () => {
    const d = raw();
    const s = d["sources.json"][0] as Record<string, unknown> | undefined;
    if (!s) throw new Error("fixture");
    delete s.publisher;
    expect(errorOf(d)).toMatch(/data\/sources\.json: record 0 \("mofa-jc-2024"\), field "publisher"/);
  });

  it("a misspelt field", () => {
    const d = raw();
    const c = d["cities.json"][2] as Record<string, unknown> | undefined;
    if (!c) throw new Error("fixture");
    c.openned = [];
    expect(errorOf(d)).toMatch(/data\/cities\.json: record 2 \("yuzhno-sakhalinsk"\)/);
    expect(errorOf(d)).toMatch(/openned/);
  });

  it("a building coordinate, which no source gives", () => {
    const d = raw();
    const c = d["cities.json"][5];
    if (!c?.address) throw new Error("fixture");
    (c.address as Record<string, unknown>).buildingCoordinates = {
      lat: 56.3,
      lon: 44,
    };
    expect(errorOf(d)).toMatch(
      /record 5 \("nizhny-novgorod"\), field "address\.buildingCoordinates": building coordinates are not in the sources/,
    );
  });

  it("two preferred opening dates", () => {
    const d = raw();
    const c = d["cities.json"][3];
    if (!c?.opened[1]) throw new Error("fixture");
    c.opened[1].preferred = true;
    expect(errorOf(d)).toMatch(
      /record 3 \("moscow"\), field "opened": exactly one opening date must be marked preferred/,
    );
  });

  it("a conflict pointing at an unknown event", () => {
    const d = raw();
    const c = d["conflicts.json"][0];
    if (!c) throw new Error("fixture");
    c.eventIds = ["no-such-event"];
    expect(errorOf(d)).toMatch(
      /data\/conflicts\.json: record 0 \("memorandum-2000-date"\), field "eventIds": unknown event "no-such-event"/,
    );
  });

  it("a file that is not a list", () => {
    const d = raw() as unknown as RawDataset;
    d["events.json"] = { events: [] };
    expect(errorOf(d)).toMatch(/data\/events\.json: top level: /);
  });

  it("a data version with no entry in the corrections log", () => {
    const d = raw();
    d["meta.json"].dataVersion = "2027-01-01";
    expect(errorOf(d)).toMatch(
      /data\/meta\.json: field "dataVersion": is 2027-01-01, but the newest entry of data\/changelog\.json is 2026-12-03/,
    );
  });

  it("a corrections-log entry without changes", () => {
    const d = raw();
    const entry = d["changelog.json"][0];
    if (!entry) throw new Error("fixture");
    entry.changes = [];
    expect(errorOf(d)).toMatch(/data\/changelog\.json: record 0, field "changes": say what changed/);
  });

  it("a broken meta file", () => {
    const d = raw();
    d["meta.json"].dataVersion = "yesterday";
    expect(errorOf(d)).toMatch(/data\/meta\.json: field "dataVersion": expected a real date/);
  });
});

describe("ids of list entries, which the translations are keyed by", () => {
  it("a duplicate id in a list names file, record and field", () => {
    const d = raw();
    const moscow = d["cities.json"][3];
    if (!moscow?.opened[0] || !moscow.opened[2]) throw new Error("fixture");
    moscow.opened[2].id = moscow.opened[0].id;
    expect(errorOf(d)).toMatch(
      /data\/cities\.json: record 3 \("moscow"\), field "opened\[2\]\.id": duplicate id "ceremony-month"/,
    );
  });

  it("a duplicate id in every kind of list", () => {
    const cases: [(d: DataFiles) => void, RegExp][] = [
      [
        (d) => {
          const q = d["meta.json"].openQuestions;
          if (q[0] && q[4]) q[4].id = q[0].id;
        },
        /data\/meta\.json: field "openQuestions\[4\]\.id": duplicate id "memorandum-2000-date"/,
      ],
      [
        (d) => {
          const c = d["changelog.json"][1]?.changes;
          if (c?.[0] && c[1]) c[1].id = c[0].id;
        },
        /data\/changelog\.json: record 1, field "changes\[1\]\.id": duplicate id "khabarovsk-first-branch"/,
      ],
      [
        (d) => {
          const a = d["cities.json"][0]?.address?.entries;
          if (a?.[0] && a[1]) a[1].id = a[0].id;
        },
        /record 0 \("khabarovsk"\), field "address\.entries\[1\]\.id": duplicate id "moskovskaya-7"/,
      ],
      [
        (d) => {
          const v = d["conflicts.json"][1]?.versions;
          if (v?.[0] && v[3]) v[3].id = v[0].id;
        },
        /data\/conflicts\.json: record 1 \("moscow-opening"\), field "versions\[3\]\.id": duplicate id "1994-10"/,
      ],
    ];
    for (const [breakIt, message] of cases) {
      const d = raw();
      breakIt(d);
      expect(errorOf(d)).toMatch(message);
    }
  });

  it("a missing or malformed id names file, record and field", () => {
    const d = raw();
    const note = d["cities.json"][1]?.closure.notes?.[0] as Record<string, unknown> | undefined;
    if (!note) throw new Error("fixture");
    delete note.id;
    expect(errorOf(d)).toMatch(/data\/cities\.json: record 1 \("vladivostok"\), field "closure\.notes\[0\]\.id"/);

    const d2 = raw();
    const alternative = d2["events.json"].find((e) => e.alternativeDates)?.alternativeDates?.[0];
    if (!alternative) throw new Error("fixture");
    alternative.id = "20 September";
    expect(errorOf(d2)).toMatch(/field "alternativeDates\[0\]\.id": expected a lower-case kebab-case id/);
  });

  it("the same id in two lists is allowed: an id is unique within its list", () => {
    const d = validateDataset(raw());
    const ids = d.cities.flatMap((c) => c.opened.map((o) => o.id));
    expect(ids.filter((id) => id === "ceremony-month").length).toBe(6);
  });
});

describe("a source cannot be cited for what happened after it was published (issue 21)", () => {
  it("refuses a closure cited with a source published months before the announcement", () => {
    const d = raw();
    const moscow = d["cities.json"].find((c) => c.slug === "moscow");
    if (!moscow) throw new Error("fixture");
    // The mistake the first version made: the premises report of 25 Feb 2025 beside the closure.
    moscow.closure.sourceIds.push("sputnik-jp-2025-02-25");
    expect(errorOf(d)).toMatch(
      /data\/cities\.json: record 3 \("moscow"\), field "closure\.sourceIds": source "sputnik-jp-2025-02-25" \(published 2025-02-25\) predates what it is cited for \(2025-09-10\)/,
    );
  });

  it("refuses an event or an opening cited with an earlier source, unless the record says why", () => {
    const d = raw();
    const i = d["events.json"].findIndex((e) => e.id === "2025-09-10-closure-announced");
    const e = d["events.json"][i];
    if (!e) throw new Error("fixture");
    e.sourceIds.push("kyodo-imode-2025-01-31");
    expect(errorOf(d)).toMatch(
      new RegExp(
        `record ${i} \\("2025-09-10-closure-announced"\\), field "sourceIds": source "kyodo-imode-2025-01-31"`,
      ),
    );
    (e as Record<string, unknown>).citedInAdvance = "a plan announced in advance";
    expect(() => validateDataset(d)).not.toThrow();

    const d2 = raw();
    const spb = d2["cities.json"][4];
    if (!spb?.opened[0]) throw new Error("fixture");
    spb.opened[0].sourceIds.push("rakuten-blog-2006");
    spb.opened[0].date = "2007";
    expect(errorOf(d2)).toMatch(
      /record 4 \("saint-petersburg"\), field "opened\[0\]\.sourceIds": source "rakuten-blog-2006"/,
    );
  });

  it("checks a closure note's sources against the events it recalls, and that those events exist", () => {
    const d = raw();
    const i = d["cities.json"].findIndex((c) => c.slug === "vladivostok");
    const note = d["cities.json"][i]?.closure.notes?.[0];
    if (!note) throw new Error("fixture");
    note.sourceIds.push("toz-2015-09-15"); // published 2015, cited for inspections of 2025
    expect(errorOf(d)).toMatch(
      new RegExp(
        `record ${i} \\("vladivostok"\\), field "closure\\.notes\\[0\\]\\.sourceIds": source "toz-2015-09-15"`,
      ),
    );
    const d2 = raw();
    d2["cities.json"][i]?.closure.notes?.[0]?.eventIds.push("2099-no-such-event");
    expect(errorOf(d2)).toMatch(/field "closure\.notes\[0\]\.eventIds": unknown event "2099-no-such-event"/);
  });

  it("a source dated only to the month counts until the month's last day", () => {
    const d = raw();
    const e = d["events.json"].find((x) => x.id === "2025-09-10-closure-announced");
    if (!e) throw new Error("fixture");
    e.sourceIds.push("tbs-2025-09"); // published "2025-09": may be the 10th or later
    expect(() => validateDataset(d)).not.toThrow();
  });
});

describe("notes for readers and notes for editors (issue 21)", () => {
  // What an editor writes for editors: instructions, pointers into the data, the preferred label.
  const EDITORIAL = /opened\[\]|\bsee [a-z]+\[|\bshow (both|\d{4})|\btreat as\b|\bpreferred value\b/i;

  it("no reader's note or summary in data/ reads as an instruction to editors", () => {
    const d = validateDataset(raw());
    const readerTexts = [
      ...d.events.flatMap((e) => [e.summary, e.note ?? "", ...(e.alternativeDates ?? []).map((a) => a.note ?? "")]),
      ...d.cities.flatMap((c) => [
        ...c.opened.map((o) => o.note ?? ""),
        c.closure.summary,
        ...(c.closure.notes ?? []).map((n) => n.text),
        c.address?.summary ?? "",
        ...(c.address?.entries ?? []).flatMap((a) => [a.text, a.asOf, a.note ?? ""]),
      ]),
      ...d.conflicts.flatMap((c) => [c.topic, c.note, c.preferred, ...c.versions.map((v) => v.value)]),
      ...d.meta.openQuestions.map((q) => q.text),
    ];
    expect(readerTexts.filter((t) => EDITORIAL.test(t))).toEqual([]);
  });

  it("the editors' notes exist and would be caught by the same test", () => {
    const d = validateDataset(raw());
    const editorNotes = [
      ...d.events.map((e) => e.editorNote),
      ...d.cities.flatMap((c) => c.opened.map((o) => o.editorNote)),
      ...d.conflicts.map((c) => c.editorNote),
    ].filter((n): n is string => n !== undefined);
    expect(editorNotes.length).toBeGreaterThanOrEqual(4);
    for (const n of editorNotes) expect(n).toMatch(EDITORIAL);
  });
});
