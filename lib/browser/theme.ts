import { flagAttr } from "@/lib/page-state";

/** Where the reader's choice of theme is remembered ("light" or "dark"; absent: follow the system). */
export const THEME_STORAGE_KEY = "jcm-theme";

/**
 * Runs in <head> before the first paint: the remembered theme, else the system's
 * (`prefers-color-scheme`), as the `theme` flag on <html> (lib/page-state.ts). The embed's own
 * script runs after it and applies `?theme=` instead.
 */
export const THEME_SCRIPT = `(function(){try{var s=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});document.documentElement.setAttribute(${JSON.stringify(flagAttr("theme"))},s==="dark"||s==="light"?s:matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light")}catch(e){}})();`;

/**
 * Runs right after THEME_SCRIPT (both after the stylesheet, which a script waits for): starts
 * decoding the fonts of `family`, the Japanese font's blank stand-ins (scripts/jp-font.mjs), which
 * travel in the stylesheet. A font is otherwise loaded when the first layout finds a character of
 * its range, and that layout, in the fallback's widths, was then redone: a layout shift.
 */
export const fontLoadScript = (family: string) =>
  `(function(){try{document.fonts.forEach(function(f){if(f.family.replace(/"/g,"")===${JSON.stringify(family)})f.load()})}catch(e){}})();`;
