import { describe, expect, it } from "vitest";
import type { CenterEvent, City } from "@/lib/schema";
import { centers } from "@/lib/server/centers";
import { earlierOpenings, statusAt, transitionsFor } from "@/lib/status";

function city(slug: string): City {
  const c = centers.city(slug);
  if (!c) throw new Error(slug);
  return c;
}
const at = (slug: string, date: string) => statusAt(transitionsFor(city(slug), centers.events()), date);

describe("statusAt on the dataset's boundaries", () => {
  it("opens on the last day a partial opening date can mean (reachedOn, issue 21)", () => {
    // Khabarovsk: November 1994.
    expect(at("khabarovsk", "1994-11-01")).toBe("not-yet-opened");
    expect(at("khabarovsk", "1994-11-29")).toBe("not-yet-opened");
    expect(at("khabarovsk", "1994-11-30")).toBe("operating");
    // Vladivostok: April 1996.
    expect(at("vladivostok", "1996-04-01")).toBe("not-yet-opened");
    expect(at("vladivostok", "1996-04-29")).toBe("not-yet-opened");
    expect(at("vladivostok", "1996-04-30")).toBe("operating");
  });

  it("uses the exact day where the source gives one", () => {
    // Yuzhno-Sakhalinsk: 5 September 1996.
    expect(at("yuzhno-sakhalinsk", "1996-09-04")).toBe("not-yet-opened");
    expect(at("yuzhno-sakhalinsk", "1996-09-05")).toBe("operating");
  });

  it("uses the preferred opening for the centres whose sources disagree", () => {
    // Moscow: January 2001, St Petersburg: March 2001.
    expect(at("moscow", "2001-01-30")).toBe("earlier-or-disputed");
    expect(at("moscow", "2001-01-31")).toBe("operating");
    expect(at("saint-petersburg", "2001-03-30")).toBe("earlier-or-disputed");
    expect(at("saint-petersburg", "2001-03-31")).toBe("operating");
    expect(at("nizhny-novgorod", "2001-10-30")).toBe("not-yet-opened");
    expect(at("nizhny-novgorod", "2001-10-31")).toBe("operating");
  });

  it("marks the memoranda as no longer applied from 15 January 2025", () => {
    for (const c of centers.cities()) {
      expect(statusAt(transitionsFor(c, centers.events()), "2025-01-14")).toBe("operating");
      expect(statusAt(transitionsFor(c, centers.events()), "2025-01-15")).toBe("memoranda-ended");
    }
  });

  it("marks the closure as announced from 10 September 2025", () => {
    for (const c of centers.cities()) {
      expect(statusAt(transitionsFor(c, centers.events()), "2025-09-09")).toBe("memoranda-ended");
      expect(statusAt(transitionsFor(c, centers.events()), "2025-09-10")).toBe("closure-announced");
      expect(statusAt(transitionsFor(c, centers.events()), "2026-11-28")).toBe("closure-announced");
    }
  });

  it("ignores context events and events of other centres", () => {
    const extra: CenterEvent[] = [
      ...centers.events(),
      {
        id: "fake-context",
        date: "2020-01-01",
        type: "announcement",
        cities: ["vladivostok"],
        context: true,
        summary: "x",
        sourceIds: ["geonames"],
        confidence: "secondary",
      },
      {
        id: "fake-other-city",
        date: "2020-01-01",
        type: "suspension",
        cities: ["moscow"],
        summary: "x",
        sourceIds: ["geonames"],
        confidence: "secondary",
      },
    ];
    expect(statusAt(transitionsFor(city("vladivostok"), extra), "2020-06-01")).toBe("operating");
    expect(statusAt(transitionsFor(city("moscow"), extra), "2020-06-01")).toBe("memoranda-ended");
  });

  it("links each transition to the event it comes from", () => {
    expect(transitionsFor(city("vladivostok"), centers.events()).map((t) => t.eventId)).toEqual([
      "1996-04-vladivostok-opening",
      "2025-01-15-order-11r",
      "2025-09-10-closure-announced",
    ]);
  });
});

describe("a centre that operated before its preferred opening date", () => {
  it("Moscow: an earlier centre from October 1994 (MIRBIS), not 'not yet opened'", () => {
    expect(at("moscow", "1994-10-30")).toBe("not-yet-opened");
    expect(at("moscow", "1994-10-31")).toBe("earlier-or-disputed");
    expect(at("moscow", "1999-06-01")).toBe("earlier-or-disputed");
    expect(at("moscow", "2000-12-31")).toBe("earlier-or-disputed");
    const period = transitionsFor(city("moscow"), centers.events())[0];
    expect(period).toMatchObject({ status: "earlier-or-disputed", date: "1994-10", basis: "earlier-centre" });
    // Its sources: MOFA 2011 (MIRBIS) and the ANO history page (MSU, 1995).
    expect(period?.sourceIds).toEqual(["mofa-jc-2011", "jc-sakh-history"]);
  });

  it("St Petersburg: this centre by other sources' date (2000), before MOFA's March 2001", () => {
    // "Since 2000" is certain only once 2000 is out.
    expect(at("saint-petersburg", "2000-06-01")).toBe("not-yet-opened");
    expect(at("saint-petersburg", "2000-12-30")).toBe("not-yet-opened");
    expect(at("saint-petersburg", "2000-12-31")).toBe("earlier-or-disputed");
    expect(at("saint-petersburg", "2001-02-28")).toBe("earlier-or-disputed");
    expect(transitionsFor(city("saint-petersburg"), centers.events())[0]).toMatchObject({
      basis: "earlier-date",
      sourceIds: ["jc-sakh-history", "kvs-spb-2019"],
    });
  });

  it("does not count a building or a coarser date that agrees with the preferred one", () => {
    // Moscow's "2000-12" is the building's completion; Sakhalin's "1996" and "1996-09" agree
    // with 5 September 1996; Khabarovsk's "1994" with November 1994.
    expect(earlierOpenings(city("moscow")).map((o) => o.date)).toEqual(["1994-10", "1995"]);
    expect(earlierOpenings(city("yuzhno-sakhalinsk"))).toEqual([]);
    expect(earlierOpenings(city("khabarovsk"))).toEqual([]);
    expect(earlierOpenings(city("vladivostok"))).toEqual([]);
    expect(earlierOpenings(city("nizhny-novgorod"))).toEqual([]);
    expect(at("yuzhno-sakhalinsk", "1996-06-01")).toBe("not-yet-opened");
    expect(at("khabarovsk", "1994-06-01")).toBe("not-yet-opened");
  });
});
