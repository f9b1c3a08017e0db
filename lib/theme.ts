/** Where the reader's choice of theme is remembered ("light" or "dark"; absent: follow the system). */
export const THEME_STORAGE_KEY = "jcm-theme";

/**
 * Runs in <head> before the first paint: the remembered theme, else the system's
 * (`prefers-color-scheme`), as `data-theme` on <html>. The embed's own script runs after it and
 * applies `?theme=` instead.
 */
export const THEME_SCRIPT = `(function(){try{var s=localStorage.getItem("${THEME_STORAGE_KEY}");document.documentElement.dataset.theme=s==="dark"||s==="light"?s:matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}catch(e){}})();`;
