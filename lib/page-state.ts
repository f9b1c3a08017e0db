// The page's shared state, in one place (issue 24): the flags on <html> (`data-*` attributes the
// stylesheet, the inline scripts, the components and the end-to-end tests read), the map's events,
// and the one piece of focus state the maps share. Pure: no React (lib/client/use-flag.ts is the hook), no
// imports, so client components and the inline scripts' builders (lib/browser/theme.ts, lib/date-state.ts,
// lib/browser/early-script.ts) can all take the names from here. app/globals.css cannot import it: its
// selectors are held to FLAGS by lib/page-state.test.ts.
//
// The attribute on <html> stays the state itself (the stylesheet and the tests read it, and the
// inline scripts write it before any of this runs); what this module adds is the names, the
// allowed values, and telling subscribers when a flag changes through `setFlag`.

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every flag on <html>: its attribute and the values it may take (a list, or a pattern). */
export const FLAGS = {
  /** The colour theme: the remembered choice or the system's (lib/browser/theme.ts), an embed's `?theme=` (lib/embed.ts), the theme toggle. */
  theme: { attr: "data-theme", values: ["light", "dark"] },
  /** An embed's `?panel=`: "0" hides the panel and shows the selected centre in a card at its marker (lib/embed.ts). */
  panel: { attr: "data-panel", values: ["0", "1"] },
  /** An embed's `?controls=`: "0" hides the date control and the zoom buttons (lib/embed.ts). */
  controls: { attr: "data-controls", values: ["0", "1"] },
  /** The live map has drawn and is the map: the drawn map is hidden (components/map/map-island.client.tsx); absent otherwise. */
  liveMap: { attr: "data-live-map", values: ["ready"] },
  /** Why the live map cannot be the map, once known (it stays): no WebGL or MapLibre failed, or no basemap (map-island.tsx). */
  liveMapError: { attr: "data-live-map-error", values: ["webgl", "basemap"] },
  /** React has hydrated the page (components/view/hydration-mark.client.tsx); never removed. */
  hydrated: { attr: "data-hydrated", values: ["true"] },
  /** The date shown (YYYY-MM-DD) when `?asof=` asks for one the data can show; absent: the latest state (lib/date-state.ts). */
  asof: { attr: "data-asof", values: DATE },
  /** How `?asof=` was read when not absent (lib/date-state.ts `DateReading`; "latest" is the attribute's absence). */
  asofKind: { attr: "data-asof-kind", values: ["date", "clamped", "ignored"] },
} as const satisfies Record<string, { attr: `data-${string}`; values: readonly string[] | RegExp }>;

export type FlagName = keyof typeof FLAGS;

/** The values a flag may take: its list, or any string for a pattern (checked when read). */
export type FlagValue<N extends FlagName> = (typeof FLAGS)[N]["values"] extends readonly (infer V extends string)[]
  ? V
  : string;

/** The attribute of a flag, as the inline scripts and selectors spell it. */
export function flagAttr<N extends FlagName>(name: N): (typeof FLAGS)[N]["attr"] {
  return FLAGS[name].attr;
}

/** Whether `value` is one a flag may take. */
export function isFlagValue<N extends FlagName>(name: N, value: string): value is FlagValue<N> {
  const allowed: readonly string[] | RegExp = FLAGS[name].values;
  return allowed instanceof RegExp ? allowed.test(value) : allowed.includes(value);
}

const root = (): HTMLElement | null => (typeof document === "undefined" ? null : document.documentElement);

/** A flag's value on <html>: null when it is absent (or not a value it may take), or outside a browser. */
export function readFlag<N extends FlagName>(name: N): FlagValue<N> | null {
  const value = root()?.getAttribute(FLAGS[name].attr) ?? null;
  return value !== null && isFlagValue(name, value) ? value : null;
}

// Who hears a flag change. Module-level because the flags are the document's, one set per page,
// and the components that read them (the map's notes, the live map's theme, the theme toggle) are
// not below one another.
const flagListeners = new Map<FlagName, Set<() => void>>();

/** Sets a flag on <html> (null removes it) and tells its subscribers when its value changed. */
export function setFlag<N extends FlagName>(name: N, value: FlagValue<N> | null): void {
  const el = root();
  if (!el) return;
  const attr = FLAGS[name].attr;
  const before = el.getAttribute(attr);
  if (value === null) el.removeAttribute(attr);
  else el.setAttribute(attr, value);
  if (before === value) return;
  for (const listener of [...(flagListeners.get(name) ?? [])]) listener();
}

