import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/ui/language-switcher.client";
import { ThemeToggle } from "@/components/ui/theme-toggle.client";
import { contract, type PageName } from "@/lib/contract";
import { usePageLocale } from "@/lib/server/use-centers";

/** The site's header: name (home), tools (Share / Embed), text pages, language and theme. */
export function SiteHeader({ tools, mapLink = false }: { tools?: ReactNode; mapLink?: boolean }) {
  const t = useTranslations("site");
  const locale = usePageLocale();
  const href = (page: PageName) => contract.href(contract.view({ locale, page }));
  const nav = [
    ...(mapLink ? [{ href: href("overview"), label: t("map") }] : []),
    { href: href("sources"), label: t("sources") },
    { href: href("about"), label: t("about") },
  ];
  return (
    <header className="border-line flex flex-wrap items-center justify-between gap-x-3 gap-y-1 border-b px-4 py-2">
      <Link href={href("overview")} scroll={false} className="text-sm font-semibold tracking-tight whitespace-nowrap">
        {t("name")}
      </Link>
      <nav aria-label={t("navLabel")} className="flex flex-wrap items-center justify-end gap-x-3 gap-y-1 text-sm">
        {tools}
        {nav.map((item) => (
          <Link
            key={item.href}
            href={item.href}
            // Text pages a reader rarely opens next: fetched on click, not on every page load
            // (their prefetch was main-thread work while the map starts; docs/performance.md).
            prefetch={false}
            className="text-muted hover:text-ink whitespace-nowrap hover:underline"
          >
            {item.label}
          </Link>
        ))}
        <LanguageSwitcher />
        <ThemeToggle />
      </nav>
    </header>
  );
}
