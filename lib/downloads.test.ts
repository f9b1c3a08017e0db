import { describe, expect, it } from "vitest";
import { centers } from "@/lib/centers";
import { CSV_COLUMNS, centersGeoJson, centersJson, csvField, eventsCsv, eventsJson } from "@/lib/downloads";

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
    const expected = eventsJson().events.reduce((n, e) => n + (e.cities === "all" ? 6 : e.cities.length), 0);
    expect(lines.length - 1).toBe(expected);
  });

  it("quotes CSV fields that need it and defuses spreadsheet formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
  });
});
