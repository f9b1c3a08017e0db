// The date a map page shows, applied in the browser (docs/decisions/012-date-in-the-browser.md).
//
// A map page is prerendered once, for the latest state. Everything on it that depends on the date
// is rendered for every state it can be in, each variant marked with the states it belongs to:
// `data-since="i"` (shown from state i on) and `data-until="j"` (hidden from state j on), where a
// state is an index into the dataset's state dates (lib/server/centers.ts `stateDates`). Events that are
// still to come on a date are marked `data-dim-until="j"` (dimmed before state j).
//
// One stylesheet rule chooses the state: `stateCss`. Without a date (and without JavaScript),
// app/globals.css shows the latest state. With `?asof=`, `showDate` (written once here, run both
// as the page's first inline script, before anything dated is parsed, and by the date control on
// every change) reads the date as the server reads it (lib/asof.ts `parseAsof` calls `readDate`),
// marks <html> with it and writes the rule. React never renders another state: moving the date
// changes one stylesheet, and nothing is fetched.
//
// The functions that run in the page are serialised with Function#toString, so each is
// self-contained: no imports, no reference to anything outside its own body but its arguments and
// browser globals (a minifier may rename module-level names), and no syntax newer than the
// browsers we support. The attributes they write on <html> are the `asof` and `asofKind` flags of
// lib/page-state.ts, passed in by name (`DATE_FLAGS`).

import { type FlagValue, flagAttr } from "@/lib/page-state";

/** What the page's first script needs: the state dates (oldest first, the range's start first) and the range. */
export type DateConfig = { dates: readonly string[]; min: string; max: string };

/** `?asof=` as the data can show it: none, a date, one moved into the range, or not a date (ignored). */
export type DateReading = { kind: "latest" | FlagValue<"asofKind">; date: string };

/**
 * Reads a requested date: a real YYYY-MM-DD day (trimmed), clamped to [min, max]; anything else is
 * ignored and the latest state is shown.
 */
export function readDate(raw: string | null | undefined, min: string, max: string): DateReading {
  if (raw === null || raw === undefined || raw === "") return { kind: "latest", date: max };
  const v = raw.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return { kind: "ignored", date: max };
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  if (y < 1 || days === undefined || d < 1 || d > days) return { kind: "ignored", date: max };
  if (v < min) return { kind: "clamped", date: min };
  if (v > max) return { kind: "clamped", date: max };
  return { kind: "date", date: v };
}

/** The state a date falls in: the index of the last state date on or before it (0 before the first). */
export function stateIndex(date: string, dates: readonly string[]): number {
  let k = 0;
  for (let i = 0; i < dates.length; i++) if ((dates[i] as string) <= date) k = i;
  return k;
}

/**
 * The stylesheet that shows state `k` of `n`: hides the variants of other states and dims the
 * events still to come. (The latest state needs none: app/globals.css hides `[data-until]` while
 * <html> has no `data-asof`, the `asof` flag.)
 */
export function stateCss(k: number, n: number): string {
  const hide: string[] = [];
  const dim: string[] = [];
  for (let i = 1; i < n; i++) {
    if (i > k) {
      hide.push(`[data-since="${i}"]`);
      dim.push(`[data-dim-until="${i}"]`);
    } else hide.push(`[data-until="${i}"]`);
  }
  let css = hide.length ? `${hide.join(",")}{display:none!important}` : "";
  if (dim.length) {
    css += `${dim.join(",")}{color:var(--jcm-muted);font-style:italic}`;
    css += `${dim.map((s) => `${s} [data-dot]`).join(",")}{background-color:#cad5e2}`;
  }
  return css;
}

/** The functions `showDate` calls, passed in (so that the page's script can be serialised). */
export type DateHelpers = { readDate: typeof readDate; stateIndex: typeof stateIndex; stateCss: typeof stateCss };

/** The attributes `showDate` writes on <html>, passed in by name (lib/page-state.ts `asof`, `asofKind`). */
export type DateFlags = { date: string; kind: string };

