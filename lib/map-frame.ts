// The map's geometry, shared by the map drawn on the server and the live map: Web Mercator as
// MapLibre computes it, the frame each view opens on, the camera that fits a frame into a box,
// and where each centre's label goes so that nothing covers anything else. Pure: the server draws
// with it, CSS positions with the numbers it gives, and the live map opens and labels with the
// same functions, so the hand-over from one to the other moves nothing (decision 009).

/** MapLibre's tile size: the world is 512 × 2^zoom pixels wide. Coordinates here are at zoom 0. */
export const WORLD = 512;
const MAX_LAT = 85.051129;

/** Longitude and latitude → Web Mercator world pixels at zoom 0 (x east, y south), as MapLibre. */
export function project(lon: number, lat: number): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [((lon + 180) / 360) * WORLD, ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * WORLD];
}

/** World pixels at zoom 0 → longitude and latitude. */
export function unproject(x: number, y: number): [number, number] {
  const lon = (x / WORLD) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / WORLD))) * 180) / Math.PI;
  return [lon, lat];
}

/** A box in world pixels at zoom 0. */
export type Box = { x0: number; y0: number; x1: number; y1: number };

const boxOf = (points: readonly [number, number][]): Box => ({
  x0: Math.min(...points.map((p) => p[0])),
  y0: Math.min(...points.map((p) => p[1])),
  x1: Math.max(...points.map((p) => p[0])),
  y1: Math.max(...points.map((p) => p[1])),
});

/**
 * The overview's frame: the six centres from west to east, and Russia from 40° N to 72° N, so the
 * country reads as itself and the map never drifts to the Indian Ocean.
 */
export function overviewFrame(points: readonly { lon: number; lat: number }[]): Box {
  const lons = points.map((p) => p.lon);
  return boxOf([project(Math.min(...lons) - 2, 72), project(Math.max(...lons) + 2, 40)]);
}

/**
 * A centre's frame: its region, 10° of longitude each side and 4° of latitude north and south
 * (their mean, in Mercator), centred on the city so the live map flies to it in the middle; grown,
 * still centred, to take in the centres near it (within NEAR.lon and NEAR.lat) with
 * NEAR.room around each, so that a neighbour shown on the map is inside the frame and its label
 * has a place inside the map's box (issue 25: a label cut at the map's edge is the alternative).
 */
export function centreFrame(
  point: { lon: number; lat: number },
  others: readonly { lon: number; lat: number }[] = [],
): Box {
  const [x, y] = project(point.lon, point.lat);
  const [x0, y0] = project(point.lon - 10, point.lat + 4);
  const [, y1] = project(point.lon + 10, point.lat - 4);
  let halfW = x - x0;
  let halfH = (y1 - y0) / 2;
  const room = NEAR.room * (halfW / 10);
  for (const o of others) {
    if (Math.abs(o.lon - point.lon) > NEAR.lon || Math.abs(o.lat - point.lat) > NEAR.lat) continue;
    const [ox, oy] = project(o.lon, o.lat);
    halfW = Math.max(halfW, Math.abs(ox - x) + room);
    halfH = Math.max(halfH, Math.abs(oy - y) + room);
  }
  return { x0: x - halfW, y0: y - halfH, x1: x + halfW, y1: y + halfH };
}

/** Which centres count as near a centre's frame (degrees), and the room kept around each (degrees of longitude). */
export const NEAR = { lon: 20, lat: 10, room: 1.5 } as const;

/** Room left around a frame, in CSS pixels, on every side (labels may use it). */
export const FRAME_PADDING = 20;

/** The camera that shows a whole frame in a `width` × `height` box: as MapLibre's fitBounds with the padding above. */
export function fitFrame(frame: Box, width: number, height: number, padding = FRAME_PADDING) {
  const scale = Math.min((width - 2 * padding) / (frame.x1 - frame.x0), (height - 2 * padding) / (frame.y1 - frame.y0));
  const cx = (frame.x0 + frame.x1) / 2;
  const cy = (frame.y0 + frame.y1) / 2;
  const [lon, lat] = unproject(cx, cy);
  return { scale, zoom: Math.log2(scale), cx, cy, lon, lat };
}

/**
 * The CSS length of one world pixel for a frame in the map's box (a size container): the same
 * scale as fitFrame(), computed by the browser from the container's size before any script runs.
 */
export function cssScale(frame: Box, padding = FRAME_PADDING): string {
  const w = round(frame.x1 - frame.x0);
  const h = round(frame.y1 - frame.y0);
  return `min(calc((100cqw - ${2 * padding}px) / ${w}), calc((100cqh - ${2 * padding}px) / ${h}))`;
}

const round = (n: number, places = 3) => Math.round(n * 10 ** places) / 10 ** places;

// ---------------------------------------------------------------------------------------------
// Labels

