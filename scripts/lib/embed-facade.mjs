// An embed's HTML as a facade (decision 013): the framework's scripts are kept in the page, inert,
// until the reader touches the embed; lib/early-script.ts boots them then. Everything else (the
// markup, the styles, our own first-paint scripts) is left exactly as Next rendered it.

/** The type that keeps a script inert (lib/early-script.ts `DEFERRED_TYPE`). */
export const DEFERRED_TYPE = "jcm/defer";

// The framework's scripts: its chunks (external, under /_next/), its runtime's inline bootstrap
// and the inline React Server Components payload (`self.__next_f`).
const EXTERNAL = /<script([^>]*?)\ssrc="(\/_next\/[^"]+)"([^>]*)><\/script>/g;
const INLINE = /<script((?:\s+id="[^"]*")?)>((?:\(?self\.__next_f|\(globalThis\["TURBOPACK"\])[\s\S]*?)<\/script>/g;
// Preloads of the framework's chunks: with their scripts inert, they would only spend the host
// page's bandwidth.
const PRELOAD = /<link rel="preload" as="script"[^>]*href="\/_next\/[^"]+"[^>]*\/?>/g;

/**
 * @param {string} html a prerendered embed page
 * @returns {{ html: string, deferred: number }} the facade, and how many scripts it keeps inert
 */
export function toFacade(html) {
  let deferred = 0;
  const out = html
    .replace(PRELOAD, "")
    .replace(EXTERNAL, (_m, before, src, after) => {
      deferred++;
      return `<script${before} type="${DEFERRED_TYPE}" data-src="${src}"${after}></script>`;
    })
    .replace(INLINE, (_m, id, body) => {
      deferred++;
      return `<script${id} type="${DEFERRED_TYPE}">${body}</script>`;
    });
  return { html: out, deferred };
}
