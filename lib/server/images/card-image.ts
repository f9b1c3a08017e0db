// The social cards (`/og/<name>.png`, app/og/[name]/route.tsx) drawn as the map images are: an
// SVG rasterized by resvg with the fonts of generated/image-fonts/ (lib/server/images/png-fonts.ts),
// one picture pipeline for both. Every line of text is placed here, by lib/text-layout.ts, with
// the advances of those same font files: what is drawn is what was measured, so no line runs off
// the card or breaks inside a word (issue 21), whatever the messages say.
import "server-only";
import { readFileSync } from "node:fs";
import { renderAsync } from "@resvg/resvg-js";
import { LOCATOR } from "@/generated/assets";
import { centers } from "@/lib/server/centers";
import { imageFontFiles } from "@/lib/server/images/png-fonts";
import type { OgCard } from "@/lib/server/og-card";
import {
  type FontMetrics,
  type Fonts,
  layoutText,
  parseFontMetrics,
  type TextLayout,
  type Weight,
} from "@/lib/text-layout";
import { escapeXml as esc } from "@/lib/xml";

export const CARD_SIZE = { width: 1200, height: 630 } as const;

const PADDING = 56;
const LOCATOR_WIDTH = 480;
const LOCATOR_GAP = 40;
/** The text column, left of the locator map: every line must fit its width, every block its height. */
export const TEXT_BOX = {
  x: PADDING,
  y: PADDING,
  width: CARD_SIZE.width - 2 * PADDING - LOCATOR_WIDTH - LOCATOR_GAP,
  height: CARD_SIZE.height - 2 * PADDING,
} as const;
/** The least space between the heading and the lines under it. */
const MIN_GAP = 24;

const INK = "#1c2430";
const MUTED = "#4f5b6b";

type BlockStyle = {
  size: number;
  /** The smallest size the block may shrink to, to fit its width or the card's height. */
  minSize: number;
  weight: Weight;
  lineHeight: number;
  /** The most lines, in order of preference: a title in three lines only if two cannot hold it. */
  maxLines: readonly number[];
  colour: string;
  letterSpacing: number;
  /** Space above the block, after the one before it in its group. */
  gapBefore: number;
};

const STYLES = {
  tagline: {
    size: 26,
    minSize: 20,
    weight: 700,
    lineHeight: 1.2,
    maxLines: [1],
    colour: MUTED,
    letterSpacing: 2,
    gapBefore: 0,
  },
  title: {
    size: 72,
    minSize: 44,
    weight: 700,
    lineHeight: 1.1,
    maxLines: [2, 3],
    colour: INK,
    letterSpacing: 0,
    gapBefore: 18,
  },
  subtitle: {
    size: 36,
    minSize: 24,
    weight: 400,
    lineHeight: 1.25,
    maxLines: [2],
    colour: MUTED,
    letterSpacing: 0,
    gapBefore: 14,
  },
  line: {
    size: 29,
    minSize: 20,
    weight: 400,
    lineHeight: 1.25,
    maxLines: [3],
    colour: INK,
    letterSpacing: 0,
    gapBefore: 10,
  },
  footnote: {
    size: 22,
    minSize: 16,
    weight: 400,
    lineHeight: 1.25,
    maxLines: [2],
    colour: MUTED,
    letterSpacing: 0,
    gapBefore: 22,
  },
} as const satisfies Record<string, BlockStyle>;

export type CardBlock = {
  id: string;
  text: string;
  style: BlockStyle;
  layout: TextLayout;
  /** The block's top and bottom edges: its first line box's top, its last one's bottom. */
  top: number;
  bottom: number;
  /** Each line's baseline, in the order of layout.lines. */
  baselines: number[];
};

export type CardLayout = {
  blocks: CardBlock[];
  /** The factor every block's size was scaled by to fit the card's height (1 when it fit as designed). */
  scale: number;
  /** True when some block overflows its width or the blocks overflow the card's height. */
  overflow: boolean;
};

