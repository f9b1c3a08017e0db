import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { AsofNoticeLive, AsofNoticeView } from "@/components/panel/asof-notice-live";
import { type Asof, asofNotice } from "@/lib/asof";
import { useCenters } from "@/lib/use-centers";
import { useFormatDate } from "@/lib/use-format-date";

/**
 * Says which date the page shows, and why when the requested one could not be used. A dated page
 * is rendered once per state (decision 010) and serves every date in it, so the server's text
 * names the state's first and last day; in the browser the notice names the date in the address
 * (AsofNoticeLive), which lies in that span.
 */
export function AsofNotice({ asof }: { asof: Asof }) {
  const t = useTranslations("asof");
  const { date } = useFormatDate();
  const centers = useCenters();
  const span = asof.kind === "date" ? centers.stateSpan(asof.date) : undefined;
  const { key, values } = asofNotice(asof, centers.asofRange, date, span);
  return (
    <>
      <Suspense fallback={<AsofNoticeView asof={asof}>{t(key, values)}</AsofNoticeView>}>
        <AsofNoticeLive />
      </Suspense>
      {asof.kind === "latest" ? (
        // A static host ignores the query: without a script to read it, `?asof=` gets this page.
        <noscript>
          <p className="text-muted px-5 pt-1 text-xs">{t("noscriptLatest")}</p>
        </noscript>
      ) : null}
    </>
  );
}
