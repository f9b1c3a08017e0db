"use client";

import { asofParam } from "@/lib/asof";
import { useTranslations } from "@/lib/client/i18n";
import { useView } from "@/lib/client/use-view";
import { contract } from "@/lib/contract";

/** The data version and its entry in the corrections log (the server formats it). */
type Updated = { href: string; label: string };

/**
 * "Open full map" (the matching full page, in the same language, keeping the date), the source
 * credit, and "Updated <date>" linking to that change in the corrections log.
 */
export function EmbedFooter({ updated }: { updated: Updated }) {
  const { view, asof } = useView();
  const href = contract.link({ ...view, asof: asofParam(asof) }, { embedded: false });
  const t = useTranslations("embed");
  return (
    <footer className="border-line bg-paper flex flex-wrap items-center justify-between gap-x-3 gap-y-0.5 border-t px-3 py-1.5 text-xs">
      <span className="text-muted">
        {t("credit")} ·{" "}
        <a href={updated.href} target="_blank" rel="noopener" className="underline" data-testid="embed-updated">
          {updated.label}
        </a>
      </span>
      <a href={href} target="_blank" rel="noopener" data-dated className="text-link shrink-0 font-medium underline">
        {t("open")}
      </a>
    </footer>
  );
}
