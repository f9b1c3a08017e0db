// `npm run generate` (after scripts/generate-assets.mjs): the server-drawn map. For each view's
// frame (the overview and the six centres, lib/map-frame.ts) the basemap's land, lakes, rivers
// and borders, projected to Web Mercator as MapLibre projects them, clipped to what any map box
// can show of that frame, and simplified to below a pixel at the sizes the frame is shown at.
// Writes one content-hashed SVG file per frame to public/map/ and generated/frames.ts,
// and fails if a frame's file is over its budget.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { clipPolygon, clipPolyline } from "lineclip";
import { contract } from "../lib/contract";
import { dataFiles } from "../lib/data-files";
import { localizeDataset } from "../lib/dataset-l10n";
import { type Box, centreFrame, FRAME_PADDING, overviewFrame, project } from "../lib/map-frame";
import { validateDataset } from "../lib/schema";
import { labelAdvance } from "./jp-font.mjs";
import { simplify } from "./lib/simplify.mjs";

const root = join(import.meta.dirname, "..");
/** Per-frame budget for a map file, gzipped: a page's whole drawn map stays under 25 KB. */
const BUDGET_GZ = 22 * 1024;
/** The map boxes the layouts give, as padded-box aspect ratios: a drawing covers these without a cut edge. */
const ASPECT = { min: 1.1, max: 4.5 };
/** The map box width in CSS pixels the detail is made for (a desktop's); wider boxes show the same lines, bigger. */
const MAX_WIDTH = 1200;

type Position = [number, number];
type Geometry = { type: string; coordinates: unknown };
type Feature = { properties: { kind: string; weight?: number }; geometry: Geometry };

const basemapFile = readdirSync(join(root, "public", "basemap")).find((f) =>
  /^basemap\.[0-9a-f]{10}\.geojson$/.test(f),
);
if (!basemapFile)
  throw new Error("generate-map: no public/basemap/basemap.*.geojson; run scripts/generate-assets.mjs first");
const basemap = JSON.parse(readFileSync(join(root, "public", "basemap", basemapFile), "utf8")) as {
  features: Feature[];
};
const cities = JSON.parse(readFileSync(join(root, "data", "cities.json"), "utf8")) as {
  slug: string;
  coordinates: { lat: number; lon: number };
}[];

/** The region a frame's drawing covers: the frame, widened and heightened to the extreme box shapes. */
function drawBox(frame: Box): Box {
  const w = frame.x1 - frame.x0;
  const h = frame.y1 - frame.y0;
  const cx = (frame.x0 + frame.x1) / 2;
  const cy = (frame.y0 + frame.y1) / 2;
  // Padding around the frame, in world pixels at the smallest scale it is shown (a 300 px box).
  const pad = (FRAME_PADDING * 2 * w) / (300 - 2 * FRAME_PADDING);
  const halfW = Math.max(w, h * ASPECT.max) / 2 + pad;
  const halfH = Math.max(h, w / ASPECT.min) / 2 + pad;
  return { x0: cx - halfW, y0: Math.max(0, cy - halfH), x1: cx + halfW, y1: Math.min(512, cy + halfH) };
}

const rings = (g: Geometry): Position[][] =>
  g.type === "Polygon"
    ? (g.coordinates as Position[][])
    : g.type === "MultiPolygon"
      ? (g.coordinates as Position[][][]).flat()
      : [];
const lines = (g: Geometry): Position[][] =>
  g.type === "LineString"
    ? [g.coordinates as Position[]]
    : g.type === "MultiLineString"
      ? (g.coordinates as Position[][])
      : [];

/** SVG path data for rings or lines, in units of 1/scale world pixels, relative moves. */
function pathData(parts: Position[][], scale: number, closed: boolean): string {
  let d = "";
  for (const part of parts) {
    let px = 0;
    let py = 0;
    let started = false;
    for (const [x, y] of part) {
      const ix = Math.round(x * scale);
      const iy = Math.round(y * scale);
      if (!started) {
        d += `M${ix} ${iy}`;
        started = true;
      } else if (ix !== px || iy !== py) {
        const dx = ix - px;
        const dy = iy - py;
        d += `l${dx} ${dy}`.replace(/ -/g, "-");
      }
      px = ix;
      py = iy;
    }
    if (closed) d += "z";
  }
  return d;
}

