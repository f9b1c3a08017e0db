import { describe, expect, it } from "vitest";
import { FRAMES, LABEL_WIDTHS } from "@/components/map/frames.generated";
import { dataFiles } from "@/lib/data-files";
import {
  centreFrame,
  FRAME_PADDING,
  fitFrame,
  labelBox,
  MARK,
  overviewFrame,
  PLACEMENTS,
  placeLabels,
  project,
  scaleSteps,
  unproject,
} from "@/lib/map-frame";
import { labelCss, placementsAt, placementTable, stepFor } from "@/lib/map-labels";

const cities = dataFiles["cities.json"];
const points = (locale: string) =>
  cities.map((c) => ({
    slug: c.slug,
    lon: c.coordinates.lon,
    lat: c.coordinates.lat,
    width: LABEL_WIDTHS[locale]?.[c.slug] ?? 0,
  }));

describe("Web Mercator as MapLibre computes it", () => {
  it("puts known places where MapLibre's 512-pixel world has them", () => {
    expect(project(0, 0)).toEqual([256, 256]);
    expect(project(-180, 0)[0]).toBe(0);
    expect(project(180, 0)[0]).toBe(512);
    // 85.0511° is the top of the square world.
    expect(project(0, 85.051129)[1]).toBeCloseTo(0, 3);
    // Moscow: MapLibre's MercatorCoordinate.fromLngLat([37.6173, 55.7558]) × 512.
    const [x, y] = project(37.6173, 55.7558);
    expect(x).toBeCloseTo(309.5, 1);
    expect(y).toBeCloseTo(160.1, 1);
  });

  it("unprojects what it projects", () => {
    for (const [lon, lat] of [
      [37.6, 55.7],
      [131.9, 43.1],
      [-20, -30],
    ] as const) {
      const [x, y] = project(lon, lat);
      const [lon2, lat2] = unproject(x, y);
      expect(lon2).toBeCloseTo(lon, 9);
      expect(lat2).toBeCloseTo(lat, 9);
    }
  });
});

describe("frames and the camera", () => {
  it("frames the overview on the six, 40–72° N, not the world", () => {
    const frame = overviewFrame(cities.map((c) => c.coordinates));
    const [west, north] = unproject(frame.x0, frame.y0);
    const [east, south] = unproject(frame.x1, frame.y1);
    const lons = cities.map((c) => c.coordinates.lon);
    expect(west).toBeCloseTo(Math.min(...lons) - 2, 6);
    expect(east).toBeCloseTo(Math.max(...lons) + 2, 6);
    expect(north).toBeCloseTo(72, 6);
    expect(south).toBeCloseTo(40, 6);
    expect(FRAMES.overview.frame).toEqual(frame);
  });

  it("frames each centre with its region", () => {
    for (const c of cities) {
      const frame = centreFrame(c.coordinates);
      const [x, y] = project(c.coordinates.lon, c.coordinates.lat);
      expect(x).toBeCloseTo((frame.x0 + frame.x1) / 2, 6);
      expect(y).toBeGreaterThan(frame.y0);
      expect(y).toBeLessThan(frame.y1);
      expect(FRAMES[c.slug as keyof typeof FRAMES].frame).toEqual(frame);
    }
  });

  it("fits a frame into a box as fitBounds does, with the padding on the tighter side", () => {
    const frame = FRAMES.overview.frame;
    const w = frame.x1 - frame.x0;
    const h = frame.y1 - frame.y0;
    const wide = fitFrame(frame, 1000, 400);
    expect(wide.scale).toBeCloseTo((400 - 2 * FRAME_PADDING) / h, 9);
    const tall = fitFrame(frame, 360, 340);
    expect(tall.scale).toBeCloseTo((360 - 2 * FRAME_PADDING) / w, 9);
    expect(tall.zoom).toBeCloseTo(Math.log2(tall.scale), 9);
    // The camera's centre is the frame's centre.
    expect(project(tall.lon, tall.lat)[0]).toBeCloseTo((frame.x0 + frame.x1) / 2, 6);
    expect(project(tall.lon, tall.lat)[1]).toBeCloseTo((frame.y0 + frame.y1) / 2, 6);
  });

  it("draws a basemap that covers the frame at any box shape the layouts give", () => {
    for (const { frame, box } of Object.values(FRAMES)) {
      expect(box.x0).toBeLessThan(frame.x0);
      expect(box.x1).toBeGreaterThan(frame.x1);
      expect(box.y0).toBeLessThan(frame.y0);
      expect(box.y1).toBeGreaterThan(frame.y1);
    }
  });

  it("keeps each frame's drawing within the page budget (25 KB gzipped, markup included)", () => {
    for (const [name, { gzip }] of Object.entries(FRAMES)) expect(gzip, name).toBeLessThanOrEqual(22 * 1024);
  });
});

