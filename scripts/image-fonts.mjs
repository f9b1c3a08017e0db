#!/usr/bin/env node
// The fonts the map images' PNGs are drawn with (components/map/map-image.ts, app/images/…). The PNG is
// rasterized by resvg, which reads TrueType/OpenType but not the WOFF/WOFF2 files the site serves,
// and which must never reach for a system font (the picture would change from machine to
// machine): so it gets Noto Sans JP in TrueType, only that, regular and bold, cut down to what an
// image can say:
//  - the Latin, Latin Extended and Cyrillic files of @fontsource/noto-sans-jp, converted whole
//    (every digit, month name and city name in English and Russian);
//  - the "japanese" file subset to the Japanese characters the site can show (the same collection
//    as the web font's, scripts/jp-font.mjs), plus the per-range files of any character it lacks.
// Written to generated/image-fonts/ (git-ignored), with generated/image-fonts/fonts.json listing
// them. It also writes lib/image-version.generated.ts: the pictures' version, the data version and
// a hash of everything a picture is drawn from (the drawing code, the data, the messages, the
// fonts' sources, resvg's version), which the image links carry (`&v=`) so that a response for the current
// version may be cached for good, and which their ETags carry (components/map/image-response.ts).
// Run by scripts/generate-assets.mjs; also alone: `node scripts/image-fonts.mjs`.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import opentype from "opentype.js";
import subsetFont from "subset-font";
import wawoff2 from "wawoff2";
import { cmapOf, collectJapaneseCodePoints, fontsourceDir, rangeFiles } from "./jp-font.mjs";

const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700];
const WHOLE = ["latin", "latin-ext", "cyrillic"];
const FAMILY = "Noto Sans JP";

/** Where the fonts go, relative to the project root (read back by components/map/png-fonts.ts). */
export const IMAGE_FONT_DIR = join("generated", "image-fonts");

export async function buildImageFonts({ root }) {
  const started = Date.now();
  const dir = fontsourceDir();
  const outDir = join(root, IMAGE_FONT_DIR);
  if (existsSync(outDir)) rmSync(outDir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  const japanese = collectJapaneseCodePoints(root);
  const files = [];
  let bytes = 0;
  const write = (name, buffer) => {
    writeFileSync(join(outDir, name), buffer);
    files.push(name);
    bytes += buffer.length;
  };
  for (const weight of WEIGHTS) {
    const parts = [];
    const base = readFileSync(join(dir, "files", `noto-sans-jp-japanese-${weight}-normal.woff2`));
    const subset = await subsetFont(base, String.fromCodePoint(...japanese), { targetFormat: "truetype" });
    parts.push(subset);
    for (const part of WHOLE) {
      const source = readFileSync(join(dir, "files", `noto-sans-jp-${part}-${weight}-normal.woff2`));
      parts.push(Buffer.from(await wawoff2.decompress(source)));
    }
    // Characters the "japanese" file lacks (～ is one): the per-range files that hold them.
    const covered = cmapOf(subset);
    const missing = japanese.filter((c) => !covered.has(c));
    for (const { path, spans } of rangeFiles(dir, weight)) {
      if (!missing.some((c) => spans.some(([lo, hi]) => c >= lo && c <= hi))) continue;
      parts.push(Buffer.from(await wawoff2.decompress(readFileSync(path))));
    }
    const merged = merge(parts, weight);
    write(`noto-sans-jp-image-${weight}.otf`, merged.buffer);
  }
  writeFileSync(join(outDir, "fonts.json"), `${JSON.stringify({ family: FAMILY, files }, null, 2)}\n`);
  const version = writeImageVersion({ root });
  return { files: files.length, bytes, ms: Date.now() - started, version };
}

/**
 * One font from several with the same design and metrics (Noto Sans JP's ranges): each character's
 * glyph from the first font that has it.
 */
function merge(buffers, weight) {
  const fonts = buffers.map((b) => opentype.parse(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)));
  const first = fonts[0];
  const glyphs = [first.glyphs.get(0)];
  const codes = new Set();
  for (const font of fonts) {
    for (let i = 0; i < font.glyphs.length; i++) {
      const glyph = font.glyphs.get(i);
      const unicodes = (glyph.unicodes ?? []).filter((u) => !codes.has(u));
      if (unicodes.length === 0) continue;
      for (const u of unicodes) codes.add(u);
      glyphs.push(
        new opentype.Glyph({
          name: `u${unicodes[0].toString(16)}`,
          unicode: unicodes[0],
          unicodes,
          advanceWidth: glyph.advanceWidth,
          path: glyph.path,
        }),
      );
    }
  }
  const font = new opentype.Font({
    familyName: FAMILY,
    styleName: weight === 700 ? "Bold" : "Regular",
    unitsPerEm: first.unitsPerEm,
    ascender: first.ascender,
    descender: first.descender,
    weightClass: weight,
    glyphs,
  });
  return { buffer: Buffer.from(font.toArrayBuffer()), codes };
}

/** What a picture is drawn from: a change to any of them is a new version of the pictures. */
const DRAWN_FROM = [
  "components/map/map-image.ts",
  "components/map/image-response.ts",
  "lib/map-frame.ts",
  "lib/map-labels.ts",
  "lib/asof.ts",
  "lib/status.ts",
  "lib/text.ts",
  "lib/dates.ts",
  "components/map/status-style.ts",
  "components/map/map-style.ts",
  "scripts/generate-map.ts",
  "scripts/generate-assets.mjs",
];
const DRAWN_FROM_DIRS = ["data", "messages"];

/** lib/image-version.generated.ts: the data version and a hash of what the pictures are drawn from. */
export function writeImageVersion({ root }) {
  const hash = createHash("sha256");
  const add = (file) => {
    hash.update(file);
    hash.update(readFileSync(join(root, file)));
  };
  for (const file of DRAWN_FROM) add(file);
  for (const dir of DRAWN_FROM_DIRS) {
    for (const name of readdirSync(join(root, dir)).sort()) if (name.endsWith(".json")) add(join(dir, name));
  }
  // The fonts by what they are made from (opentype.js stamps each file with the time it was written).
  add("scripts/image-fonts.mjs");
  add("scripts/jp-font.mjs");
  for (const pkg of ["@resvg/resvg-js", "@fontsource/noto-sans-jp", "opentype.js", "subset-font"]) {
    hash.update(`${pkg}@${JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), "utf8")).version}`);
  }
  const dataVersion = JSON.parse(readFileSync(join(root, "data", "meta.json"), "utf8")).dataVersion;
  const version = `${dataVersion}.${hash.digest("hex").slice(0, 10)}`;
  writeFileSync(
    join(root, "lib", "image-version.generated.ts"),
    `// Generated by scripts/image-fonts.mjs. Do not edit; do not commit.
/** The map images' version: the data version and a hash of what they are drawn from. */
export const IMAGE_VERSION = ${JSON.stringify(version)};
`,
  );
  return version;
}

export function summary(result) {
  return `image fonts: ${result.files} OpenType files, ${(result.bytes / 1024).toFixed(0)} KB -> ${IMAGE_FONT_DIR}/ (${(result.ms / 1000).toFixed(1)} s); image version ${result.version}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  console.log(summary(await buildImageFonts({ root })));
}
