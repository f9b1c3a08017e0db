"use client";

import type { ReactNode } from "react";
import { type Asof, asofNotice } from "@/lib/asof";
import { dateFormatters } from "@/lib/dates";
import { useLocale, useTranslations } from "@/lib/i18n-client";
import { useAsofRange, useView } from "@/lib/use-view";

/**
 * The date notice as the address asks: "Showing the state on 1 June 1999", or why the requested
 * date could not be used. It replaces the server's text, which names the state's first and last
 * day (one page serves every date of a state; components/panel/asof-notice.tsx).
 */
export function AsofNoticeLive() {
  const { asof } = useView();
  const t = useTranslations("asof");
  const { key, values } = asofNotice(asof, useAsofRange(), dateFormatters(useLocale()).date);
  return <AsofNoticeView asof={asof}>{t(key, values)}</AsofNoticeView>;
}

/** The notice's paragraph, the same for the server's text and the browser's. */
export function AsofNoticeView({ asof, children }: { asof: Pick<Asof, "kind" | "date">; children: ReactNode }) {
  return (
    <p
      data-testid="asof-notice"
      data-asof={asof.date}
      data-asof-kind={asof.kind}
      className={`px-5 pt-3 text-sm ${asof.kind === "clamped" || asof.kind === "ignored" ? "text-warn" : "text-muted"}`}
    >
      {children}
    </p>
  );
}
