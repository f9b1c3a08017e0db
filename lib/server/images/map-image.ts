// The map as a picture for print and social (`/images/<overview|slug>.svg|png`, issue 16): the
// same map the page draws on the server (the view's frame from public/map/, the markers by status
// on the date, the labels placed by lib/map-labels.ts), with the title, the date shown, the legend,
// a source line and the credit around it. One SVG, text as text and every part a named group, so
// it opens as layers in Inkscape or Illustrator; the PNG is that SVG rasterized by resvg with the
// fonts of generated/image-fonts/ (lib/server/images/png-fonts.ts). Server only: it reads the dataset.
import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FRAMES, LABEL_WIDTHS } from "@/generated/frames";
import { type Asof, asofNotice } from "@/lib/asof";
import { contract, type ImageFormat, type ImageTheme, type Locale, type Slug } from "@/lib/contract";
import { frameKey } from "@/lib/frame-key";
import { fitFrame, hasLeader, labelBox, MARK, project } from "@/lib/map-frame";
import { LABEL_FALLBACK_WIDTH, placementsAt } from "@/lib/map-labels";
import { palette } from "@/lib/map-style";
import { centersFor } from "@/lib/server/centers";
import { centreTitle, formatDateIn, translator } from "@/lib/server/text";
import { SITE_URL } from "@/lib/site";
import { type CenterStatus, STATUSES } from "@/lib/status";
import { STATUS_STYLE } from "@/lib/status-style";
import { escapeXml as esc } from "@/lib/xml";

export type MapImageSpec = {
  locale: Locale;
  /** The centre, or null for the overview. */
  slug: Slug | null;
  theme: ImageTheme;
  /** The date shown, parsed and clamped (lib/asof.ts); "latest" for the data's latest state. */
  asof: Asof;
  /**
   * The first and last day of the date's state (lib/asof.ts): a dated picture names the span, the
   * same for every day of it (so one file per state serves them all, as for the pages).
   */
  span?: { from: string; to: string };
};

/** The picture's size in SVG units; the PNG is drawn at PNG_SCALE times this (2400 × 1600). */
export const IMAGE_SIZE = { width: 1200, height: 800 } as const;
export const PNG_SCALE = 2;

/** Fonts named in the SVG: the PNG's (Noto Sans JP), then what a reader's editor may have. */
export const IMAGE_FONT_FAMILY = "'Noto Sans JP', 'Noto Sans CJK JP', 'Hiragino Sans', Inter, Arial, sans-serif";

const THEMES = {
  light: { paper: "#ffffff", ink: "#1c2430", muted: "#4f5b6b", line: "#d9dee5", labelBg: "#ffffff" },
  dark: { paper: "#14181e", ink: "#e6e9ee", muted: "#a9b3c1", line: "#343d4a", labelBg: "#14181e" },
} as const;

/** Where the map sits in the picture, and how much larger than on the site its marks are drawn. */
const MAP = { x: 40, y: 148, width: 1120, height: 492 } as const;
const MARK_SCALE = 1.5;
const MARGIN = 40;

const n = (v: number) => String(Math.round(v * 100) / 100);

/**
 * A frame's basemap as the picture draws it, made once per frame and theme: the inside of
 * public/map/<frame>.svg's `#map` group (its units are the group's `scale()` in world pixels:
 * scripts/generate-map.ts), its lines at plain widths for a map drawn at `scale` (fixedStrokes),
 * the rivers' group opacity as a stroke's (the same look, without a layer: see `inside` below),
 * and the theme's colours for the page's CSS variables.
 */
