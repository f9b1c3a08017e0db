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
  spreadTargets,
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

/**
 * The map's controls, in the corners of its box, that no label may meet (CSS pixels, each from the
 * box's edge, margins included): the zoom buttons top right (the live map's are the same size) and
 * "Explore the map" bottom right (its widest language). A box wider or taller than the frame puts
 * them farther out, never in, so these corners of the frame are the worst case (between two scale
 * steps the markers stand up to 12 % farther out than placed: e2e/labels.spec.ts measures the
 * real boxes). The note on where markers stand is a caption under the map, not over it.
 */
export const MAP_CONTROLS = {
  topRight: { w: 44, h: 72 },
  bottomRight: { w: 140, h: 36 },
} as const;

/** A frame at a scale in CSS pixels from its centre: each marker's place, and the box the labels keep to. */
function layoutAt(frame: Box, scale: number, points: readonly LabelPoint[]) {
  const cx = (frame.x0 + frame.x1) / 2;
  const cy = (frame.y0 + frame.y1) / 2;
  const halfW = ((frame.x1 - frame.x0) * scale) / 2 + FRAME_PADDING;
  const halfH = ((frame.y1 - frame.y0) * scale) / 2 + FRAME_PADDING;
  const items = points.map((p) => {
    const [x, y] = project(p.lon, p.lat);
    return { key: p.slug, x: (x - cx) * scale, y: (y - cy) * scale, width: p.width };
  });
  return { items, halfW, halfH };
}

/** The placements of all labels on `frame` at `scale` (CSS pixels per world pixel). */
export function placementsAt(frame: Box, scale: number, points: readonly LabelPoint[]): Record<string, Placement> {
  const { items, halfW, halfH } = layoutAt(frame, scale, points);
  const { topRight, bottomRight } = MAP_CONTROLS;
  const controls = [
    { x: halfW - topRight.w, y: -halfH, w: topRight.w, h: topRight.h },
    { x: halfW - bottomRight.w, y: halfH - bottomRight.h, w: bottomRight.w, h: bottomRight.h },
  ];
  return placeLabels(items, { x: -halfW, y: -halfH, w: 2 * halfW, h: 2 * halfH }, controls);
}

/** Each marker's target offset on `frame` at `scale` (lib/map-frame.ts spreadTargets). */
export function targetsAt(frame: Box, scale: number, points: readonly LabelPoint[]): Record<string, [number, number]> {
  return spreadTargets(layoutAt(frame, scale, points).items);
}

/** The step of scale a label placement is computed for: the largest step at or below `scale`. */
export function stepFor(steps: readonly number[], scale: number): number {
  let step = steps[0] ?? scale;
  for (const s of steps) if (s <= scale * 1.0001) step = s;
  return step;
}

type Step = { scale: number; placements: Record<string, Placement>; targets: Record<string, [number, number]> };
const cache = new Map<string, Step[]>();

/** The placements at every step of a frame's scales (cached: the same for every page of a frame). */
export function placementTable(key: string, frame: Box, points: readonly LabelPoint[]) {
  const id = `${key}|${points.map((p) => `${p.slug}:${p.width}`).join(",")}`;
  let table = cache.get(id);
  if (!table) {
    table = scaleSteps(frame).map((scale) => ({
      scale,
      placements: placementsAt(frame, scale, points),
      targets: targetsAt(frame, scale, points),
    }));
    cache.set(id, table);
  }
  return table;
}

const px = (n: number) => `${Math.round(n * 10) / 10}px`;

/**
 * The CSS custom properties that place one marker's parts: its label's offset, the leader line's
 * angle or none, and its target's offset from the mark (app/globals.css .jcm-marker).
 */
export function labelVars(
  placement: Placement,
  width: number,
  target: readonly [number, number] = [0, 0],
): Record<string, string> {
  const { x, y, leader } = labelStyle(placement, width);
  return {
    "--tx": px(target[0]),
    "--ty": px(target[1]),
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
export function labelCss(scope: string, frame: Box, table: readonly Step[], widths: Record<string, number>) {
  const vars = (step: Step, slug: string) =>
    Object.entries(
      labelVars(step.placements[slug] ?? "right", widths[slug] ?? LABEL_FALLBACK_WIDTH, step.targets[slug]),
    )
      .map(([k, v]) => `${k}:${v}`)
      .join(";");
  const out: string[] = [];
  let previous: Step | null = null;
  for (const step of table) {
    const { scale } = step;
    const changed = Object.keys(step.placements).filter(
      (slug) => !previous || vars(previous, slug) !== vars(step, slug),
    );
    if (changed.length > 0) {
      const rules = changed.map((slug) => `${scope} [data-marker="${slug}"]{${vars(step, slug)}}`).join("");
      if (!previous) out.push(rules);
      else {
        // The box size from which the frame is shown at this step or more (as stepFor decides it).
        const at = scale / 1.0001;
        const w = Math.floor(((frame.x1 - frame.x0) * at + 2 * FRAME_PADDING) * 100) / 100;
        const h = Math.floor(((frame.y1 - frame.y0) * at + 2 * FRAME_PADDING) * 100) / 100;
        out.push(`@container jcm-map (min-width:${w}px) and (min-height:${h}px){${rules}}`);
      }
    }
    previous = step;
  }
  return out.join("");
}

export { MARK };
