"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { isLocale } from "@/i18n/routing";
import { useLocale, useTranslations } from "@/lib/i18n-client";
import { centerPath, centerSlugFromPath, overviewPath, publicPath } from "@/lib/routes";

/** "Open full map" (the matching full page, in the same language, keeping the date) and the source credit. */
export function EmbedFooter({ slugs }: { slugs: string[] }) {
  const current = useLocale();
  const locale = isLocale(current) ? current : "en";
  const pathname = publicPath(usePathname());
  const searchParams = useSearchParams();
  const slug = centerSlugFromPath(pathname, slugs);
  const asof = searchParams.get("asof");
  const path = slug ? centerPath(slug, false, locale) : overviewPath(false, locale);
  return <EmbedFooterView href={`${path}${asof ? `?asof=${encodeURIComponent(asof)}` : ""}`} />;
}

export function EmbedFooterView({ href }: { href: string }) {
  const t = useTranslations("embed");
  return (
    <footer className="border-line bg-paper flex items-center justify-between gap-3 border-t px-3 py-1.5 text-xs">
      <span className="text-muted">{t("credit")}</span>
      <a href={href} target="_blank" rel="noopener" className="text-link shrink-0 font-medium underline">
        {t("open")}
      </a>
    </footer>
  );
}
