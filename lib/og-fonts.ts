// Fonts for the build-time social cards (next/og). Satori reads WOFF, not WOFF2. Noto Sans JP
// comes from @fontsource in ~120 subsets; we load only those whose unicode-range covers the
// text on a card, so each card reads a few hundred KB, not 79 MB.
import { readFileSync } from "node:fs";
import { join } from "node:path";

type Subset = { file: string; ranges: [number, number][] };
let subsets: Subset[] | null = null;

function jpSubsets(): Subset[] {
  if (subsets) return subsets;
  // Resolved from the project root: the bundler turns require.resolve into a module id.
  const dir = join(process.cwd(), "node_modules", "@fontsource", "noto-sans-jp");
  const css = readFileSync(join(dir, "700.css"), "utf8");
  subsets = [];
  for (const block of css.split("@font-face").slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\) format\('woff'\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(",").map((r) => {
      const [a, b] = r.trim().replace(/^U\+/i, "").split("-");
      const lo = Number.parseInt(a ?? "0", 16);
      return [lo, b ? Number.parseInt(b, 16) : lo] as [number, number];
    });
    subsets.push({ file: join(dir, "files", file), ranges });
  }
  return subsets;
}

/**
 * The Noto Sans JP (bold) subsets needed to draw `text` (Latin, Cyrillic and Japanese are all
 * in it), as next/og font entries. Every glyph must be covered: a missing one makes next/og try
 * to fetch a font from the network.
 */
export function notoFontsFor(text: string) {
  const codes = new Set([...text].map((c) => c.codePointAt(0) ?? 0).filter((c) => c > 0x20));
  const needed = jpSubsets().filter((s) => s.ranges.some(([lo, hi]) => [...codes].some((c) => c >= lo && c <= hi)));
  // One name per subset: fonts that share a name, weight and style would replace each other.
  return needed.map((s, i) => ({
    name: `Noto Sans JP ${i}`,
    data: readFileSync(s.file),
    weight: 700 as const,
    style: "normal" as const,
  }));
}
