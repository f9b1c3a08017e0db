import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import { earlyScriptSource } from "@/lib/browser/early-script";
import { THEME_SCRIPT } from "@/lib/browser/theme";
import { firstPaintScript } from "@/lib/date-state";
import {
  EVENTS,
  type EventDetail,
  FLAGS,
  type FlagName,
  type FlagValue,
  flagAttr,
  type Intent,
  isFlagValue,
} from "@/lib/page-state";
import { filesUnder } from "@/scripts/lib/files";

type PageState = typeof import("@/lib/page-state");

/** A stand-in for the browser's document: <html> with its attributes, and `document` as an event target. */
function fakeDocument() {
  const attrs = new Map<string, string>();
  const documentElement = {
    getAttribute: (k: string) => attrs.get(k) ?? null,
    setAttribute: (k: string, v: string) => void attrs.set(k, String(v)),
    removeAttribute: (k: string) => void attrs.delete(k),
  };
  return { doc: Object.assign(new EventTarget(), { documentElement }), attrs };
}

/** A fresh copy of the module (its listeners, held events and opener start empty) over a fresh document. */
async function fresh(): Promise<{ m: PageState; attrs: Map<string, string>; doc: EventTarget }> {
  const { doc, attrs } = fakeDocument();
  vi.stubGlobal("document", doc);
  vi.resetModules();
  return { m: await import("@/lib/page-state"), attrs, doc };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the flags on <html>", () => {
  it("each has its own data-* attribute and at least one value", () => {
    const attrs = Object.values(FLAGS).map((f) => f.attr);
    expect(new Set(attrs).size).toBe(attrs.length);
    for (const [name, flag] of Object.entries(FLAGS)) {
      expect(flag.attr, name).toMatch(/^data-[a-z]+(-[a-z]+)*$/);
      if (Array.isArray(flag.values)) expect(flag.values.length, name).toBeGreaterThan(0);
      expect(flagAttr(name as FlagName)).toBe(flag.attr);
    }
    // The attributes the end-to-end tests and the stylesheet look for.
    expect(flagAttr("hydrated")).toBe("data-hydrated");
    expect(flagAttr("liveMap")).toBe("data-live-map");
  });

  it("reads a flag's value, and null when it is absent or not a value it may take", async () => {
    const { m, attrs } = await fresh();
    expect(m.readFlag("theme")).toBeNull();
    attrs.set("data-theme", "dark");
    expect(m.readFlag("theme")).toBe("dark");
    attrs.set("data-theme", "sepia");
    expect(m.readFlag("theme")).toBeNull();
    attrs.set("data-asof", "1999-06-01");
    expect(m.readFlag("asof")).toBe("1999-06-01");
    attrs.set("data-asof", "1999");
    expect(m.readFlag("asof")).toBeNull();
    expect(isFlagValue("asofKind", "latest")).toBe(false);
    expect(isFlagValue("asofKind", "clamped")).toBe(true);
  });

  it("sets and removes a flag's attribute", async () => {
    const { m, attrs } = await fresh();
    m.setFlag("liveMap", "ready");
    expect(attrs.get("data-live-map")).toBe("ready");
    expect(m.readFlag("liveMap")).toBe("ready");
    m.setFlag("liveMap", null);
    expect(attrs.has("data-live-map")).toBe(false);
    m.setFlag("hydrated", "true");
    expect(attrs.get("data-hydrated")).toBe("true");
  });

  it("tells a flag's subscribers when it changes, until they unsubscribe", async () => {
    const { m } = await fresh();
    const heard: (string | null)[] = [];
    const other = vi.fn();
    const off = m.onFlag("liveMapError", () => heard.push(m.readFlag("liveMapError")));
    m.onFlag("theme", other);
    m.setFlag("liveMapError", "basemap");
    m.setFlag("liveMapError", "basemap"); // no change: nothing to tell
    m.setFlag("liveMapError", "webgl");
    expect(heard).toEqual(["basemap", "webgl"]);
    expect(other).not.toHaveBeenCalled();
    off();
    off(); // twice is harmless
    m.setFlag("liveMapError", null);
    expect(heard).toEqual(["basemap", "webgl"]);
  });

  it("a listener subscribed twice is two subscriptions, each with its own unsubscribe", async () => {
    const { m } = await fresh();
    const listener = vi.fn();
    const a = m.onFlag("theme", listener);
    m.onFlag("theme", listener);
    m.setFlag("theme", "dark");
    expect(listener).toHaveBeenCalledTimes(2);
    a();
    m.setFlag("theme", "light");
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it("does nothing outside a browser", async () => {
    vi.resetModules();
    const m: PageState = await import("@/lib/page-state");
    expect(m.readFlag("theme")).toBeNull();
    expect(() => m.setFlag("theme", "dark")).not.toThrow();
  });

  it("types a flag's values", () => {
    expectTypeOf<FlagValue<"theme">>().toEqualTypeOf<"light" | "dark">();
    expectTypeOf<FlagValue<"liveMapError">>().toEqualTypeOf<"webgl" | "basemap">();
    expectTypeOf<FlagValue<"asof">>().toEqualTypeOf<string>();
    // Compile-time only (never called): what the types refuse.
    const refused = (m: PageState) => {
      // @ts-expect-error not a value of the flag
      m.setFlag("theme", "sepia");
      // @ts-expect-error not a flag
      m.readFlag("dark");
    };
    expect(refused).toBeTypeOf("function");
  });
});

describe("the page's events", () => {
  it("delivers an event's detail to its listeners, as a DOM event on document, until they unsubscribe", async () => {
    const { m, doc } = await fresh();
    const heard: Intent[] = [];
    const raw: Event[] = [];
    doc.addEventListener(EVENTS.liveMapRequest.type, (e) => raw.push(e));
    const off = m.on("liveMapRequest", (intent) => heard.push(intent));
    m.emit("liveMapRequest", { kind: "zoom", delta: 1 });
    m.emit("liveMapRequest", { kind: "key", key: "+" });
    expect(heard).toEqual([
      { kind: "zoom", delta: 1 },
      { kind: "key", key: "+" },
    ]);
    expect(raw).toHaveLength(2);
    off();
    off();
    m.emit("liveMapRequest", { kind: "explore" });
    expect(heard).toHaveLength(2);
  });

  it("dispatches `hydrated` on document under the name the early script listens for", async () => {
    const { m, doc } = await fresh();
    const early = vi.fn();
    doc.addEventListener(EVENTS.hydrated.type, early);
    m.emit("hydrated");
    expect(early).toHaveBeenCalledTimes(1);
    expect(earlyScriptSource(false)).toContain(JSON.stringify(EVENTS.hydrated.type));
    expect(earlyScriptSource(true)).toContain(JSON.stringify(EVENTS.hydrated.type));
  });

  it("keeps a held event sent before anyone listens for the first listener, in order, once", async () => {
    const { m } = await fresh();
    m.emit("liveMapRequest", { kind: "explore" });
    m.emit("liveMapRequest", { kind: "pan", dx: 3, dy: 4 });
    const first: Intent[] = [];
    const second: Intent[] = [];
    const off = m.on("liveMapRequest", (i) => first.push(i));
    expect(first).toEqual([{ kind: "explore" }, { kind: "pan", dx: 3, dy: 4 }]);
    m.on("liveMapRequest", (i) => second.push(i))();
    expect(second).toEqual([]);
    // Nobody listening again: held again, for the next listener.
    off();
    m.emit("liveMapRequest", { kind: "key", key: "ArrowUp" });
    expect(first).toHaveLength(2);
    m.on("liveMapRequest", (i) => second.push(i));
    expect(second).toEqual([{ kind: "key", key: "ArrowUp" }]);
  });

  it("does not hold an event that is not held", async () => {
    const { m } = await fresh();
    m.emit("hydrated");
    const late = vi.fn();
    m.on("hydrated", late);
    expect(late).not.toHaveBeenCalled();
  });

  it("types each event's detail", () => {
    expectTypeOf<EventDetail["liveMapRequest"]>().toEqualTypeOf<Intent>();
    expectTypeOf<EventDetail["hydrated"]>().toEqualTypeOf<undefined>();
    const refused = (m: PageState) => {
      // @ts-expect-error the request carries its gesture
      m.emit("liveMapRequest");
      // @ts-expect-error not a gesture
      m.emit("liveMapRequest", { kind: "spin" });
      // @ts-expect-error `hydrated` has no detail
      m.emit("hydrated", 1);
      // @ts-expect-error not an event
      m.on("jcm:hydrated", () => undefined);
      m.on("liveMapRequest", (intent) => expectTypeOf(intent).toEqualTypeOf<Intent>());
    };
    expect(refused).toBeTypeOf("function");
  });
});

describe("the marker that opened a panel", () => {
  it("is taken once", async () => {
    const { m } = await fresh();
    expect(m.takeOpener()).toBeNull();
    m.rememberOpener("moscow");
    m.rememberOpener("khabarovsk");
    expect(m.takeOpener()).toBe("khabarovsk");
    expect(m.takeOpener()).toBeNull();
  });
});

describe("the inline scripts take the flags' names from the module", () => {
  const runTheme = (stored: string | null, dark: boolean, storageThrows = false) => {
    const { doc, attrs } = fakeDocument();
    const localStorage = {
      getItem: (k: string) => {
        if (storageThrows) throw new Error("denied");
        return k === "jcm-theme" ? stored : null;
      },
    };
    runInNewContext(THEME_SCRIPT, { document: doc, localStorage, matchMedia: () => ({ matches: dark }) });
    return attrs;
  };

  it("the theme script writes the theme flag with a value it may take", () => {
    expect(THEME_SCRIPT).toContain(JSON.stringify(flagAttr("theme")));
    expect(runTheme("dark", false).get(flagAttr("theme"))).toBe("dark");
    expect(runTheme("light", true).get(flagAttr("theme"))).toBe("light");
    expect(runTheme(null, true).get(flagAttr("theme"))).toBe("dark");
    expect(runTheme("sepia", false).get(flagAttr("theme"))).toBe("light");
    expect(runTheme(null, false, true).size).toBe(0);
    for (const stored of ["dark", "light", null, "x"]) {
      for (const dark of [true, false]) {
        const value = runTheme(stored, dark).get(flagAttr("theme")) ?? "";
        expect(isFlagValue("theme", value)).toBe(true);
      }
    }
  });

  it("the date script writes the asof flags by their names", () => {
    const script = firstPaintScript({ dates: ["1994-01-01", "2025-01-01"], min: "1994-01-01", max: "2025-12-31" });
    expect(script).toContain(JSON.stringify(flagAttr("asof")));
    expect(script).toContain(JSON.stringify(flagAttr("asofKind")));
  });
});

// ---------------------------------------------------------------------------------------------
// app/globals.css cannot import the module: its selectors on <html> are held to FLAGS here.

type Problem = string;

/** The attribute selectors of a compound: name, operator and value (null for a bare [data-x]). */
function attributesOf(compound: string): { name: string; op: string | null; value: string | null }[] {
  const out: { name: string; op: string | null; value: string | null }[] = [];
  const re = /\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))\s*(?:[is]\s*)?)?\]/g;
  for (const m of compound.matchAll(re)) {
    out.push({ name: m[1] as string, op: m[2] ?? null, value: m[3] ?? m[4] ?? m[5] ?? null });
  }
  return out;
}

