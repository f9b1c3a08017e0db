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

  it("a centre whose slug is not in the URL contract", () => {
    const d = raw();
    const city = d["cities.json"][0];
    if (!city) throw new Error("fixture");
    city.slug = "tokyo";
    expect(errorOf(d)).toMatch(
      /data\/cities\.json: record 0 \("tokyo"\), field "slug": expected one of the URL contract's slugs \(lib\/contract\.ts\): khabarovsk, /,
    );
  });

  it("a slug of the URL contract with no centre", () => {
    const d = raw();
    d["cities.json"].pop();
    expect(errorOf(d)).toMatch(/data\/cities\.json: no centre for the URL contract's slug "nizhny-novgorod"/);
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
      /data\/meta\.json: field "dataVersion": is 2027-01-01, but the newest entry of data\/changelog\.json is 2026-11-30/,
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