const basemaps = new Map<string, string>();
function basemapShapes(url: string, scale: number, theme: ImageTheme): string {
  const key = `${url}|${scale}|${theme}`;
  let shapes = basemaps.get(key);
  if (!shapes) {
    const file = readFileSync(join(process.cwd(), "public", url), "utf8");
    const m = /<g id="map"([^>]*)>([\s\S]*)<\/g><\/svg>\s*$/.exec(file);
    const unit = Number(/transform="scale\(([\d.]+)\)"/.exec(m?.[1] ?? "")?.[1]);
    if (!m || !(unit > 0))
      throw new Error(`public${url}: no <g id="map" transform="scale(…)"> group (run npm run generate)`);
    const map = palette(theme);
    shapes = fixedStrokes(`<g${m[1]}>${m[2]}</g>`, MARK_SCALE / (scale * unit))
      .replace(/(<g\b[^>]*?) opacity="/g, '$1 stroke-opacity="')
      .replace(/var\(--jcm-map-land\)/g, map.land)
      .replace(/var\(--jcm-map-water\)/g, map.water)
      .replace(/var\(--jcm-map-river\)/g, map.river)
      .replace(/var\(--jcm-map-border\)/g, map.border);
    basemaps.set(key, shapes);
  }
  return shapes;
}

/**
 * The basemap's lines with widths in the picture's units. The page draws them with
 * `vector-effect="non-scaling-stroke"` (a width in screen pixels at any zoom), which renderers
 * read differently: resvg drew them a fifth as wide as a browser, and a browser showing the
 * picture small drew them heavy. So each width and dash becomes a plain one, `k` times the file's.
 */
function fixedStrokes(shapes: string, k: number): string {
  const times = (v: string) =>
    v
      .split(/[\s,]+/)
      .map((x) => n(Number(x) * k))
      .join(" ");
  return shapes.replace(/<[^>]*vector-effect="non-scaling-stroke"[^>]*>/g, (tag) =>
    tag
      .replace(/ vector-effect="non-scaling-stroke"/, "")
      .replace(/stroke-width="([^"]+)"/, (_, w: string) => `stroke-width="${times(w)}"`)
      .replace(/stroke-dasharray="([^"]+)"/, (_, d: string) => `stroke-dasharray="${times(d)}"`),
  );
}

/** A rough width of a text in a font size, for laying out the legend (Japanese is square). */
function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    // CJK punctuation, kana and ideographs, and the fullwidth forms are square; capitals are wider.
    const square = (code >= 0x3000 && code < 0xa000) || (code >= 0xff00 && code < 0xfff0);
    w += square ? 1 : /[A-ZА-ЯЁ]/.test(ch) ? 0.68 : 0.56;
  }
  return w * size;
}

/** A marker's shape for a status, centred on 0,0, `size` across, as on the site (status-style.ts). */
function markerShape(status: CenterStatus, size: number, paper: string): string {
  const r = size / 2;
  const colour = STATUS_STYLE[status].colour;
  const halo = `stroke="${paper}" stroke-width="${n(size / 6)}" paint-order="stroke"`;
  switch (status) {
    case "not-yet-opened":
      return `<circle r="${n(r)}" fill="${paper}" stroke="${colour}" stroke-width="${n(size / 6)}"/>`;
    case "earlier-or-disputed":
      return `<circle r="${n(r)}" fill="${paper}" stroke="${colour}" stroke-width="${n(size / 6)}"/><path d="M0 ${n(-r)}A${n(r)} ${n(r)} 0 0 0 0 ${n(r)}Z" fill="${colour}"/>`;
    case "operating":
      return `<circle r="${n(r)}" fill="${colour}" ${halo}/>`;
    case "memoranda-ended": {
      const d = r * 1.25;
      return `<path d="M0 ${n(-d)}L${n(d)} 0L0 ${n(d)}L${n(-d)} 0Z" fill="${colour}" ${halo}/>`;
    }
    case "closure-announced":
      return `<rect x="${n(-r)}" y="${n(-r)}" width="${n(size)}" height="${n(size)}" rx="${n(size / 8)}" fill="${colour}" ${halo}/>`;
  }
}

/**
 * The picture an address asks for: on a date, that date's state, naming the state's first and
 * last day (the same picture for every day between, as the page's notice says); without one, the
 * latest state.
 */
export function imageSpec(request: { locale: Locale; slug: Slug | null; theme: ImageTheme; asof: Asof }): MapImageSpec {
  const { asof } = request;
  if (asof.kind === "latest" || asof.kind === "ignored")
    return { ...request, asof: { kind: "latest", date: asof.date } };
  const span = centersFor(request.locale).stateSpan(asof.date);
  return { ...request, asof: { kind: "date", date: span.from }, span };
}

/** The sentence that says which date the picture shows (the page's notice, without its date span). */
function dateLine(spec: MapImageSpec): string {
  const { locale, asof, span } = spec;
  const c = centersFor(locale);
  const t = translator(locale);
  const notice = asofNotice(asof.kind === "latest" ? null : (span ?? null), c.asofRange, (d) =>
    formatDateIn(locale, d),
  );
  return t(`asof.${notice.key}`, notice.values);
}