/**
 * Shows the date a query asks for (`?asof=`): marks <html> with the `asof` flag (the date shown,
 * when it is not the latest state) and the `asofKind` flag (`DateReading`'s kind, absent for the
 * latest), and writes the state's stylesheet. Returns the reading.
 */
export function showDate(c: DateConfig, search: string, h: DateHelpers, f: DateFlags): DateReading {
  const root = document.documentElement;
  const r = h.readDate(new URLSearchParams(search).get("asof"), c.min, c.max);
  const dated = r.kind === "date" || r.kind === "clamped";
  if (dated) root.setAttribute(f.date, r.date);
  else root.removeAttribute(f.date);
  if (r.kind === "latest") root.removeAttribute(f.kind);
  else root.setAttribute(f.kind, r.kind);
  let style = document.getElementById("jcm-date");
  if (!style) {
    style = document.createElement("style");
    style.id = "jcm-date";
    document.head.appendChild(style);
  }
  style.textContent = dated ? h.stateCss(h.stateIndex(r.date, c.dates), c.dates.length) : "";
  return r;
}

export const DATE_HELPERS: DateHelpers = { readDate, stateIndex, stateCss };

export const DATE_FLAGS: DateFlags = { date: flagAttr("asof"), kind: flagAttr("asofKind") };

/**
 * The map pages' first script (app/[locale]/(map)/layout.tsx, app/[locale]/embed/layout.tsx): the
 * date in the address, shown before anything dated is parsed. A fixed string for one dataset,
 * allowed by its hash (scripts/csp-hashes.mjs).
 */
export function firstPaintScript(config: DateConfig): string {
  const helpers = `{readDate:${readDate},stateIndex:${stateIndex},stateCss:${stateCss}}`;
  return `try{(${showDate})(${JSON.stringify(config)},location.search,${helpers},${JSON.stringify(DATE_FLAGS)})}catch(e){}`;
}

/** A variant's states, as attributes: shown from state `since` until state `until` (null: to the end). */
export function stateAttrs(since: number, until: number | null): { "data-since"?: string; "data-until"?: string } {
  return {
    ...(since > 0 ? { "data-since": String(since) } : {}),
    ...(until !== null ? { "data-until": String(until) } : {}),
  };
}

/**
 * A centre's statuses over time, one per transition (and "not yet opened" before the first), each
 * with the states it is shown in. Transitions are state dates (lib/server/centers.ts `stateDates`).
 */
export function statusPeriods<T extends { from: string }>(
  transitions: readonly T[],
  dates: readonly string[],
): { transition: T | undefined; attrs: ReturnType<typeof stateAttrs> }[] {
  const starts = transitions.map((t) => (t.from <= (dates[0] ?? "") ? 0 : stateIndexExact(t.from, dates)));
  const periods: { transition: T | undefined; attrs: ReturnType<typeof stateAttrs> }[] = [];
  const first = starts[0] ?? null;
  if (first === null || first > 0) periods.push({ transition: undefined, attrs: stateAttrs(0, first) });
  transitions.forEach((t, i) => {
    const since = starts[i] as number;
    const until = starts[i + 1] ?? null;
    if (until === null || until > since) periods.push({ transition: t, attrs: stateAttrs(since, until) });
  });
  return periods;
}

/** The states in which an event is still to come: dimmed (and marked) before the state it is reached in. */
export function laterAttrs(reached: string, dates: readonly string[]): { dim: object; tag: object } | null {
  if (reached <= (dates[0] ?? "")) return null;
  const until = stateIndexExact(reached, dates);
  return { dim: { "data-dim-until": String(until) }, tag: { "data-until": String(until) } };
}

/** The index of a date that must be a state date (a data error otherwise: the states would be wrong). */
function stateIndexExact(date: string, dates: readonly string[]): number {
  const i = dates.indexOf(date);
  if (i < 0) throw new Error(`lib/date-state.ts: ${date} is not a state date (lib/server/centers.ts stateDates)`);
  return i;
}
