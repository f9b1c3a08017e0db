"use client";

import { asofParam } from "@/lib/asof";
import { contract } from "@/lib/contract";
import { useTranslations } from "@/lib/i18n-client";
import { useView } from "@/lib/use-view";

/** "Open full map" (the matching full page, in the same language, keeping the date) and the source credit. */
export function EmbedFooter() {
  const { view, asof } = useView();
  return <EmbedFooterView href={contract.link({ ...view, asof: asofParam(asof) }, { embedded: false })} />;
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
