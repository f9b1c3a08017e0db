// A prerendered page's RSC payload as a file, and an embed's HTML as a facade (decision 013).
// On every page the inline React Server Components payload (`self.__next_f`, about half of a
// map page) leaves the HTML for one script file named by its content. On an embed, the framework's
// scripts are also kept inert until the reader touches it; lib/browser/early-script.ts boots them then.
// Everything else (the markup, the styles, our own first-paint scripts) is left exactly as Next
// rendered it.
import { createHash } from "node:crypto";

/** The type that keeps a script inert (lib/browser/early-script.ts `DEFERRED_TYPE`). */
export const DEFERRED_TYPE = "jcm/defer";

// The framework's scripts: its chunks (external, under /_next/), its runtime's inline bootstrap,
// and the payload.
const EXTERNAL = /<script([^>]*?)\ssrc="(\/_next\/[^"]+)"([^>]*)><\/script>/g;
const BOOTSTRAP = /<script((?:\s+id="[^"]*")?)>(\(globalThis\["TURBOPACK"\][\s\S]*?)<\/script>/g;
const PAYLOAD = /<script>(\(?self\.__next_f[\s\S]*?)<\/script>/g;
const PLACE = "\u0000PAYLOAD\u0000";

/** Where a payload file is served: under /_next/static (copied by the export), named by its content. */
export const payloadPath = (payload) =>
  `/_next/static/facade/${createHash("sha256").update(payload).digest("hex").slice(0, 16)}.js`;
/** A page's reference to its payload file: `src` on a site page, `data-src` on an embed (group 1: the path). */
export const PAYLOAD_FILE = /\s(?:data-)?src="(\/_next\/static\/facade\/[0-9a-f]{16}\.js)"/;

/**
 * The page's inline payload scripts, in order, joined into one script, and the page with a
 * placeholder where the first of them was (the others removed); payload "" when there were none.
 */
function takePayload(html) {
  const parts = [];
  const out = html.replace(PAYLOAD, (_m, body) => {
    parts.push(body);
    return parts.length === 1 ? PLACE : "";
  });
  return { out, payload: parts.length === 0 ? "" : `${parts.join(";\n")};\n` };
}
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
  const inert = html
    .replace(PRELOAD, "")
    .replace(EXTERNAL, (_m, before, src, after) => {
      deferred++;
      return `<script${before} type="${DEFERRED_TYPE}" data-src="${src}"${after}></script>`;
    })
    .replace(BOOTSTRAP, (_m, id, body) => {
      deferred++;
      return `<script${id} type="${DEFERRED_TYPE}">${body}</script>`;
    });
  const { out, payload } = takePayload(inert);
  if (payload === "") return { html: out, deferred, payload };
  deferred++;
  return {
    html: out.replace(
      PLACE,
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
  const { out, payload } = takePayload(html);
  if (payload === "") return { html, payload };
  return { html: out.replace(PLACE, `<script src="${payloadUrl(payload)}" data-payload></script>`), payload };
}
