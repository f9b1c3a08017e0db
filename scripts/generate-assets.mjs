#!/usr/bin/env node
// Build-time asset generation. Runs before `next dev`, `next build` and the type check:
//  1. the offline basemap: Natural Earth land, lakes and rivers from the `mapeo-offline-map`
//     npm package and country borders from `world-atlas` (1:50m), made continuous across 180° (Russia's Chukotka is
//     shipped cut at the antimeridian), clipped to the region, rounded and written as one
//     content-hashed GeoJSON file under public/basemap/;
//  2. the MapLibre 6 worker, copied to public/vendor/ under a versioned name (Turbopack
//     cannot resolve it from the bundle; see docs/decisions/002-maplibre-worker.md);
//  3. components/map/assets.generated.ts, which tells the map island both URLs;
//  4. the fonts, both from scripts/jp-font.mjs (the one font pipeline): the Japanese web font and
//     the TrueType fonts resvg draws the map images and social cards with.
// Outputs are git-ignored: a clean clone regenerates them with `npm run generate`.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { clipPolygon, clipPolyline } from "lineclip";
import { mesh } from "topojson-client";
import { buildImageFonts, buildJapaneseFont, imageFontSummary, summary as japaneseFontSummary } from "./jp-font.mjs";
import { simplify } from "./lib/simplify.mjs";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The region we draw, in continuous longitudes (east of 180° is written as 180..200). */
export const BASEMAP_BBOX = [-30, -50, 225, 85];
/** Decimal places kept: 2 ≈ 1 km, finer than anything visible at the map's max zoom (7). */
const PRECISION = 2;
const BUDGET_GZIP_BYTES = 300 * 1024;

const mapeoDir = dirname(require.resolve("mapeo-offline-map/package.json"));
const readMapeo = (name) => JSON.parse(readFileSync(join(mapeoDir, "dist", `${name}.json`), "utf8"));

const factor = 10 ** PRECISION;
const round = (v) => Math.round(v * factor) / factor;

/**
 * Shift a ring or line that lies wholly west of 0° by +360° when that brings it into the
 * region (the Chukotka and Alaska pieces cut at -180°), so the geometry is continuous
 * across the antimeridian and MapLibre draws no wedges or bands.
 */
function unwrap(coords) {
  let maxLon = -Infinity;
  let minLon = Infinity;
  for (const [lon] of coords) {
    if (lon > maxLon) maxLon = lon;
    if (lon < minLon) minLon = lon;
  }
  if (maxLon <= 0 && minLon + 360 <= BASEMAP_BBOX[2]) {
    return coords.map(([lon, lat]) => [lon + 360, lat]);
  }
  return coords;
}

/** Douglas-Peucker tolerance in degrees: about 2 km, below a pixel at the overview zooms. */
const TOLERANCE = 0.02;

/** Round coordinates and drop repeated points that rounding creates. */
function quantize(coords) {
  const out = [];
  for (const [lon, lat] of coords) {
    const p = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function clipRing(ring) {
  const clipped = quantize(simplify(clipPolygon(unwrap(ring), BASEMAP_BBOX), TOLERANCE));
  if (clipped.length < 3) return null;
  const first = clipped[0];
  const last = clipped[clipped.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) clipped.push([...first]);
  return clipped.length >= 4 ? clipped : null;
}

function clipPolygons(polygons) {
  const out = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon;
    const shell = clipRing(outer);
    if (!shell) continue;
    out.push([shell, ...holes.map(clipRing).filter(Boolean)]);
  }
  return out;
}

function clipLines(lines) {
  const out = [];
  for (const line of lines) {
    for (const part of clipPolyline(unwrap(line), BASEMAP_BBOX)) {
      const q = quantize(simplify(part, TOLERANCE));
      if (q.length >= 2) out.push(q);
    }
  }
  return out;
}

const polygonsOf = (g) => (g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : []);
const linesOf = (g) => (g.type === "LineString" ? [g.coordinates] : g.type === "MultiLineString" ? g.coordinates : []);

function buildBasemap() {
  const features = [];
  const land = clipPolygons(readMapeo("land").features.flatMap((f) => polygonsOf(f.geometry)));
  features.push({
    type: "Feature",
    properties: { kind: "land" },
    geometry: { type: "MultiPolygon", coordinates: land },
  });

  for (const f of readMapeo("lakes").features) {
    const polys = clipPolygons(polygonsOf(f.geometry));
    if (polys.length === 0) continue;
    features.push({
      type: "Feature",
      properties: { kind: "lake", ...(f.properties.name ? { name: f.properties.name } : {}) },
      geometry: { type: "MultiPolygon", coordinates: polys },
    });
  }

  // Rivers: merge by stroke weight so the file stays small and the style can still vary width.
  const riversByWeight = new Map();
  for (const f of readMapeo("rivers").features) {
    const weight = Math.round((f.properties.strokeweig ?? 0.2) * 10) / 10;
    const lines = clipLines(linesOf(f.geometry));
    if (lines.length === 0) continue;
    riversByWeight.set(weight, [...(riversByWeight.get(weight) ?? []), ...lines]);
  }
  for (const [weight, lines] of [...riversByWeight].sort((a, b) => a[0] - b[0])) {
    features.push({
      type: "Feature",
      properties: { kind: "river", weight },
      geometry: { type: "MultiLineString", coordinates: lines },
    });
  }

  // Country borders only: the shared arcs between two different countries (no coastlines).
  const countries = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
  const borderMesh = mesh(countries, countries.objects.countries, (a, b) => a !== b);
  const borders = clipLines(linesOf(borderMesh));
  features.push({
    type: "Feature",
    properties: { kind: "border" },
    geometry: { type: "MultiLineString", coordinates: borders },
  });

  return { type: "FeatureCollection", features };
}

/** Fail loudly if any segment still jumps across the map: that is what draws bands. */
function assertNoAntimeridianJumps(fc) {
  for (const f of fc.features) {
    const parts = f.geometry.type === "MultiPolygon" ? f.geometry.coordinates.flat() : f.geometry.coordinates;
    for (const part of parts) {
      for (let i = 1; i < part.length; i++) {
        if (Math.abs(part[i][0] - part[i - 1][0]) > 90) {
          throw new Error(
            `basemap: segment jumps ${part[i - 1][0]} -> ${part[i][0]} in a ${f.properties.kind} feature`,
          );
        }
      }
    }
  }
}

function hashOf(buf) {
  return createHash("sha256").update(buf).digest("hex").slice(0, 10);
}

function writeFresh(dir, prefix, name, contents) {
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir)) if (old.startsWith(prefix) && old !== name) rmSync(join(dir, old));
  writeFileSync(join(dir, name), contents);
}