/**
 * Hears a flag's changes made through `setFlag` (read the value with `readFlag`); returns the
 * unsubscribe. Flags written before the page's scripts run (the inline scripts) need no listener.
 */
export function onFlag(name: FlagName, listener: () => void): () => void {
  const listeners = flagListeners.get(name) ?? new Set();
  flagListeners.set(name, listeners);
  // Each subscription its own entry, so one listener subscribed twice is unsubscribed once at a time.
  const own = () => listener();
  listeners.add(own);
  return () => {
    listeners.delete(own);
  };
}

/**
 * What the reader did that asks for the live map; it is done again on the live map once it is
 * ready, so the gesture that started it is not lost.
 */
export type Intent =
  | { kind: "explore" }
  | { kind: "zoom"; delta: number; at?: [number, number] }
  | { kind: "pan"; dx: number; dy: number }
  | { kind: "key"; key: string };

/**
 * The page's events, dispatched on `document` as DOM events of `type` (so a script that cannot
 * import this module, the early script, hears them by name). A `held` event sent while nobody
 * listens is kept and handed to the first listener.
 */
export const EVENTS = {
  /** React has hydrated the page (hydration-mark.tsx): the early script replays a held click or host message. */
  hydrated: { type: "jcm:hydrated", held: false },
  /** The reader asks for the live map (components/map/map-surface.client.tsx → map-island.tsx); held until the island, which may hydrate later, listens. */
  liveMapRequest: { type: "jcm:live-map-request", held: true },
} as const satisfies Record<string, { type: `jcm:${string}`; held: boolean }>;

export type EventName = keyof typeof EVENTS;

/** Each event's detail (undefined: none). */
export type EventDetail = {
  hydrated: undefined;
  liveMapRequest: Intent;
};

type DetailArgs<E extends EventName> = EventDetail[E] extends undefined ? [] : [detail: EventDetail[E]];

// How many listen to each event through `on`, and the held events sent while none did.
// Module-level because a held event's sender and listener are in different islands that hydrate
// in either order (the drawn map is each page's, the live map's island the layout's).
const listening = new Map<EventName, number>();
const heldEvents = new Map<EventName, unknown[]>();

/** Sends an event (or, for a held one that nobody hears yet, keeps it for the first listener). */
export function emit<E extends EventName>(name: E, ...[detail]: DetailArgs<E>): void {
  const { type, held } = EVENTS[name];
  if (held && (listening.get(name) ?? 0) === 0) {
    heldEvents.set(name, [...(heldEvents.get(name) ?? []), detail]);
    return;
  }
  if (typeof document === "undefined") return;
  document.dispatchEvent(new CustomEvent(type, { detail }));
}

/** Hears an event (first the held ones sent before anyone listened); returns the unsubscribe. */
export function on<E extends EventName>(name: E, listener: (detail: EventDetail[E]) => void): () => void {
  const { type, held } = EVENTS[name];
  const handler = (event: Event) => listener((event as CustomEvent<EventDetail[E]>).detail);
  document.addEventListener(type, handler);
  listening.set(name, (listening.get(name) ?? 0) + 1);
  if (held) {
    const waiting = heldEvents.get(name) ?? [];
    heldEvents.delete(name);
    for (const detail of waiting) listener(detail as EventDetail[E]);
  }
  let done = false;
  return () => {
    if (done) return;
    done = true;
    document.removeEventListener(type, handler);
    listening.set(name, (listening.get(name) ?? 1) - 1);
  };
}

// The marker that opened a centre's panel gets keyboard focus back when the panel closes, on
// whichever map is shown then (decision 009). Module-level because it must outlive both maps'
// markers: the drawn map's are each page's and are gone after the navigation the marker made, and
// the live map may take over in between. One value per page.
let opener: string | null = null;

/** A marker opened its centre. */
export function rememberOpener(slug: string): void {
  opener = slug;
}

/** On the overview: the marker to focus, once (null when the panel was not opened from a marker). */
export function takeOpener(): string | null {
  const slug = opener;
  opener = null;
  return slug;
}