let fonts: Fonts | null = null;
/** The metrics of the image fonts resvg draws with, by weight (read from each file's OS/2). */
export function cardFonts(): Fonts {
  if (fonts) return fonts;
  const byWeight = new Map<number, FontMetrics>();
  for (const file of imageFontFiles()) {
    const metrics = parseFontMetrics(readFileSync(file));
    byWeight.set(metrics.weightClass, metrics);
  }
  const regular = byWeight.get(400);
  const bold = byWeight.get(700);
  if (!regular || !bold) throw new Error("generated/image-fonts/ lacks weight 400 or 700: run npm run generate");
  fonts = { 400: regular, 700: bold };
  return fonts;
}

/** A block's lines at a size scaled by `scale`, free to shrink further to fit its width. */
function block(id: string, text: string, style: BlockStyle, card: OgCard, scale: number, f: Fonts) {
  const size = Math.max(style.minSize, Math.round(style.size * scale));
  const at = (maxLines: number) =>
    layoutText(
      text,
      {
        locale: card.locale,
        size,
        minSize: style.minSize,
        weight: style.weight,
        maxWidth: TEXT_BOX.width,
        maxLines,
        letterSpacing: style.letterSpacing,
        balance: true,
      },
      f,
    );
  let layout = at(style.maxLines[0] ?? 1);
  for (const maxLines of style.maxLines.slice(1)) if (layout.overflow) layout = at(maxLines);
  return { id, text, style, layout, height: layout.lines.length * layout.size * style.lineHeight };
}

type Measured = ReturnType<typeof block>;

/** Blocks stacked from `top` down, each after its gap; positions and baselines filled in. */
function stack(group: Measured[], top: number, f: Fonts): CardBlock[] {
  let y = top;
  return group.map((b, i) => {
    if (i > 0) y += b.style.gapBefore;
    const font = f[b.style.weight];
    const size = b.layout.size;
    const lineBox = size * b.style.lineHeight;
    // The baseline in a line box as CSS puts it: the font's ascent after half the leading.
    const ascent = (font.ascender / font.unitsPerEm) * size;
    const content = ((font.ascender - font.descender) / font.unitsPerEm) * size;
    const baselines = b.layout.lines.map((_, n) => y + n * lineBox + (lineBox - content) / 2 + ascent);
    const placed = {
      id: b.id,
      text: b.text,
      style: b.style,
      layout: b.layout,
      top: y,
      bottom: y + b.height,
      baselines,
    };
    y += b.height;
    return placed;
  });
}

const groupHeight = (group: Measured[]) => group.reduce((h, b, i) => h + b.height + (i > 0 ? b.style.gapBefore : 0), 0);

/**
 * Where every line of a card goes: the heading (tagline, title, names in the other languages) at
 * the top of the text column, the lines and the footnote at its bottom. Each block wraps to the
 * column's width and shrinks if a phrase cannot fit; if the blocks are then too tall for the card,
 * all are scaled down together, step by step, to their smallest sizes.
 */
export function cardLayout(card: OgCard, f: Fonts = cardFonts()): CardLayout {
  let chosen: { top: Measured[]; bottom: Measured[]; scale: number } | null = null;
  for (let scale = 1; scale >= 0.5 - 1e-9; scale -= 0.025) {
    const top = [
      block("tagline", card.tagline, STYLES.tagline, card, scale, f),
      block("title", card.title, STYLES.title, card, scale, f),
      block("subtitle", card.subtitle, STYLES.subtitle, card, scale, f),
    ];
    const bottom = [
      ...card.lines.map((l, i) => block(`line-${i}`, l, STYLES.line, card, scale, f)),
      block("footnote", card.footnote, STYLES.footnote, card, scale, f),
    ];
    chosen = { top, bottom, scale };
    const fits = groupHeight(top) + MIN_GAP + groupHeight(bottom) <= TEXT_BOX.height;
    if (fits && ![...top, ...bottom].some((b) => b.layout.overflow)) break;
  }
  if (!chosen) throw new Error("unreachable: at least one scale is tried");
  const { top, bottom, scale } = chosen;
  const blocks = [
    ...stack(top, TEXT_BOX.y, f),
    ...stack(bottom, TEXT_BOX.y + TEXT_BOX.height - groupHeight(bottom), f),
  ];
  const tooTall = groupHeight(top) + MIN_GAP + groupHeight(bottom) > TEXT_BOX.height;
  return { blocks, scale, overflow: tooTall || blocks.some((b) => b.layout.overflow) };
}

