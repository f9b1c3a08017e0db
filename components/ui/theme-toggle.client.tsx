"use client";

import { THEME_STORAGE_KEY } from "@/lib/browser/theme";
import { useTranslations } from "@/lib/client/i18n";
import { useFlag } from "@/lib/client/use-flag";
import { setFlag } from "@/lib/page-state";

/**
 * Dark theme on or off. The first paint follows the remembered choice or the system
 * (lib/browser/theme.ts); pressing the button flips it and remembers it. It sets the `theme` flag on
 * <html> through lib/page-state.ts, whose subscribers (the live map's style) follow.
 */
export function ThemeToggle() {
  const t = useTranslations("theme");
  // Unknown until hydrated (the first paint's script chose it): the button waits.
  const theme = useFlag("theme");
  const dark = theme === undefined ? null : theme === "dark";
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
        const next = dark ? "light" : "dark";
        setFlag("theme", next);
        try {
          localStorage.setItem(THEME_STORAGE_KEY, next);
        } catch {
          // Private mode: the choice holds for this page only.
        }
      }}
    >
      <span aria-hidden="true">{dark ? "☀" : "☾"}</span>
    </button>
  );
}
