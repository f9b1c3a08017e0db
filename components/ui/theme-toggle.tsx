"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "@/lib/i18n-client";
import { THEME_STORAGE_KEY } from "@/lib/theme";

/**
 * Dark theme on or off. The first paint follows the remembered choice or the system
 * (lib/theme.ts); pressing the button flips it and remembers it. The map restyles itself when
 * `data-theme` changes.
 */
export function ThemeToggle() {
  const t = useTranslations("theme");
  const [dark, setDark] = useState<boolean | null>(null);
  useEffect(() => setDark(document.documentElement.dataset.theme === "dark"), []);
  return (
    <button
      type="button"
      aria-pressed={dark ?? false}
      disabled={dark === null}
      title={t("dark")}
      aria-label={t("dark")}
      data-testid="theme-toggle"
      className="border-line hover:bg-hover rounded border px-1.5 py-0.5 text-sm leading-none"
      onClick={() => {
        const next = !dark;
        setDark(next);
        document.documentElement.dataset.theme = next ? "dark" : "light";
        try {
          localStorage.setItem(THEME_STORAGE_KEY, next ? "dark" : "light");
        } catch {
          // Private mode: the choice holds for this page only.
        }
      }}
    >
      <span aria-hidden="true">{dark ? "☀" : "☾"}</span>
    </button>
  );
}