/** Splits at top-level occurrences of `at` (outside brackets, parentheses and quotes). */
function splitTop(text: string, at: (ch: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = "";
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth--;
    else if (depth === 0 && at(ch)) {
      parts.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts;
}

/** Each selector of a stylesheet's rules (not at-rules' preludes). */
function selectorsOf(css: string): string[] {
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const selectors: string[] = [];
  for (const m of clean.matchAll(/([^{};]+)\{/g)) {
    const prelude = (m[1] as string).trim();
    if (prelude.startsWith("@")) continue;
    for (const s of splitTop(prelude, (ch) => ch === ",")) if (s.trim()) selectors.push(s.trim());
  }
  return selectors;
}

/**
 * What a stylesheet says about <html> that FLAGS does not allow. A selector's first compound is
 * <html>'s when it starts with `html` or `:root`: each data-* attribute in it (`:not()` included)
 * must be a flag, and a value it compares must be one the flag may take. A first compound of bare
 * attributes (`[data-theme="dark"]`, which only <html> carries) is held to the same for the
 * attributes that are flags'. Returns the flags it found, too.
 */
function checkCss(css: string): { problems: Problem[]; seen: Set<FlagName> } {
  const byAttr = new Map<string, FlagName>(Object.entries(FLAGS).map(([name, f]) => [f.attr, name as FlagName]));
  const problems: Problem[] = [];
  const seen = new Set<FlagName>();
  for (const selector of selectorsOf(css)) {
    const first = (splitTop(selector, (ch) => /[\s>+~]/.test(ch))[0] ?? "").trim();
    const onHtml = /^(html|:root)(?![\w-])/.test(first);
    const bare = first.startsWith("[");
    if (!onHtml && !bare) continue;
    for (const { name, op, value } of attributesOf(first)) {
      if (!name.startsWith("data-")) continue;
      const flag = byAttr.get(name);
      if (!flag) {
        if (onHtml) problems.push(`${selector}: ${name} is not a flag of lib/page-state.ts`);
        continue;
      }
      seen.add(flag);
      if (op === null) continue;
      if (op !== "=") problems.push(`${selector}: compare ${name} with = (FLAGS lists whole values)`);
      else if (!isFlagValue(flag, value ?? "")) problems.push(`${selector}: "${value}" is not a value of ${flag}`);
    }
  }
  return { problems, seen };
}

describe("app/globals.css and the flags", () => {
  const css = readFileSync(join(process.cwd(), "app/globals.css"), "utf8");

  it("reads on <html> only flags of lib/page-state.ts, with values they may take", () => {
    const { problems, seen } = checkCss(css);
    expect(problems).toEqual([]);
    // Not vacuous: the stylesheet's flags are found.
    expect([...seen].sort()).toEqual(["asof", "asofKind", "controls", "liveMap", "panel", "theme"]);
  });

  it("the check catches an unknown flag, a value a flag may not take, and a partial comparison", () => {
    const bad = `
      html[data-bogus] a { color: red }
      html[data-theme="sepia"], :root:not([data-asof-kind="latest"]) p { color: red }
      [data-theme="blue"] { color: red }
      @media (min-width: 1px) { html[data-live-map^="re"] div { color: red } }
      /* html[data-commented-out] */
      [data-section] p, div[data-theme="nope"], :root[data-asof] [data-notice="dated"] { color: red }
    `;
    const { problems } = checkCss(bad);
    expect(problems).toHaveLength(5);
    expect(problems.join("\n")).toMatch(/data-bogus is not a flag/);
    expect(problems.join("\n")).toMatch(/"sepia" is not a value of theme/);
    expect(problems.join("\n")).toMatch(/"latest" is not a value of asofKind/);
    expect(problems.join("\n")).toMatch(/"blue" is not a value of theme/);
    expect(problems.join("\n")).toMatch(/compare data-live-map with =/);
  });
});

// ---------------------------------------------------------------------------------------------
// Nobody else spells a flag or an event: the names are the module's.

/** The TypeScript sources of the app (not tests, not generated files). */
function sources(): string[] {
  return ["lib", "components", "app"]
    .flatMap((dir) => filesUnder(join(process.cwd(), dir), (n) => /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n)))
    .map((p) => relative(process.cwd(), p).replaceAll("\\", "/"));
}

// Files not yet moved to the module, with what they still spell: lib/embed.ts's inline script
// (an embed's ?theme=, ?panel=, ?controls=) writes `d.dataset.theme/panel/controls` itself; it
// should interpolate flagAttr("theme") and so on as lib/browser/theme.ts does.

describe("the flags' and events' names", () => {
  const attrs = Object.values(FLAGS).map((f) => f.attr);
  const keys = attrs.map((a) => a.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()));
  const types = Object.values(EVENTS).map((e) => e.type);
  const spelled = [
    new RegExp(`["'](${attrs.join("|")})["'=\\]]`, "g"),
    new RegExp(`\\bdataset\\.(${keys.join("|")})\\b`, "g"),
    /\bdocumentElement\.dataset\b/g,
    new RegExp(`["'\`](${types.join("|")})["'\`]`, "g"),
    /\bnew MutationObserver\(/g,
  ];

  it("are spelled only in lib/page-state.ts (and no component watches another through the DOM)", () => {
    expect(keys).toContain("liveMapError");
    const found: string[] = [];
    for (const file of sources()) {
      if (file === "lib/page-state.ts") continue;
      const text = readFileSync(join(process.cwd(), file), "utf8");
      for (const re of spelled) for (const m of text.matchAll(re)) found.push(`${file}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});
