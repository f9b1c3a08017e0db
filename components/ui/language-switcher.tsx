"use client";

import { usePathname } from "next/navigation";
import { LANGUAGE_AUTONYM, LOCALES } from "@/i18n/routing";
import { useLocale, useTranslations } from "@/lib/i18n-client";
import { switchLocalePath } from "@/lib/routes";

/**
 * Links to this page in the other languages. The link keeps the date (`?asof=`) and the map's
 * camera (`#map=`): both are read from the address bar when the link is followed, because the
 * camera moves after the page has rendered.
 */
export function LanguageSwitcher() {
  const locale = useLocale();
  const pathname = usePathname();
  const t = useTranslations("site");
  return (
    <ul aria-label={t("languageHint")} className="flex items-center gap-1.5" data-testid="language-switcher">
      {LOCALES.map((l) => {
        const href = switchLocalePath(pathname, l);
        return (
          <li key={l}>
            {l === locale ? (
              <span aria-current="true" className="text-ink font-semibold" lang={l} title={LANGUAGE_AUTONYM[l]}>
                {l.toUpperCase()}
                <span className="sr-only"> {LANGUAGE_AUTONYM[l]}</span>
              </span>
            ) : (
              <a
                href={href}
                hrefLang={l}
                lang={l}
                title={LANGUAGE_AUTONYM[l]}
                className="text-muted hover:text-ink hover:underline"
                onClick={(e) => {
                  e.currentTarget.href = `${href}${keptQuery(window.location.search)}${window.location.hash}`;
                }}
              >
                {/* The visible code is the start of the accessible name ("JA 日本語"): a speech-input
                    user who says "click JA" reaches it (WCAG 2.5.3, label in name). */}
                {l.toUpperCase()}
                <span className="sr-only"> {LANGUAGE_AUTONYM[l]}</span>
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The query to carry to the other language: everything but `lang` (the path now says it). */
function keptQuery(search: string): string {
  const q = new URLSearchParams(search);
  q.delete("lang");
  const s = q.toString();
  return s ? `?${s}` : "";
}