/** Where a label sits around its marker; the leader positions are farther out, with a line. */
export const PLACEMENTS = [
  "right",
  "left",
  "top",
  "bottom",
  "top-right",
  "top-left",
  "bottom-right",
  "bottom-left",
  "far-top-left",
  "far-top-right",
  "far-bottom-left",
  "far-bottom-right",
] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** A marker's size and a label's line height in CSS pixels, and the gaps around them. */
export const MARK = { size: 12, selected: 16, gap: 4, labelHeight: 17, far: 22 } as const;

/** A label's box relative to its marker's centre, for a label `width` wide. */
export function labelBox(placement: Placement, width: number): { x: number; y: number; w: number; h: number } {
  const h = MARK.labelHeight;
  const r = MARK.size / 2 + MARK.gap;
  const far = MARK.far;
  switch (placement) {
    case "right":
      return { x: r, y: -h / 2, w: width, h };
    case "left":
      return { x: -r - width, y: -h / 2, w: width, h };
    case "top":
      return { x: -width / 2, y: -r - h, w: width, h };
    case "bottom":
      return { x: -width / 2, y: r, w: width, h };
    case "top-right":
      return { x: r * 0.7, y: -r * 0.7 - h, w: width, h };
    case "top-left":
      return { x: -r * 0.7 - width, y: -r * 0.7 - h, w: width, h };
    case "bottom-right":
      return { x: r * 0.7, y: r * 0.7, w: width, h };
    case "bottom-left":
      return { x: -r * 0.7 - width, y: r * 0.7, w: width, h };
    case "far-top-left":
      return { x: -far - width, y: -far - h, w: width, h };
    case "far-top-right":
      return { x: far, y: -far - h, w: width, h };
    case "far-bottom-left":
      return { x: -far - width, y: far, w: width, h };
    case "far-bottom-right":
      return { x: far, y: far, w: width, h };
  }
}

/** What a label placed where a map control may be costs, against 10 per pixel past the frame's edge. */
const CONTROL_COST = 40;

/** Whether a placement is drawn with a leader line from the marker. */
export const hasLeader = (p: Placement) => p.startsWith("far-");

type Rect = { x: number; y: number; w: number; h: number };
const overlaps = (a: Rect, b: Rect, margin = 1) =>
  a.x < b.x + b.w + margin && b.x < a.x + a.w + margin && a.y < b.y + b.h + margin && b.y < a.y + a.h + margin;

/**
 * Places every label so that no label covers a marker or another label, and each stays inside
 * `bounds` (the map's box, in the same pixels as the points) and off `obstacles` (where the map's
 * controls may be) where it can. Points are in CSS
 * pixels at the scale shown. A search over every centre's placements, preferring the first in its
 * list (right, then left, …), then the ones with fewest leader lines and least distance.
 * Deterministic: the server and the browser get the same answer for the same numbers.
 */
export function placeLabels(
  items: readonly { key: string; x: number; y: number; width: number; preferred?: readonly Placement[] }[],
  bounds: Rect,
  obstacles: readonly Rect[] = [],
): Record<string, Placement> {
  const result: Record<string, Placement> = {};
  // A marker well outside the box (a centre's frame leaves the far ones out) keeps its first
  // preference: nothing there to collide with on screen.
  const margin = 160;
  const shown = items.filter((m) => {
    const inside =
      m.x > bounds.x - margin &&
      m.x < bounds.x + bounds.w + margin &&
      m.y > bounds.y - margin &&
      m.y < bounds.y + bounds.h + margin;
    if (!inside) result[m.key] = m.preferred?.[0] ?? "right";
    return inside;
  });
  const markers: Rect[] = shown.map((m) => ({
    x: m.x - MARK.size / 2,
    y: m.y - MARK.size / 2,
    w: MARK.size,
    h: MARK.size,
  }));
  // Candidates per label, cheapest first, with the cost of each (order of preference, leaders,
  // leaving the box); those that would cover a marker are dropped.
  const candidates = shown.map((m) =>
    (m.preferred ?? PLACEMENTS)
      .map((p, rank) => {
        const b = labelBox(p, m.width);
        const rect = { x: m.x + b.x, y: m.y + b.y, w: b.w, h: b.h };
        const outside =
          Math.max(0, bounds.x - rect.x) +
          Math.max(0, rect.x + rect.w - (bounds.x + bounds.w)) +
          Math.max(0, bounds.y - rect.y) +
          Math.max(0, rect.y + rect.h - (bounds.y + bounds.h));
        const hitsMarker = markers.some((mk, j) => shown[j] !== m && overlaps(rect, mk));
        // The controls sit in the box's corners, which are the frame's only when the box has the
        // frame's shape: meeting where one may be costs less than reaching past the frame's edge.
        const hitsControl = obstacles.some((o) => overlaps(rect, o));
        return {
          p,
          rect,
          cost: rank + (hasLeader(p) ? 6 : 0) + outside * 10 + (hitsControl ? CONTROL_COST : 0),
          bad: hitsMarker,
        };
      })
      .filter((c) => !c.bad)
      .sort((a, b) => a.cost - b.cost),
  );
  // Most constrained first: fewer candidates.
  const order = shown
    .map((_, i) => i)
    .sort((a, b) => (candidates[a]?.length ?? 0) - (candidates[b]?.length ?? 0) || a - b);
  // The least each remaining label can cost: a bound that prunes the search early.
  const rest = order.map((_, k) => order.slice(k).reduce((sum, i) => sum + (candidates[i]?.[0]?.cost ?? 0), 0));
  let best: { cost: number; choice: (Placement | null)[] } | null = null;
  const choice: (Placement | null)[] = new Array(shown.length).fill(null);
  const chosen: Rect[] = [];
  let steps = 0;
  const search = (k: number, cost: number) => {
    if (++steps > 50_000) return;
    if (best && cost + (rest[k] ?? 0) >= best.cost) return;
    if (k === order.length) {
      best = { cost, choice: [...choice] };
      return;
    }
    const i = order[k] ?? 0;
    for (const c of candidates[i] ?? []) {
      if (chosen.some((r) => overlaps(r, c.rect))) continue;
      choice[i] = c.p;
      chosen.push(c.rect);
      search(k + 1, cost + c.cost);
      chosen.pop();
      choice[i] = null;
    }
  };
  search(0, 0);
  const found = best as { cost: number; choice: (Placement | null)[] } | null;
  shown.forEach((m, i) => {
    // No placement without overlap (a map far too small): the first preference, as a label must show.
    result[m.key] = found?.choice[i] ?? m.preferred?.[0] ?? "right";
  });
  return result;
}

