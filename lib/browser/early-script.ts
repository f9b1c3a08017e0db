// The map pages' early script (decision 013): what a page does between its first paint and the
// moment React has hydrated it. On an embed that moment waits for the reader: the build keeps the
// framework's scripts inert (scripts/lib/embed-facade.mjs) and this script, a few hundred bytes,
// runs the facade until the reader touches the embed or the host asks for the application.

import { EVENTS } from "@/lib/page-state";

/** The type that keeps a script inert until the embed boots (scripts/lib/embed-facade.mjs). */
export const DEFERRED_TYPE = "jcm/defer";

export type EarlyConfig = {
  /** An embed: the facade (height, host messages, booting on interaction); else a site page. */
  embed: boolean;
  /** The event dispatched on `document` once the page has hydrated (lib/page-state.ts `EVENTS.hydrated`). */
  hydrated: string;
  deferred: string;
};

/**
 * Runs before the page's content is parsed (serialised with Function#toString, allowed by its
 * hash; self-contained). On every map page, a click on a button (or, in an embed, on a link to
 * another view) that arrives before React has hydrated is held and replayed once it has, so a
 * reader's first click is never lost. On an embed it also:
 * - reports the page's height to the host, from the first layout on (AMP/Flourish/Datawrapper
 *   form, and Pym.js's string when the URL has `childId`) — one reporter in both phases;
 * - announces `jcm:ready` once the document is parsed: markers, panel, `jcm:select` all answer;
 * - boots the application (the inert scripts, in document order) on the reader's first
 *   interaction with the embed (pointer over or down, touch, focus, key, wheel) or on a host
 *   message (`jcm:select`, `jcm:upgrade`); host messages that arrive meanwhile are replayed.
 */
export function earlyScript(c: EarlyConfig): void {
  const d = document;
  const root = d.documentElement;
  const parent = window.parent;
  const framed = parent !== window;
  // "facade": inert until touched; "booting": the framework's scripts run; "app": hydrated;
  // "failed": a script could not load. The framework's script tags are in <head>, parsed before
  // this script runs: an embed the build made a facade has them inert (in `next dev`, none).
  let phase = c.embed && d.querySelector(`script[type="${c.deferred}"]`) !== null ? "facade" : "booting";
  let held: HTMLElement | null = null;
  const messages: MessageEvent[] = [];
  const toParent = (m: unknown) => {
    if (framed) parent.postMessage(m, "*");
  };
  let wanted = false;
  const boot = () => {
    if (phase !== "facade") return;
    // The document's last scripts (the framework's payload) are not parsed yet: boot once they are.
    if (d.readyState === "loading") {
      wanted = true;
      return;
    }
    phase = "booting";
    // In document order, except the payload first: external scripts run in the order they are
    // inserted (async off), inline ones at once, so the runtime starts with its payload there.
    const inert = Array.from(d.querySelectorAll(`script[type="${c.deferred}"]`));
    const payload = inert.filter((s) => s.hasAttribute("data-payload"));
    for (const s of [...payload, ...inert.filter((s) => !s.hasAttribute("data-payload"))]) {
      const n = d.createElement("script");
      for (const a of Array.from(s.attributes)) {
        if (a.name !== "type" && a.name !== "data-src") n.setAttribute(a.name, a.value);
      }
      const src = s.getAttribute("data-src");
      if (src) {
        n.async = false;
        n.src = src;
        // A script that cannot load: held links are followed as plain links.
        n.onerror = () => {
          phase = "failed";
          if (held instanceof HTMLAnchorElement) location.assign(held.href);
        };
      } else n.textContent = s.textContent;
      s.replaceWith(n);
    }
  };
  // Replayed after the task that hydrated: React's render from the address (the query is read
  // once hydrated) has then given links their dates.
  d.addEventListener(c.hydrated, () => {
    phase = "app";
    setTimeout(() => {
      const el = held;
      held = null;
      for (const m of messages.splice(0)) {
        window.dispatchEvent(new MessageEvent("message", { data: m.data, origin: m.origin, source: m.source }));
      }
      if (el?.isConnected) el.click();
    });
  });

  d.addEventListener(
    "click",
    (e) => {
      if (phase === "app" || phase === "failed" || !(e.target instanceof Element)) return;
      const el = e.target.closest("a[href],button,summary");
      if (!(el instanceof HTMLElement)) return;
      if (el instanceof HTMLAnchorElement) {
        // Links out ("Open full map", to a new tab) are followed at once: they carry the date (below).
        if (!c.embed || el.origin !== location.origin || el.target) return;
      }
      e.preventDefault();
      e.stopImmediatePropagation();
      held = el;
      boot();
    },
    true,
  );

  if (!c.embed) return;

  const q = new URLSearchParams(location.search);
  const childId = q.get("childId");
  const pym = childId && /^[\w-]{1,64}$/.test(childId) ? childId : null;
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    toParent({ sentinel: "amp", type: "embed-size", height });
    if (pym) toParent(`pymxPYMx${pym}xPYMxheightxPYMx${height}`);
  }).observe(root);

  d.addEventListener("DOMContentLoaded", () => {
    // A dated embed's links out to views ("Open full map", data-dated) keep its date from the
    // start, as the application's do.
    const asof = q.get("asof");
    for (const a of Array.from(d.querySelectorAll("a[data-dated][href]"))) {
      const url = new URL((a as HTMLAnchorElement).href);
      if (!asof || url.origin !== location.origin || url.searchParams.has("asof")) continue;
      url.searchParams.set("asof", asof);
      a.setAttribute("href", url.pathname + url.search + url.hash);
    }
    toParent({ type: "jcm:ready" });
    if (wanted) boot();
  });
  for (const type of ["pointerover", "pointerdown", "touchstart", "focusin", "keydown", "wheel"]) {
    window.addEventListener(type, boot, { capture: true, passive: true, once: true });
  }
  window.addEventListener("message", (e) => {
    if (phase === "app" || !framed || e.source !== parent) return;
    const type = e.data && typeof e.data === "object" ? (e.data as { type?: unknown }).type : null;
    if (type === "jcm:select") messages.push(e);
    if (type === "jcm:select" || type === "jcm:upgrade") boot();
  });
}

/** The early script of a site page or an embed, as the page carries it. */
export function earlyScriptSource(embed: boolean): string {
  const config: EarlyConfig = { embed, hydrated: EVENTS.hydrated.type, deferred: DEFERRED_TYPE };
  return `try{(${earlyScript})(${JSON.stringify(config)})}catch(e){}`;
}
