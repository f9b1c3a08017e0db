import { describe, expect, it } from "vitest";
import { centers } from "@/lib/server/centers";
import { CSV_COLUMNS, centersGeoJson, centersJson, csvField, eventsCsv, eventsJson } from "@/lib/server/downloads";

describe("downloads", () => {
  it("centers.geojson is a FeatureCollection of six city-centre Points", () => {
    const fc = centersGeoJson();
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features).toHaveLength(6);
    const vladivostok = fc.features.find((f) => f.id === "vladivostok");
    expect(vladivostok?.geometry).toEqual({ type: "Point", coordinates: [131.8735, 43.1056] });
    expect(vladivostok?.properties).toMatchObject({ opened: "1996-04", coordinates_kind: "city-centre" });
  });

  it("centers.json carries every centre with its sources and the licence", () => {
    const json = centersJson();
    expect(json.centers.map((c) => c.slug)).toEqual(centers.citySlugs());
    expect(json.licence.name).toBe("CC BY 4.0");
    expect(json.centers[0]?.opened[0]?.sourceIds.length).toBeGreaterThan(0);
  });

  it("events.csv has one row per event and city", () => {
    const lines = eventsCsv().trimEnd().split("\r\n");
    expect(lines[0]).toBe(CSV_COLUMNS.join(","));
    const expected = eventsJson().events.reduce((n, e) => n + e.cities.length, 0);
    expect(lines.length - 1).toBe(expected);
  });

  it("names, for a network-wide event, the centres the page names, never 'all' (issue 21)", () => {
    const csv = eventsCsv().trimEnd().split("\r\n").slice(1);
    const rows = (id: string) => csv.filter((r) => r.startsWith(`${id},`)).map((r) => r.split(","));
    // July 1997: four centres existed, Moscow only through its earlier (MIRBIS) centre.
    const y1997 = rows("1997-07-business-manager-programme");
    expect(y1997.map((r) => r[3])).toEqual(["khabarovsk", "vladivostok", "yuzhno-sakhalinsk", "moscow"]);
    expect(y1997.map((r) => r[4])).toEqual(["network", "network", "network", "network"]);
    expect(y1997.find((r) => r[3] === "moscow")?.[5]).toBe("earlier-or-disputed");
    expect(rows("2000-10-ano-established").map((r) => r[3])).not.toContain("nizhny-novgorod");
    expect(rows("2003-06-29-memorandum-vladivostok")).toHaveLength(6);
    expect(csv.some((r) => r.split(",")[4] === "all")).toBe(false);

    const json = eventsJson();
    const e1997 = json.events.find((e) => e.id === "1997-07-business-manager-programme");
    expect(e1997).toMatchObject({
      cities: ["khabarovsk", "vladivostok", "yuzhno-sakhalinsk", "moscow"],
      scope: "network",
      statusThen: { moscow: "earlier-or-disputed", khabarovsk: "operating" },
    });
    expect(json.fields.cities).toMatch(/not all six/);
    // The same list as the timeline shows (centers.scopeOf), one rule for both.
    for (const e of json.events) {
      const source = centers.event(e.id);
      if (!source) throw new Error(e.id);
      expect(e.cities).toEqual(centers.scopeOf(source).map((s) => s.city.slug));
    }
  });

  it("carries no editor's note (issue 21)", () => {
    const text = JSON.stringify([eventsJson(), centersJson(), centersGeoJson()]) + eventsCsv();
    expect(text).not.toMatch(/editorNote|opened\[\]|treat as medium|Show 2001-01|Preferred value/);
  });

  it("quotes CSV fields that need it and defuses spreadsheet formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
  });
});
