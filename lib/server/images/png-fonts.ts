// The fonts resvg draws the map images' and social cards' PNGs with: Noto Sans JP, one TrueType
// file per weight, written by scripts/jp-font.mjs (the one font pipeline, buildImageFonts) at
// `npm run generate` (resvg reads no WOFF, and must not pick a system font: the picture would
// differ from machine to machine).
import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const DIR = join("generated", "image-fonts");

/** The list, read on the first PNG: every later one is drawn with the same files. */
let files: string[] | null = null;

/** The font files' paths, or an error naming what to run when they are missing. */
export function imageFontFiles(): string[] {
  if (files) return files;
  const list = join(process.cwd(), DIR, "fonts.json");
  if (!existsSync(list)) throw new Error(`${DIR}/fonts.json is missing: run npm run generate`);
  const names = (JSON.parse(readFileSync(list, "utf8")) as { files: string[] }).files;
  files = names.map((f) => join(process.cwd(), DIR, f));
  return files;
}
