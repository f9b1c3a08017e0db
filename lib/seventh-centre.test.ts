import { describe, expect, it } from "vitest";
import { createContract, LANGUAGES, SLUGS } from "@/lib/contract";
import { dataFiles } from "@/lib/data-files";
import { type DatasetTranslation, englishTranslation, localizeDataset, TranslationError } from "@/lib/dataset-l10n";
import { centreFrame, overviewFrame, project, scaleSteps } from "@/lib/map-frame";
import { placementTable } from "@/lib/map-labels";
import { validateDataset } from "@/lib/schema";
import { createCenters } from "@/lib/server/centers";
import datasetJa from "@/messages/dataset.ja.json";

// A centre is data (issue 24): a seventh record in a copy of data/cities.json, and nothing else
// edited, is accepted by the data layer, the URL contract and the drawn map's placement. The
// record is a test fixture, not a fact: "Testville" is no place, and its date and coordinates
// are made up for the test (they are never shown).

const SEVENTH = "testville";

function withSeventh() {
  const d = structuredClone(dataFiles);
  const model = d["cities.json"].find((c) => c.slug === "vladivostok");
  // The copy's slug is one the generated contract does not know: a string, as in a new record.
  type Loose = Omit<typeof model & object, "slug"> & { slug: string };
  if (!model) throw new Error("fixture: no Vladivostok to copy the record's shape from");
  const city: Loose = { ...structuredClone(model), slug: SEVENTH };
  city.names = { en: "Testville", ru: "Тествиль", ja: "テストヴィル" };
  city.centreName = { en: "Testville Japan Center", ja: "テストヴィル日本センター", ru: "Японский центр в Тествиле" };
  city.coordinates = { ...city.coordinates, lat: 56.8, lon: 60.6 };
  return { ...d, "cities.json": [...d["cities.json"], city] as (typeof d)["cities.json"] };
}

/** A translation file with the seventh centre's text: the Japanese one, plus its entry. */
function japaneseWithSeventh(data: ReturnType<typeof validateDataset>): DatasetTranslation {
  const tr = structuredClone(datasetJa) as unknown as DatasetTranslation;
  const english = englishTranslation(data).cities[SEVENTH];
  if (!english) throw new Error("fixture: no English for the seventh centre");
  const { name: _name, centreName: _centreName, ...prose } = english;
  tr.cities[SEVENTH] = prose;
  return tr;
}

describe("a seventh centre is a record in data/", () => {
  const data = validateDataset(withSeventh());

  it("the data layer validates it and counts seven", () => {
    const centers = createCenters(data);
    expect(centers.cities()).toHaveLength(SLUGS.length + 1);
    expect(centers.city(SEVENTH)?.names.en).toBe("Testville");
    // Network-wide events reach it as they reach the six: it has a status history of its own.
    expect(centers.transitions(SEVENTH).length).toBeGreaterThan(0);
  });

  it("a language's translation file must give its text, naming each key, and then localizes it", () => {
    const tr = structuredClone(datasetJa) as unknown as DatasetTranslation;
    expect(() => localizeDataset(data, tr, "messages/dataset.ja.json", "ja")).toThrow(TranslationError);
    expect(() => localizeDataset(data, tr, "messages/dataset.ja.json", "ja")).toThrow(
      /cities\.testville\.closure: missing/,
    );
    const localized = localizeDataset(data, japaneseWithSeventh(data), "messages/dataset.ja.json", "ja");
    expect(localized.cities.find((c) => (c.slug as string) === SEVENTH)?.names.ja).toBe("テストヴィル");
  });

  it("the URL contract gives it every address the six have", () => {
    const contract = createContract({ languages: LANGUAGES, slugs: [...SLUGS, SEVENTH], defaultLocale: "en" });
    expect(contract.route("/ja/centers/testville")).toMatchObject({ kind: "page", internal: "/ja/centers/testville" });
    expect(contract.route("/embed/testville")).toMatchObject({ kind: "page", internal: "/en/embed/testville" });
    expect(contract.parseImage("/ru/images/testville.png")).toMatchObject({ kind: "image", slug: SEVENTH });
    expect(contract.allViews().filter((v) => v.slug === SEVENTH)).toHaveLength(Object.keys(LANGUAGES).length * 2);
    expect(contract.ogImages()).toContain("/og/testville.ja.png");
    expect(contract.staticSegments(false)).toContainEqual({ locale: "en", view: ["centers", SEVENTH] });
  });

  it("the drawn map frames it and places its label with the others', at every scale", () => {
    const points = data.cities.map((c) => ({
      slug: c.slug,
      lon: c.coordinates.lon,
      lat: c.coordinates.lat,
      width: 90,
    }));
    const seventh = points.find((p) => (p.slug as string) === SEVENTH);
    if (!seventh) throw new Error("fixture");
    const inside = (box: { x0: number; y0: number; x1: number; y1: number }, lon: number, lat: number) => {
      const [x, y] = project(lon, lat);
      return x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
    };
    const overview = overviewFrame(points);
    for (const p of points) expect(inside(overview, p.lon, p.lat), p.slug).toBe(true);
    const own = centreFrame(seventh, points);
    expect(inside(own, seventh.lon, seventh.lat)).toBe(true);
    for (const [key, frame] of [
      ["overview", overview],
      [SEVENTH, own],
    ] as const) {
      const table = placementTable(`test-${key}`, frame, points);
      expect(table).toHaveLength(scaleSteps(frame).length);
      for (const step of table) expect(Object.keys(step.placements)).toContain(SEVENTH);
    }
  });
});
