import { beforeEach, describe, expect, it } from "vitest";
import { stateOf, stateSpan } from "@/lib/asof";
import { dataFiles } from "@/lib/data-files";
import { validateDataset } from "@/lib/schema";
import { type Centers, createCenters, preferredOpening } from "@/lib/server/centers";
import { transitionAt } from "@/lib/status";

// A fresh data layer for each test, built when the test runs (not when the module loads): what
// each test sees is what createCenters does now (mutation testing changes it between runs).
let centers: Centers;
beforeEach(() => {
  centers = createCenters(validateDataset(dataFiles));
});

describe("centers", () => {
  it("finds a city by slug and nothing for an unknown one", () => {
    expect(centers.city("vladivostok")?.names.ru).toBe("Владивосток");
    expect(centers.city("tokyo")).toBeUndefined();
  });

  it("gives each city its preferred opening date", () => {
    const dates = Object.fromEntries(centers.cities().map((c) => [c.slug, preferredOpening(c).date]));
    expect(dates).toEqual({
      khabarovsk: "1994-11",
      vladivostok: "1996-04",
      "yuzhno-sakhalinsk": "1996-09-05",
      moscow: "2001-01",
      "saint-petersburg": "2001-03",
      "nizhny-novgorod": "2001-10",
    });
  });

  it("lists a city's events oldest first, including the network-wide ones", () => {
    const ids = centers.eventsForCity("vladivostok").map((e) => e.id);
    expect(ids).toContain("1996-04-vladivostok-opening");
    expect(ids).toContain("2025-01-15-order-11r");
    expect(ids).toContain("2025-09-10-closure-announced");
    expect(ids).not.toContain("1994-11-khabarovsk-opening");
    expect(ids.indexOf("1996-04-vladivostok-opening")).toBeLessThan(ids.indexOf("2025-07-30-vladivostok-inspection-1"));
    expect(ids.indexOf("2025-07-30-vladivostok-inspection-1")).toBeLessThan(
      ids.indexOf("2025-08-26-vladivostok-inspection-2"),
    );
  });

  it("lists inspections and incidents per city", () => {
    const incidents = (slug: string) => centers.incidentsForCity(slug).map((e) => e.date);
    expect(incidents("vladivostok")).toEqual(["2025-07-30", "2025-08-26"]);
    expect(incidents("yuzhno-sakhalinsk")).toEqual(["2024-09", "2025-01-22"]);
    // Moscow's move out of the MSU building is a change of premises, not an incident (issue 21).
    expect(incidents("moscow")).toEqual([]);
    expect(centers.event("2025-02-moscow-premises")?.type).toBe("premises");
    expect(incidents("khabarovsk")).toEqual([]);
    expect(incidents("saint-petersburg")).toEqual([]);
    expect(incidents("nizhny-novgorod")).toEqual([]);
  });

  it("resolves the sources for a fact, in order and without duplicates", () => {
    const s = centers.sources(["mofa-jc-2011", "mofa-jc-2024", "mofa-jc-2011", "unknown"]);
    expect(s.map((x) => x.id)).toEqual(["mofa-jc-2011", "mofa-jc-2024"]);
    expect(s[1]?.publisher).toMatch(/Ministry of Foreign Affairs of Japan/);
  });

  it("collects every source a city's panel cites", () => {
    const ids = centers.sourceIdsForCity("moscow");
    for (const id of ["mofa-jc-2024", "mofa-jc-2011", "jc-sakh-history", "sputnik-jp-2025-02-25", "geonames"]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("links the recorded conflicts to their cities and events", () => {
    expect(centers.conflictsForCity("moscow").map((c) => c.id)).toEqual([
      "moscow-opening",
      "moscow-office-2025",
      "moscow-msu-since",
    ]);
    expect(centers.conflictsForCity("saint-petersburg").map((c) => c.id)).toEqual(["saint-petersburg-opening"]);
    expect(centers.conflictsForEvent("2000-09-05-memorandum-tokyo").map((c) => c.id)).toEqual(["memorandum-2000-date"]);
  });
});

describe("a partial date is reached no earlier than the sources allow (issue 21)", () => {
  const later = (id: string, date: string) => {
    const e = centers.event(id);
    if (!e) throw new Error(id);
    return centers.reached(e) > date;
  };

  it("a move reported on 25 February 2025 is not done on the 15th, and is on the 25th", () => {
    expect(later("2025-02-moscow-premises", "2025-02-15")).toBe(true);
    expect(later("2025-02-moscow-premises", "2025-02-24")).toBe(true);
    expect(later("2025-02-moscow-premises", "2025-02-25")).toBe(false);
  });

  it("an event of 2022 (after February) is not reached until the year is out", () => {
    expect(later("2022-02-activity-narrowed", "2022-01-01")).toBe(true);
    expect(later("2022-02-activity-narrowed", "2022-06-30")).toBe(true);
    expect(later("2022-02-activity-narrowed", "2022-12-31")).toBe(false);
  });

  it("a centre opened in a month is operating from that month's last day, on the map as in the timeline", () => {
    expect(centers.statusOn("vladivostok", "1996-04-29")).toBe("not-yet-opened");
    expect(centers.statusOn("vladivostok", "1996-04-30")).toBe("operating");
    expect(later("1996-04-vladivostok-opening", "1996-04-29")).toBe(true);
    expect(later("1996-04-vladivostok-opening", "1996-04-30")).toBe(false);
    // A day-precise date is reached on its day.
    expect(centers.statusOn("yuzhno-sakhalinsk", "1996-09-04")).toBe("not-yet-opened");
    expect(centers.statusOn("yuzhno-sakhalinsk", "1996-09-05")).toBe("operating");
  });

  it("names, for a network-wide event, the centres that existed when it was certainly past", () => {
    const scope = (id: string) => {
      const e = centers.event(id);
      if (!e) throw new Error(id);
      return centers.scopeOf(e).map((c) => `${c.city.slug}:${c.status}`);
    };
    expect(scope("1997-07-business-manager-programme")).toEqual([
      "khabarovsk:operating",
      "vladivostok:operating",
      "yuzhno-sakhalinsk:operating",
      "moscow:earlier-or-disputed",
    ]);
    // St Petersburg "since 2000" is not certain until the end of 2000.
    expect(scope("2000-09-05-memorandum-tokyo")).not.toContain("saint-petersburg:earlier-or-disputed");
    expect(scope("2003-06-29-memorandum-vladivostok")).toHaveLength(6);
  });
});

describe("dated views, one page per state", () => {
  /** Everything a page shows that depends on its date: each centre's status and transition, each event dimmed or not. */
  const fingerprint = (date: string) =>
    JSON.stringify([
      centers.citySlugs().map((s) => [centers.statusOn(s, date), transitionAt(centers.transitions(s), date)?.from]),
      centers.events().map((e) => centers.reached(e) > date),
      centers.events().map((e) => centers.scopeOf(e).map((c) => c.city.slug)),
    ]);

  it("shows on every day of the range what it shows on its state's first day", () => {
    const { min, max } = centers.asofRange;
    const dates = centers.stateDates();
    let states = 0;
    for (
      let day = new Date(`${min}T00:00:00Z`);
      day.toISOString().slice(0, 10) <= max;
      day.setUTCDate(day.getUTCDate() + 1)
    ) {
      const date = day.toISOString().slice(0, 10);
      const state = stateOf(date, dates);
      if (state === date) states++;
      expect(fingerprint(date), date).toBe(fingerprint(state));
      const span = stateSpan(state, dates, max);
      expect(date >= span.from && date <= span.to, date).toBe(true);
    }
    expect(states).toBe(dates.length);
  });

  it("has no state date that changes nothing (each is the first day of a different page)", () => {
    const dates = centers.stateDates();
    for (let i = 1; i < dates.length; i++) {
      expect(fingerprint(dates[i] as string), dates[i]).not.toBe(fingerprint(dates[i - 1] as string));
    }
  });
});
