// Where the centres' labels go on a frame at a scale: the same answer for the map drawn on the
// server (as CSS rules by the map box's size) and for the live map (by zoom), so a label does not
// jump when one takes over from the other. Pure; lib/map-frame.ts does the geometry.
import {
  type Box,
  FRAME_PADDING,
  hasLeader,
  labelBox,
  MARK,
  type Placement,
  placeLabels,
  project,
  scaleSteps,
} from "@/lib/map-frame";

export type LabelPoint = { slug: string; lon: number; lat: number; width: number };

/** A label's width when the generated table lacks it (a new centre before `npm run generate`). */
export const LABEL_FALLBACK_WIDTH = 80;

/** A label's offset from its marker's centre, and its leader line (if any), for one placement. */
export function labelStyle(placement: Placement, width: number) {
  const b = labelBox(placement, width);
  const leader = hasLeader(placement)
    ? {
        angle: placement.endsWith("left")
          ? placement.includes("top")
            ? 225
            : 135
          : placement.includes("top")
            ? 315
            : 45,
      }
    : null;
  return { x: b.x, y: b.y, leader };
}

/** The placements of all labels on `frame` at `scale` (CSS pixels per world pixel). */
export function placementsAt(frame: Box, scale: number, points: readonly LabelPoint[]): Record<string, Placement> {
  const cx = (frame.x0 + frame.x1) / 2;
  const cy = (frame.y0 + frame.y1) / 2;
  const halfW = ((frame.x1 - frame.x0) * scale) / 2 + FRAME_PADDING;
  const halfH = ((frame.y1 - frame.y0) * scale) / 2 + FRAME_PADDING;
  const items = points.map((p) => {
    const [x, y] = project(p.lon, p.lat);
    return { key: p.slug, x: (x - cx) * scale, y: (y - cy) * scale, width: p.width };
  });
  return placeLabels(items, { x: -halfW, y: -halfH, w: 2 * halfW, h: 2 * halfH });
}

/** The step of scale a label placement is computed for: the largest step at or below `scale`. */
export function stepFor(steps: readonly number[], scale: number): number {
  let step = steps[0] ?? scale;
  for (const s of steps) if (s <= scale * 1.0001) step = s;
  return step;
}

const cache = new Map<string, { scale: number; placements: Record<string, Placement> }[]>();

/** The placements at every step of a frame's scales (cached: the same for every page of a frame). */
export function placementTable(key: string, frame: Box, points: readonly LabelPoint[]) {
  const id = `${key}|${points.map((p) => `${p.slug}:${p.width}`).join(",")}`;
  let table = cache.get(id);
  if (!table) {
    table = scaleSteps(frame).map((scale) => ({ scale, placements: placementsAt(frame, scale, points) }));
    cache.set(id, table);
  }
  return table;
}

const px = (n: number) => `${Math.round(n * 10) / 10}px`;

/** The CSS custom properties that place one label: offset, and the leader line's angle or none. */
export function labelVars(placement: Placement, width: number): Record<string, string> {
  const { x, y, leader } = labelStyle(placement, width);
  return {
    "--lx": px(x),
    "--ly": px(y),
    "--lead": leader ? "1" : "0",
    "--lead-angle": `${leader?.angle ?? 0}deg`,
  };
}

/**
 * The label placements of the map drawn on the server as CSS: the smallest step's placements, then
 * for each larger step the labels that move, under a container query for the map box's size at
 * which the frame is shown at that scale or more. `scope` selects the map.
 */
export function labelCss(
  scope: string,
  frame: Box,
  table: ReturnType<typeof placementTable>,
  widths: Record<string, number>,
) {
  const rule = (slug: string, placement: Placement) =>
    `${scope} [data-marker="${slug}"]{${Object.entries(labelVars(placement, widths[slug] ?? LABEL_FALLBACK_WIDTH))
      .map(([k, v]) => `${k}:${v}`)
      .join(";")}}`;
  const out: string[] = [];
  let previous: Record<string, Placement> | null = null;
  for (const { scale, placements } of table) {
    const changed = Object.entries(placements).filter(([slug, p]) => previous?.[slug] !== p);
    if (changed.length > 0) {
      const rules = changed.map(([slug, p]) => rule(slug, p)).join("");
      if (!previous) out.push(rules);
      else {
        // The box size from which the frame is shown at this step or more (as stepFor decides it).
        const at = scale / 1.0001;
        const w = Math.floor(((frame.x1 - frame.x0) * at + 2 * FRAME_PADDING) * 100) / 100;
        const h = Math.floor(((frame.y1 - frame.y0) * at + 2 * FRAME_PADDING) * 100) / 100;
        out.push(`@container jcm-map (min-width:${w}px) and (min-height:${h}px){${rules}}`);
      }
    }
    previous = placements;
  }
  return out.join("");
}

export { MARK };
