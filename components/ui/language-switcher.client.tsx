"use client";

import { usePathname } from "next/navigation";
import { useLocale, useTranslations } from "@/lib/client/i18n";
import { contract, LANGUAGES } from "@/lib/contract";

/**
 * Links to this page in the other languages. The link keeps the date (`?asof=`), an embed's
 * options and the map's camera (`#map=`); the camera is read from the address bar when the link
 * is followed, because it moves after the page has rendered.
 */
export function LanguageSwitcher() {
  // From the path alone (the query is read when a link is followed): the header is part of every
  // prerendered page, and reading the query while rendering would drop it from the first paint.
  const locale = useLocale();
  const view = contract.parseView(usePathname() ?? "/") ?? contract.view({ locale, page: "overview" });
  const t = useTranslations("site");
  return (
    <ul aria-label={t("languageHint")} className="flex items-center gap-1.5" data-testid="language-switcher">
      {contract.locales.map((l) => {
        const href = contract.link(view, { locale: l });
        // The visible code is the start of the accessible name ("JA 日本語"): a speech-input user
        // who says "click JA" reaches it (WCAG 2.5.3, label in name).
        const name = (
          <>
            {l.toUpperCase()}
            <span className="sr-only"> {LANGUAGES[l].autonym}</span>
          </>
        );
        return (
          <li key={l}>
            {l === view.locale ? (
              <span aria-current="true" className="text-ink font-semibold" lang={l} title={LANGUAGES[l].autonym}>
                {name}
              </span>
            ) : (
              <a
                href={href}
                hrefLang={l}
                lang={l}
                title={LANGUAGES[l].autonym}
                className="text-muted hover:text-ink hover:underline"
                onClick={(e) => {
                  const { pathname, search, hash } = window.location;
                  const current = contract.parseView(pathname, new URLSearchParams(search)) ?? view;
                  e.currentTarget.href = `${contract.link(current, { locale: l })}${hash}`;
                }}
              >
                {name}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
