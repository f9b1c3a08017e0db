import { describe, expect, it } from "vitest";
import { FRAMES, LABEL_WIDTHS } from "@/generated/frames";
import { dataFiles } from "@/lib/data-files";
import {
  centreFrame,
  FRAME_PADDING,
  fitFrame,
  labelBox,
  MARK,
  NEAR,
  overviewFrame,
  PLACEMENTS,
  placeLabels,
  project,
  scaleSteps,
  spreadTargets,
  TARGET,
  unproject,
} from "@/lib/map-frame";
import { labelCss, MAP_CONTROLS, placementsAt, placementTable, stepFor, targetsAt } from "@/lib/map-labels";

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
      const frame = centreFrame(
        c.coordinates,
        cities.map((o) => o.coordinates),
      );
      const [x, y] = project(c.coordinates.lon, c.coordinates.lat);
      expect(x).toBeCloseTo((frame.x0 + frame.x1) / 2, 6);
      expect(y).toBeCloseTo((frame.y0 + frame.y1) / 2, 6);
      // At least the centre's region: 10° of longitude each side.
      expect(frame.x1 - x).toBeGreaterThanOrEqual(project(c.coordinates.lon + 10, 0)[0] - x - 1e-9);
      expect(FRAMES[c.slug as keyof typeof FRAMES].frame).toEqual(frame);
    }
  });

  it("grows a centre's frame to take in its neighbours, with room for their labels", () => {
    const near = (a: { lon: number; lat: number }, b: { lon: number; lat: number }) =>
      Math.abs(a.lon - b.lon) <= NEAR.lon && Math.abs(a.lat - b.lat) <= NEAR.lat;
    for (const c of cities) {
      const frame = FRAMES[c.slug as keyof typeof FRAMES].frame;
      const neighbours = cities.filter((o) => o !== c && near(o.coordinates, c.coordinates));
      expect(neighbours.length, c.slug).toBeGreaterThan(0);
      for (const o of neighbours) {
        const [ox, oy] = project(o.coordinates.lon, o.coordinates.lat);
        const room = project(NEAR.room, 0)[0] - project(0, 0)[0];
        expect(ox, `${o.slug} on ${c.slug}`).toBeGreaterThanOrEqual(frame.x0 + room - 1e-6);
        expect(ox).toBeLessThanOrEqual(frame.x1 - room + 1e-6);
        expect(oy).toBeGreaterThanOrEqual(frame.y0 + room - 1e-6);
        expect(oy).toBeLessThanOrEqual(frame.y1 - room + 1e-6);
      }
    }
    // A lone point keeps its region: 10° of longitude each side, 4° of latitude (their mean).
    const alone = centreFrame({ lon: 100, lat: 60 }, [{ lon: 40, lat: 55 }]);
    expect(alone.x1 - alone.x0).toBeCloseTo(project(110, 0)[0] - project(90, 0)[0], 6);
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

/**
 * Every mark and label box of a placement, in pixels from the frame's centre, of the centres inside
 * the frame's drawing (what any box shape can show; the far centres are off the map).
 */
function boxes({ frame, box }: (typeof FRAMES)["overview"], scale: number, locale: string) {
  const placements = placementsAt(frame, scale, points(locale));
  const cx = (frame.x0 + frame.x1) / 2;
  const cy = (frame.y0 + frame.y1) / 2;
  return points(locale).flatMap((p) => {
    const [x, y] = project(p.lon, p.lat);
    if (x < box.x0 || x > box.x1 || y < box.y0 || y > box.y1) return [];
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
      for (const [name, drawn] of Object.entries(FRAMES)) {
        for (const scale of scaleSteps(drawn.frame)) {
          const all = boxes(drawn, scale, locale);
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
    for (const c of cities)
      expect(css).toMatch(new RegExp(`\\[data-marker="${c.slug}"\\]\\{--tx:[-\\d.]+px;--ty:[-\\d.]+px;--lx:`));
    expect(css).toMatch(/@container jcm-map \(min-width:[\d.]+px\) and \(min-height:[\d.]+px\)\{/);
    // The smallest step's rules come first, unconditional.
    expect(css.startsWith("[data-server-map='overview'] [data-marker=")).toBe(true);
  });
});

describe("labels and the map's overlays", () => {
  it("keep clear of the zoom buttons and “Explore the map”, on every frame in the site's map boxes", () => {
    const clashes: string[] = [];
    for (const locale of ["en", "ja", "ru"]) {
      for (const [name, drawn] of Object.entries(FRAMES)) {
        for (const width of [360, 390, 768, 1280]) {
          // The site's map box on a phone (46vh of 800, less the caption) and the desktop's beside the panel.
          const box = width >= 1024 ? { w: width - 480, h: 724 } : { w: width, h: 334 };
          const { frame } = drawn;
          const scale = stepFor(scaleSteps(frame), fitFrame(frame, box.w, box.h).scale);
          // The overlays sit in the corners of the real box, centred on the frame as the map is.
          const halfW = box.w / 2;
          const halfH = box.h / 2;
          const o = MAP_CONTROLS;
          const overlays = [
            { x: halfW - o.topRight.w, y: -halfH, w: o.topRight.w, h: o.topRight.h },
            { x: halfW - o.bottomRight.w, y: halfH - o.bottomRight.h, w: o.bottomRight.w, h: o.bottomRight.h },
          ];
          for (const b of boxes(drawn, scale, locale).filter((_, i) => i % 2 === 1))
            if (overlays.some((r) => hit(b.rect, r))) clashes.push(`${locale} ${name} ${width}: ${b.slug}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe("touch targets", () => {
  type P = { x: number; y: number };
  /** How far apart two squares' centres are on the farther axis (apart when ≥ their size). */
  const sq = (a: P | undefined, b: P | undefined) =>
    a && b ? Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) : Number.NaN;

  it("leaves targets that are clear of each other where they are", () => {
    expect(
      spreadTargets([
        { key: "a", x: 0, y: 0 },
        { key: "b", x: 30, y: 5 },
      ]),
    ).toEqual({ a: [0, 0], b: [0, 0] });
  });

  it("pushes crowded targets apart, each no farther than keeps its mark inside it", () => {
    const items = [
      { key: "a", x: 0, y: 0 },
      { key: "b", x: 17, y: 3 },
      { key: "c", x: 8, y: 21 },
    ];
    const out = spreadTargets(items);
    const at = items.map((m) => ({ x: m.x + (out[m.key]?.[0] ?? 0), y: m.y + (out[m.key]?.[1] ?? 0) }));
    for (let i = 0; i < at.length; i++)
      for (let j = i + 1; j < at.length; j++) expect(sq(at[i], at[j])).toBeGreaterThanOrEqual(TARGET.size);
    for (const s of Object.values(out))
      for (const v of s) expect(Math.abs(v)).toBeLessThanOrEqual((TARGET.size - MARK.size) / 2);
  });

  it("keeps every marker's target clear of the others on the overview at 360 px and wider", () => {
    const frame = FRAMES.overview.frame;
    for (const width of [360, 390, 768, 1280]) {
      const scale = fitFrame(frame, width, width * 0.9).scale;
      const pts = points("en");
      const targets = targetsAt(frame, scale, pts);
      const cx = (frame.x0 + frame.x1) / 2;
      const cy = (frame.y0 + frame.y1) / 2;
      const at = pts.map((p) => {
        const [x, y] = project(p.lon, p.lat);
        const t = targets[p.slug] ?? [0, 0];
        return { slug: p.slug, x: (x - cx) * scale + t[0], y: (y - cy) * scale + t[1] };
      });
      for (let i = 0; i < at.length; i++)
        for (let j = i + 1; j < at.length; j++)
          expect(sq(at[i], at[j]), `${at[i]?.slug} and ${at[j]?.slug} at ${width}`).toBeGreaterThanOrEqual(TARGET.size);
    }
  });
});
