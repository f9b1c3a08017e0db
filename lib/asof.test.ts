import { describe, expect, it } from "vitest";
import { asofParam, dateForMonthIndex, monthIndex, parseAsof } from "@/lib/asof";

const range = { min: "1994-01-01", max: "2026-11-28" };

describe("parseAsof", () => {
  it("is the latest state without a value", () => {
    expect(parseAsof(undefined, range)).toEqual({ kind: "latest", date: "2026-11-28" });
    expect(parseAsof("", range)).toEqual({ kind: "latest", date: "2026-11-28" });
    expect(parseAsof(null, range)).toEqual({ kind: "latest", date: "2026-11-28" });
  });

  it("accepts a real date in range", () => {
    expect(parseAsof("2025-06-01", range)).toEqual({ kind: "date", date: "2025-06-01" });
    expect(parseAsof(" 2025-06-01 ", range)).toEqual({ kind: "date", date: "2025-06-01" });
  });

  it("takes the first of repeated values", () => {
    expect(parseAsof(["1995-01-01", "2025-01-01"], range)).toEqual({ kind: "date", date: "1995-01-01" });
  });

  it("clamps dates outside the range", () => {
    expect(parseAsof("1900-01-01", range)).toEqual({ kind: "clamped", date: "1994-01-01", requested: "1900-01-01" });
    expect(parseAsof("2099-12-31", range)).toEqual({ kind: "clamped", date: "2026-11-28", requested: "2099-12-31" });
  });

  it.each([
    "2025",
    "2025-06",
    "2025-02-30",
    "2025-13-01",
    "25-06-01",
    "2025/06/01",
    "01.06.2025",
    "2025-06-01T00:00:00Z",
    "<script>alert(1)</script>",
    "yesterday",
    "0000-00-00",
    "２０２５-０６-０１",
  ])("ignores malformed %j", (value) => {
    const asof = parseAsof(value, range);
    expect(asof.kind).toBe("ignored");
    expect(asof.date).toBe("2026-11-28");
  });

  it("keeps at most 40 characters of an ignored value for the message", () => {
    const asof = parseAsof("x".repeat(5000), range);
    expect(asof.kind === "ignored" && asof.requested.length).toBe(40);
  });
});

describe("asofParam", () => {
  it("gives the date a link carries: the date shown, or none for the latest state", () => {
    expect(asofParam({ kind: "date", date: "2025-06-01" })).toBe("2025-06-01");
    expect(asofParam({ kind: "clamped", date: "1994-01-01", requested: "1900-01-01" })).toBe("1994-01-01");
    expect(asofParam({ kind: "latest", date: "2026-11-28" })).toBeNull();
    expect(asofParam({ kind: "ignored", date: "2026-11-28", requested: "x" })).toBeNull();
  });
});

describe("slider months", () => {
  it("maps months to their last day, within the range", () => {
    expect(monthIndex("1994-01-01", range)).toBe(0);
    expect(monthIndex("1995-01-15", range)).toBe(12);
    expect(dateForMonthIndex(0, range)).toBe("1994-01-31");
    expect(dateForMonthIndex(13, range)).toBe("1995-02-28");
    expect(dateForMonthIndex(monthIndex("1996-02-10", range), range)).toBe("1996-02-29");
    // The last month stops at the data version, not at the month's end.
    expect(dateForMonthIndex(monthIndex("2026-11-28", range), range)).toBe("2026-11-28");
    expect(dateForMonthIndex(10_000, range)).toBe("2026-11-28");
    expect(dateForMonthIndex(-5, range)).toBe("1994-01-31");
  });
});
