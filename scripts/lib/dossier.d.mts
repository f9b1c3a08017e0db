// Types for scripts/lib/dossier.mjs (a plain ES module, run by node without a build step).
export declare const root: string;
export declare const SHARED_DOSSIER: string;
export declare const DOSSIER_COPY: string;
export declare function readDossier(path?: string): { path: string; facts: unknown };
export declare function dataFromDossier(facts: unknown): Record<string, unknown>;
export declare function differences(expected: unknown, actual: unknown, path?: string): string[];
export declare function compareWithDossier(facts: unknown, dataDir?: string): string[];
export declare function englishDates(text: string): string;
export declare function splitNote(note: string | undefined): { note?: string; editorNote?: string };