const basemap = buildBasemap();
assertNoAntimeridianJumps(basemap);
const basemapJson = Buffer.from(JSON.stringify(basemap));
const gz = gzipSync(basemapJson, { level: 9 }).length;
if (gz > BUDGET_GZIP_BYTES) {
  throw new Error(`basemap: ${gz} bytes gzipped is over the ${BUDGET_GZIP_BYTES}-byte budget`);
}
const basemapName = `basemap.${hashOf(basemapJson)}.geojson`;
writeFresh(join(root, "public", "basemap"), "basemap.", basemapName, basemapJson);

// A coarse outline of the region for small locator maps (social cards, static fallbacks):
// equirectangular, x scaled by cos(56°), in a 1000-unit-wide box.
const LOCATOR_BBOX = [20, 38, 192, 78];
const LOCATOR_K = Math.cos((56 * Math.PI) / 180);
const LOCATOR_W = 1000;
const LOCATOR_SCALE = LOCATOR_W / ((LOCATOR_BBOX[2] - LOCATOR_BBOX[0]) * LOCATOR_K);
const LOCATOR_H = Math.round((LOCATOR_BBOX[3] - LOCATOR_BBOX[1]) * LOCATOR_SCALE);
function locatorPath() {
  const land = readMapeo("land").features.flatMap((f) => polygonsOf(f.geometry));
  const parts = [];
  for (const polygon of land) {
    const ring = polygon[0];
    const clipped = simplify(clipPolygon(unwrap(ring), LOCATOR_BBOX), 0.35);
    if (clipped.length < 4) continue;
    const pts = clipped.map(([lon, lat]) => [
      Math.round((lon - LOCATOR_BBOX[0]) * LOCATOR_K * LOCATOR_SCALE),
      Math.round((LOCATOR_BBOX[3] - lat) * LOCATOR_SCALE),
    ]);
    parts.push(`M${pts.map((p) => p.join(" ")).join("L")}Z`);
  }
  return parts.join("");
}
const locator = locatorPath();

const maplibreDir = dirname(require.resolve("maplibre-gl/package.json"));
const maplibreVersion = JSON.parse(readFileSync(join(maplibreDir, "package.json"), "utf8")).version;
const workerName = `maplibre-gl-worker-${maplibreVersion}.mjs`;
writeFresh(
  join(root, "public", "vendor"),
  "maplibre-gl-worker-",
  workerName,
  readFileSync(join(maplibreDir, "dist", "maplibre-gl-worker.mjs")),
);

writeFileSync(
  join(root, "components", "map", "assets.generated.ts"),
  `// Generated by scripts/generate-assets.mjs. Do not edit; do not commit.
/** Content-hashed basemap GeoJSON served from public/. */
export const BASEMAP_URL = "/basemap/${basemapName}";
/** Region the basemap covers: [west, south, east, north], east of 180° written as >180. */
export const BASEMAP_BBOX = ${JSON.stringify(BASEMAP_BBOX)} as const;
/** MapLibre's worker, copied from node_modules under a versioned name. */
export const MAPLIBRE_WORKER_URL = "/vendor/${workerName}";
/** A coarse land outline for locator maps: SVG path in a ${LOCATOR_W}×${LOCATOR_H} box. */
export const LOCATOR = {
  width: ${LOCATOR_W},
  height: ${LOCATOR_H},
  bbox: ${JSON.stringify(LOCATOR_BBOX)} as const,
  k: ${LOCATOR_K},
  scale: ${LOCATOR_SCALE},
  path: "${locator}",
} as const;
`,
);

console.log(
  `basemap: ${basemap.features.length} features, ${(basemapJson.length / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzipped -> public/basemap/${basemapName}`,
);
console.log(`worker: public/vendor/${workerName}`);
console.log(`locator outline: ${(locator.length / 1024).toFixed(0)} KB of SVG path`);

// The Japanese subset font (public/fonts/) and components/ui/jp-font.generated.ts: scripts/jp-font.mjs.
console.log(japaneseFontSummary(await buildJapaneseFont({ root })));
// The pictures' fonts, for resvg (generated/image-fonts/), and lib/image-version.generated.ts: scripts/jp-font.mjs.
console.log(imageFontSummary(await buildImageFonts({ root })));