function drawFrame(frame: Box) {
  const box = drawBox(frame);
  const bbox: [number, number, number, number] = [box.x0, box.y0, box.x1, box.y1];
  // About a pixel at the size the detail is made for (MAX_WIDTH); lines, drawn thin and faint,
  // coarser (borders two pixels, rivers three).
  const maxScale = (MAX_WIDTH - 2 * FRAME_PADDING) / (frame.x1 - frame.x0);
  const tolerance = 1 / maxScale;
  // Integer coordinates at a pixel or finer at that size.
  const precision = 10 ** Math.ceil(Math.log10(maxScale));
  const projectPart = (part: Position[]) => part.map(([lon, lat]) => project(lon, lat));
  const polygonPaths = (kind: string) => {
    const out: Position[][] = [];
    for (const f of basemap.features.filter((x) => x.properties.kind === kind)) {
      for (const ring of rings(f.geometry)) {
        const clipped = clipPolygon(projectPart(ring), bbox) as Position[];
        if (clipped.length < 3) continue;
        const simple = simplify(clipped, tolerance);
        // Drop rings smaller than a pixel or two.
        const area = Math.abs(
          simple.reduce((a, p, i) => {
            const q = simple[(i + 1) % simple.length] as Position;
            return a + p[0] * q[1] - q[0] * p[1];
          }, 0) / 2,
        );
        if (simple.length >= 3 && area * maxScale * maxScale > 4) out.push(simple);
      }
    }
    return pathData(out, precision, true);
  };
  const linePaths = (filter: (f: Feature) => boolean, factor: number) => {
    const out: Position[][] = [];
    for (const f of basemap.features.filter(filter)) {
      for (const line of lines(f.geometry)) {
        for (const part of clipPolyline(projectPart(line), bbox) as Position[][]) {
          const simple = simplify(part, tolerance * factor);
          if (simple.length >= 2) out.push(simple);
        }
      }
    }
    return pathData(out, precision, false);
  };
  const weights = [
    ...new Set(basemap.features.filter((f) => f.properties.kind === "river").map((f) => f.properties.weight ?? 0.2)),
  ];
  return {
    frame,
    box,
    precision,
    land: polygonPaths("land"),
    lakes: polygonPaths("lake"),
    rivers: weights
      .sort((a, b) => a - b)
      .map((weight) => ({
        weight,
        d: linePaths((f) => f.properties.kind === "river" && (f.properties.weight ?? 0.2) === weight, 3),
      }))
      .filter((r) => r.d !== ""),
    borders: linePaths((f) => f.properties.kind === "border", 2),
  };
}

const points = cities.map((c) => c.coordinates);
const frames: Record<string, ReturnType<typeof drawFrame>> = {
  overview: drawFrame(overviewFrame(points)),
  ...Object.fromEntries(cities.map((c) => [c.slug, drawFrame(centreFrame(c.coordinates, points))])),
};

/** MapLibre's river width at a zoom (lib/map-style.ts riverLayer), per unit of weight. */
const riverWidth = (zoom: number) => 0.8 + ((Math.min(7, Math.max(2, zoom)) - 2) / 5) * (3 - 0.8);
/** Its border width at a zoom (borderLayer). */
const borderWidth = (zoom: number) => 0.6 + ((Math.min(7, Math.max(2, zoom)) - 2) / 5) * (1.4 - 0.6);
/** Its river opacity at a zoom. */
const riverOpacity = (zoom: number) => 0.4 + ((Math.min(4, Math.max(1.5, zoom)) - 1.5) / 2.5) * 0.6;

/**
 * One frame's map as an SVG file: the basemap's layers as MapLibre's style draws them, in world
 * pixels (the `viewBox`), coloured by CSS custom properties the page sets (light or dark), strokes
 * in screen pixels. Pages show it with `<use href>`, which inherits those properties.
 */
function svgOf(f: ReturnType<typeof drawFrame>): string {
  // Line widths as MapLibre draws them at the zoom the frame opens at in a typical desktop box.
  const zoom = Math.log2((1000 - 2 * FRAME_PADDING) / (f.frame.x1 - f.frame.x0));
  const k = 1 / f.precision;
  const n = (v: number) => Math.round(v * 100) / 100;
  const b = borderWidth(zoom);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(f.box.x0)} ${n(f.box.y0)} ${n(f.box.x1 - f.box.x0)} ${n(f.box.y1 - f.box.y0)}">`,
    `<g id="map" transform="scale(${k})" stroke-linejoin="round">`,
    `<path fill="var(--jcm-map-land)" d="${f.land}"/>`,
    f.lakes ? `<path fill="var(--jcm-map-water)" d="${f.lakes}"/>` : "",
    `<g fill="none" stroke="var(--jcm-map-river)" stroke-linecap="round" opacity="${n(riverOpacity(zoom))}">`,
    // Rivers MapLibre draws thinner than a third of a pixel at this zoom are left out: not seen.
    ...f.rivers
      .filter((r) => r.weight * riverWidth(zoom) >= 0.33)
      .map(
        (r) => `<path stroke-width="${n(r.weight * riverWidth(zoom))}" vector-effect="non-scaling-stroke" d="${r.d}"/>`,
      ),
    "</g>",
    f.borders
      ? `<path fill="none" stroke="var(--jcm-map-border)" stroke-width="${n(b)}" stroke-dasharray="${n(3 * b)} ${n(2 * b)}" vector-effect="non-scaling-stroke" d="${f.borders}"/>`
      : "",
    "</g></svg>",
  ].join("");
}

