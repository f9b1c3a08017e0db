import { describe, expect, it } from "vitest";
import { centers } from "@/lib/centers";
import type { CenterEvent, City } from "@/lib/schema";
import { predecessorsBefore, statusAt, transitionsFor } from "@/lib/status";

function city(slug: string): City {
  const c = centers.city(slug);
  if (!c) throw new Error(slug);
  return c;
}
const at = (slug: string, date: string) => statusAt(transitionsFor(city(slug)), date);

describe("statusAt on the dataset's boundaries", () => {
  it("opens on the first day a partial opening date can mean", () => {
    // Khabarovsk: November 1994.
    expect(at("khabarovsk", "1994-10-31")).toBe("not-yet-opened");
    expect(at("khabarovsk", "1994-11-01")).toBe("operating");
    // Vladivostok: April 1996.
    expect(at("vladivostok", "1996-03-31")).toBe("not-yet-opened");
    expect(at("vladivostok", "1996-04-01")).toBe("operating");
    expect(at("vladivostok", "1996-04-30")).toBe("operating");
  });

  it("uses the exact day where the source gives one", () => {
    // Yuzhno-Sakhalinsk: 5 September 1996.
    expect(at("yuzhno-sakhalinsk", "1996-09-04")).toBe("not-yet-opened");
    expect(at("yuzhno-sakhalinsk", "1996-09-05")).toBe("operating");
  });

  it("uses the preferred opening for the centres whose sources disagree", () => {
    // Moscow: January 2001 (earlier centres are predecessors), St Petersburg: March 2001.
    expect(at("moscow", "2000-12-31")).toBe("not-yet-opened");
    expect(at("moscow", "2001-01-01")).toBe("operating");
    expect(at("saint-petersburg", "2001-02-28")).toBe("not-yet-opened");
    expect(at("saint-petersburg", "2001-03-01")).toBe("operating");
    expect(at("nizhny-novgorod", "2001-09-30")).toBe("not-yet-opened");
    expect(at("nizhny-novgorod", "2001-10-01")).toBe("operating");
  });

  it("marks the memoranda as no longer applied from 15 January 2025", () => {
    for (const c of centers.cities()) {
      expect(statusAt(transitionsFor(c), "2025-01-14")).toBe("operating");
      expect(statusAt(transitionsFor(c), "2025-01-15")).toBe("memoranda-ended");
    }
  });

  it("marks the closure as announced from 10 September 2025", () => {
    for (const c of centers.cities()) {
      expect(statusAt(transitionsFor(c), "2025-09-09")).toBe("memoranda-ended");
      expect(statusAt(transitionsFor(c), "2025-09-10")).toBe("closure-announced");
      expect(statusAt(transitionsFor(c), "2026-11-28")).toBe("closure-announced");
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
    expect(transitionsFor(city("vladivostok")).map((t) => t.eventId)).toEqual([
      "1996-04-vladivostok-opening",
      "2025-01-15-order-11r",
      "2025-09-10-closure-announced",
    ]);
  });
});

describe("predecessorsBefore", () => {
  it("names Moscow's earlier centres before its preferred opening", () => {
    expect(predecessorsBefore(city("moscow"), "1994-09-30")).toEqual([]);
    expect(predecessorsBefore(city("moscow"), "1994-12-31").map((e) => e.id)).toEqual(["1994-10-moscow-mirbis"]);
    expect(predecessorsBefore(city("moscow"), "2000-06-01").map((e) => e.id)).toEqual([
      "1994-10-moscow-mirbis",
      "1995-moscow-msu-centre",
    ]);
    expect(predecessorsBefore(city("vladivostok"), "2000-01-01")).toEqual([]);
  });
});