type Rect = { x: number; y: number; w: number; h: number };
const hit = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Every mark and label box of a placement, in pixels from the frame's centre. */
function boxes(frame: (typeof FRAMES)["overview"]["frame"], scale: number, locale: string) {
  const placements = placementsAt(frame, scale, points(locale));
  const cx = (frame.x0 + frame.x1) / 2;
  const cy = (frame.y0 + frame.y1) / 2;
  return points(locale).flatMap((p) => {
    const [x, y] = project(p.lon, p.lat);
    const px = (x - cx) * scale;
    const py = (y - cy) * scale;
    const placement = placements[p.slug] ?? "right";
    const b = labelBox(placement, p.width);
    return [
      { slug: p.slug, rect: { x: px - MARK.size / 2, y: py - MARK.size / 2, w: MARK.size, h: MARK.size } },
      { slug: p.slug, rect: { x: px + b.x, y: py + b.y, w: b.w, h: b.h } },
    ];
  });
}

describe("labels", () => {
  it("place every label in each language, at every scale of every frame, covering nothing", () => {
    for (const locale of ["en", "ja", "ru"]) {
      for (const [name, { frame }] of Object.entries(FRAMES)) {
        for (const scale of scaleSteps(frame)) {
          const all = boxes(frame, scale, locale);
          const clashes: string[] = [];
          all.forEach((a, i) => {
            for (const b of all.slice(i + 1))
              if (a.slug !== b.slug && hit(a.rect, b.rect)) clashes.push(`${a.slug}×${b.slug}`);
          });
          expect(clashes, `${locale} ${name} at ${scale}`).toEqual([]);
        }
      }
    }
  });

  it("prefers a label to the right when nothing is in the way", () => {
    expect(placeLabels([{ key: "a", x: 0, y: 0, width: 60 }], { x: -200, y: -200, w: 400, h: 400 })).toEqual({
      a: "right",
    });
    // Something at the right: the next preference.
    const two = placeLabels(
      [
        { key: "a", x: 0, y: 0, width: 60 },
        { key: "b", x: 30, y: 0, width: 60 },
      ],
      { x: -200, y: -200, w: 400, h: 400 },
    );
    expect(two.a).not.toBe("right");
    expect(PLACEMENTS).toContain(two.a);
  });

  it("is the same step for the drawn map's box and the live map's zoom", () => {
    const steps = scaleSteps(FRAMES.overview.frame);
    expect(steps.length).toBeGreaterThan(10);
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1] ?? 0);
    const s = steps[5] ?? 0;
    expect(stepFor(steps, s)).toBe(s);
    expect(stepFor(steps, s * 1.05)).toBe(s);
    expect(stepFor(steps, 0)).toBe(steps[0]);
  });

  it("writes the drawn map's placements as container queries", () => {
    const frame = FRAMES.overview.frame;
    const table = placementTable("overview", frame, points("en"));
    const css = labelCss("[data-server-map='overview']", frame, table, LABEL_WIDTHS.en ?? {});
    for (const c of cities) expect(css).toContain(`[data-marker="${c.slug}"]{--lx:`);
    expect(css).toMatch(/@container jcm-map \(min-width:[\d.]+px\) and \(min-height:[\d.]+px\)\{/);
    // The smallest step's rules come first, unconditional.
    expect(css.startsWith("[data-server-map='overview'] [data-marker=")).toBe(true);
  });
});