/** A picture's file name when downloaded: `japan-centers-moscow-1999-06-01-ja.png`. */
export function imageFileName(spec: MapImageSpec, format: ImageFormat): string {
  const date = spec.asof.kind === "latest" ? centersFor(spec.locale).asofRange.max : spec.asof.date;
  const parts = ["japan-centers", spec.slug ?? "overview", date];
  if (spec.locale !== contract.defaultLocale) parts.push(spec.locale);
  if (spec.theme !== "light") parts.push(spec.theme);
  return `${parts.join("-")}.${format}`;
}

/** The picture as an SVG document. */
export function mapImageSvg(spec: MapImageSpec): string {
  const { locale, slug, theme } = spec;
  const c = centersFor(locale);
  const t = translator(locale);
  const colours = THEMES[theme];
  const map = palette(theme);
  const date = spec.asof.date;
  const city = slug ? c.city(slug) : undefined;
  const title = city ? centreTitle(city, locale) : t("overview.title");
  const { width: W, height: H } = IMAGE_SIZE;

  // The frame fitted into the map's box as the site fits it, with the marks MARK_SCALE times the
  // site's: the labels are placed at the site's sizes in a box MARK_SCALE times smaller.
  const key = frameKey(slug);
  const { frame, url } = FRAMES[key];
  const fit = fitFrame(frame, MAP.width / MARK_SCALE, MAP.height / MARK_SCALE);
  const scale = fit.scale * MARK_SCALE;
  const ox = MAP.x + MAP.width / 2 - fit.cx * scale;
  const oy = MAP.y + MAP.height / 2 - fit.cy * scale;
  const shownOn = dateLine(spec);
  const widths = LABEL_WIDTHS[locale] ?? {};
  const cities = c.cities();
  const placements = placementsAt(
    frame,
    fit.scale,
    cities.map((p) => ({
      slug: p.slug,
      lon: p.coordinates.lon,
      lat: p.coordinates.lat,
      width: widths[p.slug] ?? LABEL_FALLBACK_WIDTH,
    })),
  );
  const statuses = cities.map((p) => ({ city: p, status: c.statusOn(p.slug, date) }));

  // Only the centres whose marker is in the map's box: a centre's frame leaves the far ones out
  // (and resvg 2.6 aborts the process on a layer far outside the canvas: thx/resvg-js#287; the
  // marks below use fill-opacity, which makes no layer, and the unit test draws every view).
  const at = (p: (typeof cities)[number]) => {
    const [wx, wy] = project(p.coordinates.lon, p.coordinates.lat);
    return [ox + wx * scale, oy + wy * scale] as const;
  };
  const inside = ([x, y]: readonly [number, number]) =>
    x >= MAP.x && x <= MAP.x + MAP.width && y >= MAP.y && y <= MAP.y + MAP.height;
  const drawn = statuses.filter(({ city: p }) => inside(at(p)));
  const markers = drawn
    .map(({ city: p, status }) => {
      const [x, y] = at(p);
      const selected = p.slug === slug;
      const size = (selected ? MARK.selected : MARK.size) * MARK_SCALE;
      const placement = placements[p.slug] ?? "right";
      const width = widths[p.slug] ?? LABEL_FALLBACK_WIDTH;
      const labelW = width * MARK_SCALE;
      const box = labelBox(placement, width);
      const lx = box.x * MARK_SCALE;
      const ly = box.y * MARK_SCALE;
      const lh = MARK.labelHeight * MARK_SCALE;
      const leader = hasLeader(placement)
        ? `<line x1="0" y1="0" x2="${n(lx + (placement.endsWith("left") ? labelW : 0))}" y2="${n(ly + (placement.includes("top") ? lh : 0))}" stroke="${colours.ink}" stroke-width="1.5" stroke-opacity="0.7"/>`
        : "";
      const bg = selected ? colours.ink : colours.labelBg;
      const fg = selected ? colours.paper : colours.ink;
      const name = p.names[locale];
      return [
        `<g id="centre-${p.slug}" transform="translate(${n(x)} ${n(y)})">`,
        `<title>${esc(`${name}: ${t(`status.${status}`)}`)}</title>`,
        leader,
        `<g id="marker-${p.slug}">${markerShape(status, size, colours.paper)}</g>`,
        `<g id="label-${p.slug}"><rect x="${n(lx)}" y="${n(ly)}" width="${n(labelW)}" height="${n(lh)}" rx="4" fill="${bg}" fill-opacity="${selected ? 1 : 0.9}"/>`,
        `<text x="${n(lx + labelW / 2)}" y="${n(ly + lh * 0.72)}" text-anchor="middle" font-size="${n(12 * MARK_SCALE)}" font-weight="700" fill="${fg}">${esc(name)}</text></g>`,
        "</g>",
      ].join("");
    })
    .join("");

  // The legend: the statuses on the map on this date, in their order, wrapped to the width.
  const shown = STATUSES.filter((s) => drawn.some((x) => x.status === s));
  const legendSize = 16;
  let lx = MARGIN;
  let ly = MAP.y + MAP.height + 34;
  const legendItems: string[] = [];
  for (const s of shown) {
    const label = t(`status.${s}`);
    const w = 26 + textWidth(label, legendSize) + 28;
    if (lx + w > W - MARGIN && lx > MARGIN) {
      lx = MARGIN;
      ly += 28;
    }
    legendItems.push(
      `<g id="legend-${s}" transform="translate(${n(lx)} ${n(ly)})"><g transform="translate(9 -5)">${markerShape(s, 14, colours.paper)}</g><text x="26" y="0" font-size="${legendSize}" fill="${colours.ink}">${esc(label)}</text></g>`,
    );
    lx += w;
  }

  // The sources the view's page lists, counted as the page counts them.
  const sourceCount = (city ? c.sourceIdsForCity(city.slug) : c.sourceIdsForOverview()).length;
  const sourcesUrl = `${SITE_URL}${contract.page(locale, "sources")}`;
  const pageUrl = `${SITE_URL}${contract.page(locale, city ? "centre" : "overview", city?.slug ?? null)}`;
  const sourceLine = t("images.sources", { count: sourceCount, url: sourcesUrl });
  const credit = t("images.credit", {
    site: t("site.name"),
    url: pageUrl,
    version: formatDateIn(locale, c.meta.dataVersion),
    licence: c.meta.licence.name,
  });
  const description = statuses.map(({ city: p, status }) => `${p.names[locale]}: ${t(`status.${status}`)}`);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${esc(IMAGE_FONT_FAMILY)}" lang="${locale}">`,
    `<title>${esc(`${title} — ${shownOn}`)}</title>`,
    `<desc>${esc(description.join("; "))}</desc>`,
    `<defs><clipPath id="map-clip"><rect x="${MAP.x}" y="${MAP.y}" width="${MAP.width}" height="${MAP.height}"/></clipPath></defs>`,
    `<g id="background" inkscape:groupmode="layer" inkscape:label="Background"><rect width="${W}" height="${H}" fill="${colours.paper}"/></g>`,
    `<g id="heading" inkscape:groupmode="layer" inkscape:label="Heading">`,
    `<text id="tagline" x="${MARGIN}" y="52" font-size="15" font-weight="700" letter-spacing="1.5" fill="${colours.muted}">${esc(t("og.tagline"))}</text>`,
    `<text id="title" x="${MARGIN}" y="94" font-size="${title.length > 40 ? 28 : 34}" font-weight="700" fill="${colours.ink}">${esc(title)}</text>`,
    `<text id="date-shown" x="${MARGIN}" y="126" font-size="18" fill="${colours.muted}">${esc(shownOn)}</text>`,
    "</g>",
    `<g id="map" inkscape:groupmode="layer" inkscape:label="Map" clip-path="url(#map-clip)">`,
    `<rect id="water" x="${MAP.x}" y="${MAP.y}" width="${MAP.width}" height="${MAP.height}" fill="${map.water}"/>`,
    `<g id="basemap" transform="translate(${n(ox)} ${n(oy)}) scale(${Math.round(scale * 1e5) / 1e5})">${basemapShapes(url, scale, theme)}</g>`,
    `<g id="centres">${markers}</g>`,
    "</g>",
    `<rect id="map-frame" x="${MAP.x}" y="${MAP.y}" width="${MAP.width}" height="${MAP.height}" fill="none" stroke="${colours.line}"/>`,
    `<g id="legend" inkscape:groupmode="layer" inkscape:label="Legend">${legendItems.join("")}</g>`,
    `<g id="sources" inkscape:groupmode="layer" inkscape:label="Sources and credit">`,
    `<text id="source-line" x="${MARGIN}" y="${H - 62}" font-size="14" fill="${colours.muted}">${esc(sourceLine)}</text>`,
    `<text id="note" x="${MARGIN}" y="${H - 40}" font-size="14" fill="${colours.muted}">${esc(t("map.note"))}</text>`,
    `<text id="credit" x="${MARGIN}" y="${H - 18}" font-size="14" fill="${colours.muted}">${esc(credit)}</text>`,
    "</g>",
    "</svg>",
  ].join("\n");
}