const n = (v: number) => String(Math.round(v * 100) / 100);

/** The small map of Russia with the centres, the card's own in red (all of them on the overview). */
function locator(highlight: string | null): string {
  const k = LOCATOR_WIDTH / LOCATOR.width;
  const height = LOCATOR.height * k;
  const x = CARD_SIZE.width - PADDING - LOCATOR_WIDTH;
  const y = (CARD_SIZE.height - height) / 2;
  const [west, , , north] = LOCATOR.bbox;
  // The highlighted centre last, on top of its neighbours.
  const cities = [...centers.cities()].sort((a, b) => Number(a.slug === highlight) - Number(b.slug === highlight));
  const dots = cities.map((c) => {
    const cx = (c.coordinates.lon - west) * LOCATOR.k * LOCATOR.scale;
    const cy = (north - c.coordinates.lat) * LOCATOR.scale;
    const on = highlight === null || highlight === c.slug;
    return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${on ? 16 : 9}" fill="${on ? "#8c1d18" : "#9aa3ad"}" stroke="#fff" stroke-width="4"/>`;
  });
  return [
    `<clipPath id="locator-clip"><rect width="${LOCATOR.width}" height="${LOCATOR.height}"/></clipPath>`,
    `<g id="locator" transform="translate(${n(x)} ${n(y)}) scale(${k})" clip-path="url(#locator-clip)">`,
    `<rect width="${LOCATOR.width}" height="${LOCATOR.height}" fill="#cfe0ea"/>`,
    `<path d="${LOCATOR.path}" fill="#f3efe6" stroke="#b9c3cc" stroke-width="2"/>`,
    ...dots,
    "</g>",
  ].join("");
}

/**
 * The card as an SVG document, every line a <text> at the place and size its layout chose.
 * `textOnly` leaves out the background and the map, for the tests to ask resvg where the text it
 * draws ends.
 */
export function cardSvg(card: OgCard, f: Fonts = cardFonts(), { textOnly = false } = {}): string {
  const { blocks } = cardLayout(card, f);
  const { width: W, height: H } = CARD_SIZE;
  const text = blocks.flatMap((b) =>
    b.layout.lines.map((line, i) => {
      const spacing = b.style.letterSpacing ? ` letter-spacing="${b.style.letterSpacing}"` : "";
      return `<text id="${b.id}-${i}" x="${TEXT_BOX.x}" y="${n(b.baselines[i] ?? b.top)}" font-size="${b.layout.size}" font-weight="${b.style.weight}" fill="${b.style.colour}"${spacing}>${esc(line.text)}</text>`;
    }),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Noto Sans JP" lang="${card.locale}">`,
    textOnly ? "" : `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<g id="text">${text.join("")}</g>`,
    textOnly ? "" : locator(card.city?.slug ?? null),
    "</svg>",
  ].join("\n");
}

/** resvg's fonts: the image fonts only, as for the map images (lib/server/images/image-response.ts). */
export function cardFontOptions() {
  return { fontFiles: imageFontFiles(), loadSystemFonts: false, defaultFontFamily: "Noto Sans JP" };
}

/** The card's PNG, 1200 × 630, drawn by resvg with the image fonts and nothing else. */
export async function cardPng(card: OgCard): Promise<Uint8Array> {
  const image = await renderAsync(cardSvg(card), {
    fitTo: { mode: "width", value: CARD_SIZE.width },
    font: cardFontOptions(),
  });
  return new Uint8Array(image.asPng());
}
