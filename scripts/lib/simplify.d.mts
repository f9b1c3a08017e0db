// Types for scripts/lib/simplify.mjs (a plain ES module, run by node without a build step).
export declare function simplify<P extends readonly number[]>(points: P[], tolerance: number): P[];
