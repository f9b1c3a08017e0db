import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asofParam, parseAsof } from "@/lib/asof";
import { firstPaintScript, laterAttrs, stateAttrs, stateCss, stateIndex, statusPeriods } from "@/lib/date-state";
import { centersFor } from "@/lib/server/centers";
import { statusAt } from "@/lib/status";

const centers = centersFor("en");
const dates = centers.stateDates();
const range = centers.asofRange;
const config = { dates, min: range.min, max: range.max };

/** Which of the variant attributes `stateCss(k)` hides and dims (read back from the CSS it writes). */
const cssCache = new Map<number, ReturnType<typeof readCss>>();
function cssOf(k: number) {
  let css = cssCache.get(k);
  if (!css) {
    css = readCss(k);
    cssCache.set(k, css);
  }
  return css;
}
function readCss(k: number) {
  const css = stateCss(k, dates.length);
  const [hideRule = "", ...rest] = css.split("}");
  const dimRule = rest[0] ?? "";
  const pick = (rule: string, attr: string) =>
    new Set([...rule.matchAll(new RegExp(`\\[${attr}="(\\d+)"\\](?!\\s)`, "g"))].map((m) => m[1]));
  return {
    hiddenSince: pick(hideRule, "data-since"),
    hiddenUntil: pick(hideRule, "data-until"),
    dimmed: pick(dimRule, "data-dim-until"),
  };
}

/** Whether a variant with these attributes shows in state k (as the browser applies the rule). */
function shows(attrs: Record<string, string | undefined>, k: number): boolean {
  const { hiddenSince, hiddenUntil } = cssOf(k);
  return !hiddenSince.has(attrs["data-since"]) && !hiddenUntil.has(attrs["data-until"]);
}

/** Every day from the range's start to its end, one in `step`. */
function days(step: number): string[] {
  const out: string[] = [];
  for (let d = new Date(`${range.min}T00:00:00Z`); d.toISOString().slice(0, 10) <= range.max; ) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + step);
  }
  return out;
}

describe("the date shown in the browser", () => {
  it("shows, on every day, exactly the status each centre had then", () => {
    const cities = centers.cities().map((city) => {
      const transitions = centers.transitions(city.slug);
      return { slug: city.slug, transitions, periods: statusPeriods(transitions, dates) };
    });
    for (const day of [...days(2), ...dates, range.max]) {
      const k = stateIndex(day, dates);
      for (const { slug, transitions, periods } of cities) {
        const shown = periods.filter((p) => shows(p.attrs, k)).map((p) => p.transition?.status ?? "not-yet-opened");
        if (shown.length !== 1 || shown[0] !== statusAt(transitions, day)) {
          expect.fail(`${slug} on ${day}: shows ${shown.join(", ")}, had ${statusAt(transitions, day)}`);
        }
      }
    }
  }, 30_000);

  it("dims and marks, on every day, exactly the events not yet reached", () => {
    const events = centers
      .events()
      .map((e) => ({ e, reached: centers.reached(e), later: laterAttrs(centers.reached(e), dates) }));
    for (const day of [...days(2), ...dates]) {
      const k = stateIndex(day, dates);
      const { dimmed } = cssOf(k);
      for (const { e, reached, later } of events) {
        const dim = later !== null && dimmed.has((later.dim as Record<string, string>)["data-dim-until"]);
        const tag = later !== null && shows(later.tag as Record<string, string>, k);
        if (dim !== reached > day || tag !== reached > day) {
          expect.fail(`${e.id} on ${day} (reached ${reached}): dimmed ${dim}, marked ${tag}`);
        }
      }
    }
  }, 30_000);

  it("shows one notice per state: the state's own (stateAttrs as components/panel/asof-notice.tsx uses them)", () => {
    for (let k = 0; k < dates.length; k++) {
      const shown = dates.map((_, i) => stateAttrs(i, i + 1 < dates.length ? i + 1 : null)).filter((a) => shows(a, k));
      expect(shown).toEqual([stateAttrs(k, k + 1 < dates.length ? k + 1 : null)]);
    }
  });

  it("needs no rule for the latest state beyond app/globals.css (which hides [data-until])", () => {
    const last = dates.length - 1;
    const { hiddenSince, hiddenUntil, dimmed } = cssOf(last);
    expect(hiddenSince.size).toBe(0);
    expect(dimmed.size).toBe(0);
    // Every data-until value there is, hidden: exactly what the static rule does.
    expect(hiddenUntil.size).toBe(last);
  });
});

/** Runs the page's first script at a query; returns the <html> attributes and the rule it wrote. */
function firstPaint(search: string) {
  const attrs: Record<string, string> = {};
  let style: { id?: string; textContent?: string } | null = null;
  const document = {
    documentElement: {
      setAttribute: (k: string, v: string) => {
        attrs[k] = v;
      },
      removeAttribute: (k: string) => {
        delete attrs[k];
      },
    },
    getElementById: () => style,
    createElement: () => ({}),
    head: {
      appendChild: (e: { textContent?: string }) => {
        style = e;
      },
    },
  };
  runInNewContext(firstPaintScript(config), { document, location: { search }, URLSearchParams });
  return { attrs, css: (style as { textContent?: string } | null)?.textContent ?? "" };
}

describe("the page's first script", () => {
  it("reads ?asof= as the server reads it and writes the state's rule", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .date({ min: new Date("1000-01-01"), max: new Date("9999-12-31"), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
          fc.string(),
          fc.constantFrom(" 1999-06-01 ", "1999-02-29", "2000-02-29", "2025-13-01", "", "0000-01-01"),
        ),
        (value) => {
          const { attrs, css } = firstPaint(`?${new URLSearchParams({ asof: value })}`);
          const asof = parseAsof(value, range);
          const shown = asofParam(asof);
          expect(attrs["data-asof"] ?? null, value).toBe(shown);
          expect(attrs["data-asof-kind"] ?? "latest", value).toBe(asof.kind);
          expect(css, value).toBe(shown ? stateCss(stateIndex(shown, dates), dates.length) : "");
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it("takes the first of repeated values and leaves a page without a date to the stylesheet", () => {
    expect(firstPaint("?asof=1999-06-01&asof=2025-01-01").attrs["data-asof"]).toBe("1999-06-01");
    expect(firstPaint("")).toEqual({ attrs: {}, css: "" });
    expect(firstPaint("?theme=dark")).toEqual({ attrs: {}, css: "" });
  });

  it("is self-contained (it runs with nothing but the browser's globals)", () => {
    expect(() => runInNewContext(firstPaintScript(config), {})).not.toThrow();
    expect(firstPaintScript(config)).not.toMatch(/require\(|import\(|__webpack|_jsx/);
  });
});
