// The embed's copy-paste snippet and its first-paint options script. The embed's address and
// options are the URL contract's (lib/contract.ts).
import { contract, type View } from "@/lib/contract";
import { flagAttr } from "@/lib/page-state";
import { escapeXml } from "@/lib/xml";

/** A first height for the iframe before embed.js has measured it: taller with the side panel. */
export function initialEmbedHeight(view: Pick<View, "options">): number {
  return view.options.panel ? 640 : 460;
}

/**
 * The HTML a newsroom pastes: an iframe (title, lazy loading, full width, a first height) and
 * embed.js, which then keeps the iframe as tall as its content. `view` is an embed view; its
 * language is in the path (`/ja/embed/…`), its options and date in the query.
 */
export function buildEmbedSnippet({
  origin,
  view,
  title,
  height = initialEmbedHeight(view),
}: {
  origin: string;
  view: View;
  title: string;
  height?: number;
}): string {
  const base = origin.replace(/\/+$/, "");
  const src = `${base}${contract.href({ ...view, embedded: true })}`;
  return [
    `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${height}"`,
    `  style="border:0;width:100%;max-width:100%" loading="lazy" allow="fullscreen; clipboard-write; web-share" data-jcm-embed></iframe>`,
    `<script src="${escapeXml(`${base}/embed.js`)}" async></script>`,
  ].join("\n");
}

/**
 * Runs before the first paint of every embed (the embed layout puts it first in the body, before
 * any content): applies theme, panel and controls as attributes on <html>, so a hidden panel never
 * flashes. Keep in step with contract.embedOptions. On a host that serves files and ignores the
 * query, it also does what the Node server's redirect does for `/embed/x?lang=ja`: the English
 * embed asked in another language goes to that language's embed (contract.route).
 */
export const EMBED_OPTIONS_SCRIPT = `(function(){try{var q=new URLSearchParams(location.search),d=document.documentElement,g=q.get("lang"),p=location.pathname;if(${JSON.stringify(
  contract.locales.filter((l) => l !== contract.defaultLocale),
)}.indexOf(g)>=0&&/^\\/embed(\\/|$)/.test(p)){q.delete("lang");var o=q.toString();location.replace("/"+g+p+(o?"?"+o:"")+location.hash);return}var t=q.get("theme");if(t!=="dark"&&t!=="auto")t="light";if(t==="auto")t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";d.setAttribute(${JSON.stringify(flagAttr("theme"))},t);d.setAttribute(${JSON.stringify(flagAttr("panel"))},q.get("panel")==="0"?"0":"1");d.setAttribute(${JSON.stringify(flagAttr("controls"))},q.get("controls")==="0"?"0":"1")}catch(e){}})();`;
