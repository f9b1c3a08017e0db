import { beforeEach, describe, expect, it } from "vitest";
import { stateOf, stateSpan } from "@/lib/asof";
import { dataFiles } from "@/lib/data-files";
import { validateDataset } from "@/lib/schema";
import { type Centers, createCenters, KEY_EVENTS, preferredOpening } from "@/lib/server/centers";
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

describe("the data layer's lists and lookups, against data/ read directly", () => {
  const data = validateDataset(dataFiles);
  const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

  it("events, oldest first; the changelog, newest first; the records as data/ has them", () => {
    const events = centers.events();
    expect(events).toHaveLength(data.events.length);
    expect(
      events.map((e) => e.date).every((d, i, all) => i === 0 || (all[i - 1] ?? "").slice(0, 4) <= d.slice(0, 4)),
    ).toBe(true);
    expect(events[0]?.id).toBe(KEY_EVENTS.firstCentre);
    const versions = centers.changelog().map((c) => c.version);
    expect(versions).toEqual([...versions].sort().reverse());
    expect(versions).toHaveLength(data.changelog.length);
    expect(centers.conflicts().map((c) => c.id)).toEqual(data.conflicts.map((c) => c.id));
    expect(centers.allSources().map((s) => s.id)).toEqual(data.sources.map((s) => s.id));
    expect(centers.citySlugs()).toEqual(data.cities.map((c) => c.slug));
    expect(centers.event("2025-01-15-order-11r")?.date).toBe("2025-01-15");
    expect(centers.event("no-such-event")).toBeUndefined();
  });

  it("the centres by opening date, and the story's span from them", () => {
    const order = centers.citiesByOpening().map((c) => preferredOpening(c).date);
    expect(order).toEqual([...order].sort());
    expect(order).toHaveLength(data.cities.length);
    const span = centers.storySpan();
    expect(span.first).toBe(centers.keyEvent("firstCentre").date.slice(0, 4));
    expect(span.last).toBe(order.at(-1)?.slice(0, 4));
    expect(span.announced).toBe("2025");
    expect(span.first).toBe("1994");
    expect(span.last).toBe("2001");
    for (const [name, id] of Object.entries(KEY_EVENTS)) {
      expect(centers.keyEvent(name as keyof typeof KEY_EVENTS).id).toBe(id);
    }
  });

  it("the ?asof= range runs from 1 January of the first event's year to the data version", () => {
    const first = [...data.events].sort(byDate)[0]?.date ?? "";
    expect(centers.asofRange.min).toBe(`${first.slice(0, 4)}-01-01`);
    expect(centers.asofRange.max).toBe(data.meta.dataVersion);
    expect(centers.parseAsof("2000-02-30")).toMatchObject({ kind: "ignored" });
    expect(centers.parseAsof("2000-06-01")).toMatchObject({ kind: "date", date: "2000-06-01" });
    expect(centers.parseAsof("1990-01-01")).toMatchObject({ kind: "clamped", date: centers.asofRange.min });
    const dates = centers.stateDates();
    expect(dates[0]).toBe(centers.asofRange.min);
    expect(dates.every((d) => d >= centers.asofRange.min && d <= centers.asofRange.max)).toBe(true);
    expect(dates).toEqual([...new Set(dates)].sort());
    // Each centre's status changes, and each event's day, are state dates when in range.
    for (const slug of centers.citySlugs()) {
      for (const t of centers.transitions(slug)) if (t.from >= centers.asofRange.min) expect(dates).toContain(t.from);
    }
    expect(centers.stateSpan(dates[1] ?? "")).toEqual({ from: dates[1], to: expect.any(String) });
  });

  it("a centre's premises moves and incidents are its own events, never the network's", () => {
    const premises = centers.premisesForCity("moscow");
    expect(premises.length).toBeGreaterThan(0);
    expect(premises.every((e) => e.type === "premises" && e.cities !== "all" && e.cities.includes("moscow"))).toBe(
      true,
    );
    expect(centers.premisesForCity("khabarovsk")).toEqual([]);
    const incidents = centers.incidentsForCity("vladivostok");
    expect(incidents.length).toBeGreaterThan(0);
    expect(incidents.every((e) => e.cities !== "all" && (e.type === "inspection" || e.incident === true))).toBe(true);
    expect(incidents.some((e) => e.type === "premises")).toBe(false);
  });

  it("a network-wide event's scope is the centres that existed then; a centre's own event, its centres", () => {
    const memo2000 = centers.keyEvent("memorandum2000");
    const scope = centers.scopeOf(memo2000).map((s) => s.city.slug);
    expect(scope.length).toBeGreaterThan(0);
    expect(scope.length).toBeLessThanOrEqual(data.cities.length);
    for (const s of centers.scopeOf(memo2000)) expect(s.status).not.toBe("not-yet-opened");
    const own = centers.incidentsForCity("vladivostok")[0];
    if (!own || own.cities === "all") throw new Error("fixture");
    expect(centers.scopeOf(own).map((s) => s.city.slug)).toEqual(own.cities);
  });

  it("citation numbers are places in data/sources.json, from 1", () => {
    for (const [i, s] of data.sources.entries()) expect(centers.sourceNumber(s.id)).toBe(i + 1);
    expect(centers.sourceNumber("no-such-source")).toBeUndefined();
  });

  it("the overview cites MOFA's pages first, then the story's, the openings' and the timeline's sources", () => {
    const ids = centers.sourceIdsForOverview();
    expect(ids.slice(0, 2)).toEqual(["mofa-jc-2024", "mofa-jc-2011"]);
    expect(new Set(ids).size).toBe(ids.length);
    const expected = new Set([
      ...data.events.flatMap((e) => [...e.sourceIds, ...(e.alternativeDates?.flatMap((a) => a.sourceIds) ?? [])]),
      ...data.conflicts.filter((c) => c.eventIds.length > 0).flatMap((c) => c.versions.flatMap((v) => v.sourceIds)),
      ...data.cities.flatMap((c) => preferredOpening(c).sourceIds),
    ]);
    for (const id of expected) expect(ids, id).toContain(id);
    // The story's sources come before the timeline's.
    const order11r = centers.keyEvent("order11r").sourceIds[0] ?? "";
    const lastEvent = [...data.events].sort(byDate).at(-1);
    const onlyInTimeline = lastEvent?.sourceIds.find((id) => !centers.keyEvent("order11r").sourceIds.includes(id));
    if (onlyInTimeline && !ids.slice(0, ids.indexOf(order11r)).includes(onlyInTimeline)) {
      expect(ids.indexOf(order11r)).toBeLessThan(ids.indexOf(onlyInTimeline));
    }
  });

  it("a centre's panel cites its openings, address, closure, events, conflicts and coordinates", () => {
    const moscow = data.cities.find((c) => c.slug === "moscow");
    if (!moscow) throw new Error("fixture");
    const ids = centers.sourceIdsForCity("moscow");
    expect(new Set(ids).size).toBe(ids.length);
    const expected = [
      ...moscow.opened.flatMap((o) => o.sourceIds),
      ...(moscow.address?.entries.flatMap((a) => a.sourceIds) ?? []),
      ...moscow.closure.sourceIds,
      ...(moscow.closure.notes?.flatMap((n) => n.sourceIds) ?? []),
      ...centers
        .eventsForCity("moscow")
        .flatMap((e) => [...e.sourceIds, ...(e.alternativeDates?.flatMap((a) => a.sourceIds) ?? [])]),
      ...data.conflicts
        .filter((c) => c.cities.includes("moscow"))
        .flatMap((c) => c.versions.flatMap((v) => v.sourceIds)),
      ...moscow.coordinates.sourceIds,
    ];
    expect(ids).toEqual([...new Set(expected)]);
    expect(centers.sourceIdsForCity("tokyo")).toEqual([]);
  });
});
