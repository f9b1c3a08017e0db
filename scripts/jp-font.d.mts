// Types for scripts/jp-font.mjs (a plain ES module, run by node without a build step): what
// TypeScript code imports from it.
/**
 * The advance, in em, of a character as the site draws it at `weight` (Inter, else Noto Sans JP at
 * the web font's weight CSS picks), or null when neither font has it.
 */
export declare function labelAdvance(
  weight: number,
  options?: { sourceDir?: string },
): Promise<(codePoint: number) => number | null>;