// ---------------------------------------------------------------------------------------------
// Touch targets

/** A marker's target (a square, CSS pixels), and the gap kept between two targets (WCAG 2.5.8). */
export const TARGET = { size: 24, gap: 1 } as const;
/** How far a target may stand off its mark: a 12 px mark stays inside its 24 px target (a selected one, 16 px and its ring, may show past its edge). */
const MAX_SHIFT = (TARGET.size - MARK.size) / 2;

/**
 * Where each marker's target sits relative to its mark, so that no two targets overlap: where
 * centres crowd (the overview on a phone), the targets of the crowded ones are pushed apart, each
 * at most MAX_SHIFT, while the marks stay on their places. Points are CSS pixels at the scale
 * shown; the answer is each target's offset (0, 0 for most). Deterministic, as placeLabels.
 */
export function spreadTargets(
  items: readonly { key: string; x: number; y: number }[],
): Record<string, [number, number]> {
  const min = TARGET.size + TARGET.gap;
  const shift = items.map(() => [0, 0] as [number, number]);
  // Pairs pushed apart until none overlaps, or until nothing can move (crowded past MAX_SHIFT:
  // only below the layouts' smallest map, 300 px, which the steps do not go under).
  for (let pass = 0; pass < 50; pass++) {
    let moved = false;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i];
        const b = items[j];
        const sa = shift[i];
        const sb = shift[j];
        if (!a || !b || !sa || !sb) continue;
        const dx = b.x + sb[0] - (a.x + sa[0]);
        const dy = b.y + sb[1] - (a.y + sa[1]);
        // Two squares are clear of each other when they are apart on either axis.
        if (Math.abs(dx) >= min - 1e-6 || Math.abs(dy) >= min - 1e-6) continue;
        // Push apart along the axis that needs less, half each; b goes the way it already lies.
        const axis = Math.abs(dx) >= Math.abs(dy) ? 0 : 1;
        const d = axis === 0 ? dx : dy;
        const need = (min - Math.abs(d)) / 2;
        const sign = d >= 0 ? 1 : -1;
        const before = [sa[axis], sb[axis]];
        sa[axis] = clamp((sa[axis] ?? 0) - sign * need, MAX_SHIFT);
        sb[axis] = clamp((sb[axis] ?? 0) + sign * need, MAX_SHIFT);
        if (sa[axis] !== before[0] || sb[axis] !== before[1]) moved = true;
      }
    }
    if (!moved) break;
  }
  return Object.fromEntries(
    items.map((m, i) => [m.key, (shift[i] ?? [0, 0]).map((v) => round(v, 2)) as [number, number]]),
  );
}

const clamp = (v: number, limit: number) => Math.max(-limit, Math.min(limit, v));

/**
 * The scales at which the labels are placed anew: for a frame shown at any size, the placement
 * for the largest step at or below the scale shown. The same steps on the server (one CSS rule
 * per step, by container size) and in the live map (by zoom).
 */
export function scaleSteps(frame: Box, minWidth = 300, maxWidth = 2400): number[] {
  const w = frame.x1 - frame.x0;
  const lo = (minWidth - 2 * FRAME_PADDING) / w;
  const hi = (maxWidth - 2 * FRAME_PADDING) / w;
  const steps: number[] = [];
  for (let s = lo; s <= hi * 1.0001; s *= 1.12) steps.push(round(s, 4));
  return steps;
}
