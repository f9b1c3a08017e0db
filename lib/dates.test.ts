import { describe, expect, it } from "vitest";
import { comparePartialDates, formatLeadingDate, formatPartialDate, reachedOn, startOf } from "@/lib/dates";
import { isPartialDate, parsePartialDate } from "@/lib/partial-date";

describe("parsePartialDate", () => {
  it("accepts the three precisions", () => {
    expect(parsePartialDate("1994")).toEqual({ year: 1994, precision: "year" });
    expect(parsePartialDate("1996-04")).toEqual({
      year: 1996,
      month: 4,
      precision: "month",
    });
    expect(parsePartialDate("1996-09-05")).toEqual({
      year: 1996,
      month: 9,
      day: 5,
      precision: "day",
    });
  });

  it.each([
    "",
    "96",
    "1996-4",
    "1996-13",
    "1996-00",
    "2025-02-29",
    "2025-04-31",
    "1996-09-05T00:00",
    " 1996",
    "1996/04",
  ])("rejects %j", (value) => {
    expect(parsePartialDate(value)).toBeNull();
    expect(isPartialDate(value)).toBe(false);
  });

  it("knows leap years", () => {
    expect(isPartialDate("2024-02-29")).toBe(true);
  });
});

describe("formatPartialDate", () => {
  it("keeps the source's precision", () => {
    expect(formatPartialDate("1994")).toBe("1994");
    expect(formatPartialDate("1996-04")).toBe("April 1996");
    expect(formatPartialDate("1996-09-05")).toBe("5 September 1996");
  });

  it("does not shift dates across time zones", () => {
    expect(formatPartialDate("2025-01-01")).toBe("1 January 2025");
    expect(formatPartialDate("2025-12-31")).toBe("31 December 2025");
  });

  it("throws on a malformed date rather than printing nonsense", () => {
    expect(() => formatPartialDate("1996-13")).toThrow(/YYYY/);
  });
});

describe("ordering", () => {
  it("sorts by the first day a date can mean, coarser first", () => {
    const sorted = ["2025-01-15", "2025", "1996-04", "2025-01", "1994-11"].sort(comparePartialDates);
    expect(sorted).toEqual(["1994-11", "1996-04", "2025", "2025-01", "2025-01-15"]);
    expect(startOf("1996-04")).toBe("1996-04-01");
  });
});

describe("formatLeadingDate", () => {
  it("formats a leading partial date and keeps the rest", () => {
    expect(formatLeadingDate("2000-09-05")).toBe("5 September 2000");
    expect(formatLeadingDate("1994-10 (MIRBIS predecessor centre)")).toBe("October 1994 (MIRBIS predecessor centre)");
    expect(formatLeadingDate("2000-09 (month only)")).toBe("September 2000 (month only)");
    expect(formatLeadingDate("1995 (Lomonosov MSU Japan Center)")).toBe("1995 (Lomonosov MSU Japan Center)");
  });

  it("leaves other text alone", () => {
    expect(formatLeadingDate("Moskovskaya St. 7 earlier")).toBe("Moskovskaya St. 7 earlier");
    expect(formatLeadingDate("2000-13 nonsense")).toBe("2000-13 nonsense");
    expect(formatLeadingDate("20001")).toBe("20001");
  });

  it("never doubles a unit when the text already writes the date in words", () => {
    // These came out as 「2025年年1月22日」, 「2025年年2月までに」 and 「2000年年と2003年」.
    expect(formatLeadingDate("2025年1月22日から罰金が確定", "ja-JP")).toBe("2025年1月22日から罰金が確定");
    expect(formatLeadingDate("2025年2月までに退去", "ja-JP")).toBe("2025年2月までに退去");
    expect(formatLeadingDate("2000年と2003年の覚書", "ja-JP")).toBe("2000年と2003年の覚書");
    expect(formatLeadingDate("2000 г. и 2003 г.", "ru-RU")).toBe("2000 г. и 2003 г.");
    expect(formatLeadingDate("2000-2003 memoranda")).toBe("2000-2003 memoranda");
  });

  it("formats a leading date before a full-width bracket", () => {
    expect(formatLeadingDate("1994-10（MIRBISの前身センター）", "ja-JP")).toBe("1994年10月（MIRBISの前身センター）");
    expect(formatLeadingDate("2000-09", "ja-JP")).toBe("2000年9月");
  });
});

describe("reachedOn: the one rule for partial dates (issue 21)", () => {
  it("is the last day the date can mean", () => {
    expect(reachedOn("1996-04")).toBe("1996-04-30");
    expect(reachedOn("2000-02")).toBe("2000-02-29");
    expect(reachedOn("2022")).toBe("2022-12-31");
    expect(reachedOn("1996-09-05")).toBe("1996-09-05");
  });

  it("or the day a source reported it, when that is inside the period and earlier", () => {
    expect(reachedOn("2025-02", ["2025-02-25"])).toBe("2025-02-25");
    expect(reachedOn("2025-02", ["2025-03-01", "2025-02-25", "2025-02-27"])).toBe("2025-02-25");
    // A source dated only to a month, or undated, or from another period, gives no bound.
    expect(reachedOn("2025-02", ["2025-02", null, undefined])).toBe("2025-02-28");
    expect(reachedOn("2025-02", ["2025-01-31"])).toBe("2025-02-28");
    expect(reachedOn("2022", ["2025-01-20"])).toBe("2022-12-31");
  });
});
