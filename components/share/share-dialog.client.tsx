"use client";

import { useEffect, useId, useRef, useState } from "react";
import { IMAGE_VERSION } from "@/generated/image-version";
import { asofParam } from "@/lib/asof";
import { useTranslations } from "@/lib/client/i18n";
import { useView } from "@/lib/client/use-view";
import {
  contract,
  DEFAULT_EMBED_OPTIONS,
  type EmbedOptions,
  type EmbedTheme,
  type ImageFormat,
  type ImageTheme,
  LANGUAGES,
  type Locale,
  type Slug,
} from "@/lib/contract";
import { buildEmbedSnippet } from "@/lib/embed";

type Tab = "link" | "embed" | "image";

/**
 * "Share / Embed": copy the link to this view (with its date and camera), share it natively
 * where the browser can, build an embed with a live preview and a copy-paste snippet, or download
 * the view as a picture (PNG for print and social, SVG to edit; lib/server/images/map-image.ts). The picture's
 * links carry the pictures' version, so a browser or CDN may keep them for good
 * (lib/server/images/image-response.ts).
 * A native modal <dialog>: focus stays inside, Escape closes, focus returns to the button.
 */
export function ShareDialog({ names }: { names: Partial<Record<Slug, string>> }) {
  const id = useId();
  const t = useTranslations("share");
  const dialog = useRef<HTMLDialogElement>(null);
  const { view, asof } = useView();
  const asofDate = asofParam(asof);
  const [tab, setTab] = useState<Tab>("link");
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS);
  const [lang, setLang] = useState<Locale>(view.locale);
  const [target, setTarget] = useState<Slug | null>(view.slug);
  const [link, setLink] = useState("");
  const [origin, setOrigin] = useState("");
  const [announce, setAnnounce] = useState("");
  const [canShare, setCanShare] = useState(false);
  const [imageTheme, setImageTheme] = useState<ImageTheme>("light");
  const [staticCopy, setStaticCopy] = useState(false);

  useEffect(() => setTarget(view.slug), [view.slug]);

  const open = () => {
    setLink(window.location.href);
    setOrigin(window.location.origin);
    setCanShare(typeof navigator.share === "function");
    setStaticCopy(document.querySelector('meta[name="jcm-static-copy"]') !== null);
    setAnnounce("");
    dialog.current?.showModal();
  };

  const copy = async (text: string, what: "Link" | "Code") => {
    try {
      await navigator.clipboard.writeText(text);
      setAnnounce(t(`copied${what}`));
    } catch {
      setAnnounce(t(`copyFailed${what}`));
    }
  };

  // The embed being built: the chosen centre (or the overview), language and options, this date.
  const embed = contract.view({
    locale: lang,
    page: target ? "centre" : "overview",
    slug: target,
    embedded: true,
    asof: asofDate,
    options,
  });
  const title = target ? t("embedTitleCity", { title: names[target] ?? target }) : t("embedTitle");
  const snippet = origin ? buildEmbedSnippet({ origin, view: embed, title }) : "";
  const previewSrc = contract.href(embed);
  // This view as a picture, on this date, in the chosen theme, for this data version. A copy of
  // the site served as plain files (scripts/export.ts marks its pages) has the latest pictures at
  // file paths and none of a date (the Node server draws those): the dialog links the latest and
  // says so.
  const imageLink = (format: ImageFormat): string =>
    staticCopy
      ? contract.imageFile(view, format, { theme: imageTheme })
      : contract.image(view, format, { asof: asofDate, theme: imageTheme, version: IMAGE_VERSION });
  const pngLink = imageLink("png");
  const svgLink = imageLink("svg");
  const latestOnly = staticCopy && asofDate !== null;

  return (
    <>
      <ShareButton onClick={open} />
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        className="border-line bg-paper text-ink m-auto w-[min(44rem,calc(100vw-1.5rem))] rounded-lg border p-0 shadow-xl backdrop:bg-black/40"
      >
        <div className="border-line flex items-center justify-between border-b px-5 py-3">
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            {t("title")}
          </h2>
          <form method="dialog">
            <button
              type="submit"
              className="hover:bg-hover rounded px-2 py-1 text-xl leading-none"
              aria-label={t("close")}
            >
              ×
            </button>
          </form>
        </div>
        <div role="tablist" aria-label={t("tabs")} className="border-line flex gap-1 border-b px-5 pt-2">
          {(["link", "embed", "image"] as const).map((tab_) => (
            <button
              key={tab_}
              type="button"
              role="tab"
              id={`${id}-tab-${tab_}`}
              aria-selected={tab === tab_}
              aria-controls={`${id}-panel-${tab_}`}
              onClick={() => setTab(tab_)}
              className={`rounded-t border-b-2 px-3 py-1.5 text-sm font-medium ${
                tab === tab_ ? "border-ink" : "text-muted border-transparent"
              }`}
            >
              {t(tab_)}
            </button>
          ))}
        </div>

        <div
          role="tabpanel"
          id={`${id}-panel-link`}
          aria-labelledby={`${id}-tab-link`}
          hidden={tab !== "link"}
          className="space-y-3 px-5 py-4"
        >
          <label className="block text-sm">
            <span className="font-medium">{t("linkLabel")}</span>
            <input
              readOnly
              value={link}
              onFocus={(e) => e.currentTarget.select()}
              className="border-line bg-surface mt-1 w-full rounded border px-2 py-1 font-mono text-sm"
            />
          </label>
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => copy(link, "Link")}
              className="bg-ink text-paper rounded px-3 py-1.5 text-sm font-medium"
            >
              {t("copyLink")}
            </button>
            {canShare ? (
              <button
                type="button"
                onClick={() => navigator.share({ title: document.title, url: link }).catch(() => undefined)}
                className="border-line hover:bg-hover rounded border px-3 py-1.5 text-sm font-medium"
              >
                {t("share")}
              </button>
            ) : null}
          </div>
        </div>

        <div
          role="tabpanel"
          id={`${id}-panel-embed`}
          aria-labelledby={`${id}-tab-embed`}
          hidden={tab !== "embed"}
          className="space-y-3 px-5 py-4"
        >
          <div className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
            <label className="inline-flex items-center gap-1.5">
              {t("centre")}
              <select
                value={target ?? ""}
                onChange={(e) => setTarget(contract.isSlug(e.target.value) ? e.target.value : null)}
                className="border-line bg-paper rounded border px-1.5 py-0.5"
              >
                <option value="">{t("overview")}</option>
                {contract.slugs.map((s) => (
                  <option key={s} value={s}>
                    {names[s]}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-flex items-center gap-1.5">
              {t("theme")}
              <select
                value={options.theme}
                onChange={(e) => setOptions((o) => ({ ...o, theme: e.target.value as EmbedTheme }))}
                className="border-line bg-paper rounded border px-1.5 py-0.5"
              >
                <option value="light">{t("themeLight")}</option>
                <option value="dark">{t("themeDark")}</option>
                <option value="auto">{t("themeAuto")}</option>
              </select>
            </label>
            <label className="inline-flex items-center gap-1.5">
              {t("language")}
              <select
                value={lang}
                onChange={(e) => {
                  const next = e.target.value;
                  if (contract.isLocale(next)) setLang(next);
                }}
                className="border-line bg-paper rounded border px-1.5 py-0.5"
              >
                {contract.locales.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {LANGUAGES[l].autonym}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-flex items-center gap-1.5">
              <input
                type="checkbox"
                checked={options.panel}
                onChange={(e) => setOptions((o) => ({ ...o, panel: e.target.checked }))}
              />
              {t("panel")}
            </label>
            <label className="inline-flex items-center gap-1.5">
              <input
                type="checkbox"
                checked={options.controls}
                onChange={(e) => setOptions((o) => ({ ...o, controls: e.target.checked }))}
              />
              {t("controls")}
            </label>
          </div>
          {tab === "embed" ? (
            <iframe
              key={previewSrc}
              src={previewSrc}
              title={t("preview")}
              className="border-line h-[300px] w-full rounded border"
              loading="lazy"
            />
          ) : null}
          <label className="block text-sm">
            <span className="font-medium">{t("code")}</span>
            <textarea
              readOnly
              value={snippet}
              rows={5}
              onFocus={(e) => e.currentTarget.select()}
              className="border-line bg-surface mt-1 w-full rounded border px-2 py-1 font-mono text-xs"
            />
          </label>
          <button
            type="button"
            onClick={() => copy(snippet, "Code")}
            className="bg-ink text-paper rounded px-3 py-1.5 text-sm font-medium"
          >
            {t("copyCode")}
          </button>
        </div>
        <div
          role="tabpanel"
          id={`${id}-panel-image`}
          aria-labelledby={`${id}-tab-image`}
          hidden={tab !== "image"}
          className="space-y-3 px-5 py-4"
        >
          <p className="text-muted text-sm">{t("imageHelp")}</p>
          <label className="inline-flex items-center gap-1.5 text-sm">
            {t("theme")}
            <select
              value={imageTheme}
              onChange={(e) => setImageTheme(e.target.value === "dark" ? "dark" : "light")}
              className="border-line bg-paper rounded border px-1.5 py-0.5"
            >
              <option value="light">{t("themeLight")}</option>
              <option value="dark">{t("themeDark")}</option>
            </select>
          </label>
          {tab === "image" ? (
            // The PNG: it is drawn with its fonts, where an SVG shown as an image may only use the
            // reader's (a machine without Japanese fonts shows boxes).
            // biome-ignore lint/performance/noImgElement: a preview of the picture served as it is, not an optimizable photo
            <img
              key={pngLink}
              src={pngLink}
              alt={t("imagePreview")}
              width={1200}
              height={800}
              className="border-line h-auto w-full rounded border"
            />
          ) : null}
          <div className="flex flex-wrap gap-2">
            <a
              href={pngLink}
              download
              className="bg-ink text-paper rounded px-3 py-1.5 text-sm font-medium"
              data-image-download="png"
            >
              {t("downloadPng")}
            </a>
            <a
              href={svgLink}
              download
              className="border-line hover:bg-hover rounded border px-3 py-1.5 text-sm font-medium"
              data-image-download="svg"
            >
              {t("downloadSvg")}
            </a>
          </div>
          {latestOnly ? (
            <p className="text-warn text-sm" data-testid="image-latest-only">
              {t("imageLatestOnly")}
            </p>
          ) : null}
        </div>
        <p role="status" aria-live="polite" className="text-ok px-5 pb-3 text-sm">
          {announce}
        </p>
      </dialog>
    </>
  );
}

/** The button that opens the dialog. */
function ShareButton({ onClick }: { onClick: () => void }) {
  const t = useTranslations("share");
  return (
    <button
      type="button"
      onClick={onClick}
      className="border-line hover:bg-hover rounded border px-2 py-0.5 text-sm font-medium whitespace-nowrap"
      aria-haspopup="dialog"
      aria-label={t("buttonLabel")}
    >
      {t("button")}
      <span className="hidden md:inline">{t("buttonWide")}</span>
    </button>
  );
}
