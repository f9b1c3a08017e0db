// A prerendered page's RSC payload as a file, and an embed's HTML as a facade (decision 013): the framework's scripts are kept inert until the
// reader touches the embed; lib/early-script.ts boots them then. The inline React Server
// Components payload (`self.__next_f`, about 55 % of the page) leaves the HTML for one script file
// that only the boot fetches. Everything else (the markup, the styles, our own first-paint
// scripts) is left exactly as Next rendered it.

/** The type that keeps a script inert (lib/early-script.ts `DEFERRED_TYPE`). */
export const DEFERRED_TYPE = "jcm/defer";

// The framework's scripts: its chunks (external, under /_next/), its runtime's inline bootstrap,
// and the payload.
const EXTERNAL = /<script([^>]*?)\ssrc="(\/_next\/[^"]+)"([^>]*)><\/script>/g;
const BOOTSTRAP = /<script((?:\s+id="[^"]*")?)>(\(globalThis\["TURBOPACK"\][\s\S]*?)<\/script>/g;
const PAYLOAD = /<script>(\(?self\.__next_f[\s\S]*?)<\/script>/g;
// Preloads of the framework's chunks: with their scripts inert, they would only spend the host
// page's bandwidth.
const PRELOAD = /<link rel="preload" as="script"[^>]*href="\/_next\/[^"]+"[^>]*\/?>/g;

/**
 * @param {string} html a prerendered embed page
 * @param {(payload: string) => string} payloadUrl where the page's payload script will be served
 * @returns {{ html: string, deferred: number, payload: string }} the facade, how many scripts it
 *   keeps inert, and the payload script (the inline payload scripts, in order)
 */
export function toFacade(html, payloadUrl) {
  let deferred = 0;
  const parts = [];
  const out = html
    .replace(PRELOAD, "")
    .replace(EXTERNAL, (_m, before, src, after) => {
      deferred++;
      return `<script${before} type="${DEFERRED_TYPE}" data-src="${src}"${after}></script>`;
    })
    .replace(BOOTSTRAP, (_m, id, body) => {
      deferred++;
      return `<script${id} type="${DEFERRED_TYPE}">${body}</script>`;
    })
    .replace(PAYLOAD, (_m, body) => {
      parts.push(body);
      // The first payload script's place holds the payload file; the others go.
      return parts.length === 1 ? "\u0000PAYLOAD\u0000" : "";
    });
  if (parts.length === 0) return { html: out, deferred, payload: "" };
  const payload = `${parts.join(";\n")};\n`;
  deferred++;
  return {
    html: out.replace(
      "\u0000PAYLOAD\u0000",
      `<script type="${DEFERRED_TYPE}" data-src="${payloadUrl(payload)}" data-payload></script>`,
    ),
    deferred,
    payload,
  };
}

/**
 * A site page (every prerendered page of a language but the embeds): the markup and the
 * framework's scripts stay as Next wrote them; only the inline payload (`self.__next_f`, half of
 * a map page's HTML) becomes one file, loaded where the first payload script was: after the page's
 * content, as a classic script. The parser waits there, as it did on the inline scripts, so the
 * document is still loading when Next's runtime (async) starts, and Next closes the payload's
 * stream at DOMContentLoaded, after the file has run. (With `defer`, the runtime could start
 * after parsing but before the file ran, and closed the stream early: React error 412.) The
 * content above it is parsed and painted without waiting for the file.
 * @param {string} html a prerendered page
 * @param {(payload: string) => string} payloadUrl where the page's payload script will be served
 * @returns {{ html: string, payload: string }} the page and its payload script ("" if it had none)
 */
export function payloadToFile(html, payloadUrl) {
  const parts = [];
  const out = html.replace(PAYLOAD, (_m, body) => {
    parts.push(body);
    return parts.length === 1 ? "\u0000PAYLOAD\u0000" : "";
  });
  if (parts.length === 0) return { html, payload: "" };
  const payload = `${parts.join(";\n")};\n`;
  return {
    html: out.replace("\u0000PAYLOAD\u0000", `<script src="${payloadUrl(payload)}" data-payload></script>`),
    payload,
  };
}
