import { JP_METRICS_FAMILY } from "@/components/ui/jp-font.generated";
/** Where the reader's choice of theme is remembered ("light" or "dark"; absent: follow the system). */
export const THEME_STORAGE_KEY = "jcm-theme";

/**
 * Runs in <head> before the first paint (after the stylesheet, which a script waits for):
 * - the remembered theme, else the system's (`prefers-color-scheme`), as `data-theme` on <html>
 *   (the embed's own script runs after it and applies `?theme=` instead);
 * - starts decoding the Japanese font's blank stand-ins (JP_METRICS_FAMILY, scripts/jp-font.mjs),
 *   which travel in the stylesheet: a font is otherwise loaded when the first layout finds a
 *   character of its range, and that layout, in the fallback's widths, was then redone (a shift).
 */
export const THEME_SCRIPT = `(function(){try{var s=localStorage.getItem("${THEME_STORAGE_KEY}");document.documentElement.dataset.theme=s==="dark"||s==="light"?s:matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}catch(e){}try{document.fonts.forEach(function(f){if(f.family.replace(/"/g,"")===${JSON.stringify(JP_METRICS_FAMILY)})f.load()})}catch(e){}})();`;