const outDir = join(root, "public", "map");
mkdirSync(outDir, { recursive: true });
for (const old of readdirSync(outDir)) if (/\.svg$/.test(old)) rmSync(join(outDir, old));
const sizes: string[] = [];
const files: Record<string, { frame: Box; box: Box; url: string; bytes: number; gzip: number }> = {};
for (const [name, f] of Object.entries(frames)) {
  const svg = svgOf(f);
  const gz = gzipSync(svg, { level: 9 }).length;
  if (gz > BUDGET_GZ) throw new Error(`generate-map: the ${name} map is ${gz} bytes gzipped, over ${BUDGET_GZ}`);
  const file = `${name}.${createHash("sha256").update(svg).digest("hex").slice(0, 10)}.svg`;
  writeFileSync(join(outDir, file), svg);
  files[name] = { frame: f.frame, box: f.box, url: `/map/${file}`, bytes: svg.length, gzip: gz };
  sizes.push(`${name} ${(gz / 1024).toFixed(1)} KB`);
}

// The labels' widths (each centre's name in each language), so the server can place them before
// the browser has measured anything: the advance widths of the fonts the page draws labels with,
// at the labels' weight (app/globals.css .jcm-label: 12 px, 600, Inter's variable files for Latin
// and Cyrillic, Noto Sans JP for Japanese), plus the label's padding and a pixel for rounding.
// Measured at 600, not at the files' default 400: the Russian labels were 3-8 px wider than their
// boxes (issue 25).
const LABEL_FONT_PX = 12;
const LABEL_WEIGHT = 600;
const LABEL_PADDING_PX = 8;
// The advances come from the one font pipeline (scripts/jp-font.mjs, labelAdvance): Inter's
// instance at 600, and Noto Sans JP in the web font's weight CSS draws 600 with (700).
const advance = await labelAdvance(LABEL_WEIGHT);
function labelWidth(text: string): number {
  let px = 0;
  for (const ch of text) {
    px += (advance(ch.codePointAt(0) ?? 0) ?? 1) * LABEL_FONT_PX;
  }
  return Math.ceil(px + LABEL_PADDING_PX + 1);
}
// Each language's names as its pages show them: data/'s, or its translation file's (lib/dataset-l10n.ts).
const dataset = validateDataset(dataFiles);
const labelWidths = Object.fromEntries(
  contract.locales.map((locale) => {
    const file = `messages/dataset.${locale}.json`;
    const localized =
      locale === contract.defaultLocale
        ? dataset
        : localizeDataset(dataset, JSON.parse(readFileSync(join(root, file), "utf8")), file, locale);
    return [locale, Object.fromEntries(localized.cities.map((c) => [c.slug, labelWidth(c.names[locale])]))];
  }),
);

writeFileSync(
  join(root, "generated", "frames.ts"),
  `// Generated by scripts/generate-map.ts. Do not edit; do not commit.
import type { Box } from "@/lib/map-frame";

/** A view's frame and drawn box (world pixels at zoom 0), and its map file (public/map/). */
export type FrameFile = { frame: Box; box: Box; url: string; bytes: number; gzip: number };
/** Per view: the overview's and each centre's. */
export const FRAMES: Record<${Object.keys(files)
    .map((k) => JSON.stringify(k))
    .join(" | ")}, FrameFile> = ${JSON.stringify(files, null, 2)};
/** Each centre's label width in CSS pixels, per language, at the map's label size (${LABEL_FONT_PX}px). */
export const LABEL_WIDTHS: Record<string, Record<string, number>> = ${JSON.stringify(labelWidths)};
`,
);
console.log(`server-drawn map: ${sizes.join(", ")} gzipped -> public/map/`);
