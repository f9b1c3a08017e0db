// Embed options (`/embed?theme=&panel=&controls=&lang=`) and the copy-paste snippet.

import { isLocale, type Locale } from "@/i18n/routing";
import { centerPath, overviewPath } from "@/lib/routes";

export type EmbedTheme = "light" | "dark" | "auto";
export type EmbedOptions = { theme: EmbedTheme; panel: boolean; controls: boolean; lang: Locale };

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { theme: "light", panel: true, controls: true, lang: "en" };

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

/** Reads the embed options; an unknown or malformed value is ignored (the default stays). */
export function parseEmbedOptions(params: Params): EmbedOptions {
  const theme = first(params, "theme");
  const panel = first(params, "panel");
  const controls = first(params, "controls");
  const lang = first(params, "lang");
  return {
    theme: theme === "light" || theme === "dark" || theme === "auto" ? theme : DEFAULT_EMBED_OPTIONS.theme,
    panel: panel === "0" ? false : panel === "1" ? true : DEFAULT_EMBED_OPTIONS.panel,
    controls: controls === "0" ? false : controls === "1" ? true : DEFAULT_EMBED_OPTIONS.controls,
    lang: isLocale(lang) ? lang : DEFAULT_EMBED_OPTIONS.lang,
  };
}

/**
 * The query string for options that differ from the defaults, plus `asof` when given. The
 * language is not in it: it is in the path (`/ja/embed/…`, see embedPath).
 */
export function embedQuery(options: EmbedOptions, asof?: string | null): string {
  const q = new URLSearchParams();
  if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) q.set("theme", options.theme);
  if (!options.panel) q.set("panel", "0");
  if (!options.controls) q.set("controls", "0");
  if (asof) q.set("asof", asof);
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** The path of an embed in a language: `/embed/moscow`, `/ja/embed/moscow`, `/ru/embed`. */
export function embedPath(slug: string | null, lang: Locale = "en"): string {
  return slug ? centerPath(slug, true, lang) : overviewPath(true, lang);
}

/** A first height for the iframe before embed.js has measured it. */
export function initialEmbedHeight(options: EmbedOptions): number {
  return options.panel ? 640 : 460;
}

const escapeAttr = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/**
 * The HTML a newsroom pastes: an iframe (title, lazy loading, full width, a sensible first
 * height) and embed.js, which then keeps the iframe as tall as its content.
 */
export function buildEmbedSnippet({
  origin,
  slug,
  options,
  title,
  asof,
}: {
  origin: string;
  slug: string | null;
  options: EmbedOptions;
  title: string;
  asof?: string | null;
}): string {
  const base = origin.replace(/\/+$/, "");
  const src = `${base}${embedPath(slug, options.lang)}${embedQuery(options, asof)}`;
  return [
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${initialEmbedHeight(options)}"`,
    `  style="border:0;width:100%;max-width:100%" loading="lazy" allow="fullscreen; clipboard-write" data-jcm-embed></iframe>`,
    `<script src="${escapeAttr(`${base}/embed.js`)}" async></script>`,
  ].join("\n");
}

/**
 * Runs in <head> of every embed before first paint: applies theme, panel and controls as
 * attributes on <html>, so a hidden panel never flashes. Keep in step with parseEmbedOptions.
 */
export const EMBED_OPTIONS_SCRIPT = `(function(){try{var q=new URLSearchParams(location.search),d=document.documentElement,t=q.get("theme");if(t!=="dark"&&t!=="auto")t="light";if(t==="auto")t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";d.dataset.theme=t;d.dataset.panel=q.get("panel")==="0"?"0":"1";d.dataset.controls=q.get("controls")==="0"?"0":"1"}catch(e){}})();`;
