import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { AsofNoticeLive, AsofNoticeView } from "@/components/panel/asof-notice-live";
import { type Asof, stateSpan } from "@/lib/asof";
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
  const { min, max } = centers.asofRange;
  const shown = date(asof.date);
  let text: string;
  switch (asof.kind) {
    case "latest":
      text = t("noticeLatest", { date: shown });
      break;
    case "date": {
      const span = stateSpan(asof.date, centers.stateDates(), max);
      text =
        span.from === span.to
          ? t("noticeDate", { date: shown })
          : t("noticeState", { from: date(span.from), to: date(span.to) });
      break;
    }
    case "clamped":
      text = t("noticeClamped", { requested: asof.requested, min: date(min), max: date(max), date: shown });
      break;
    case "ignored":
      text = t("noticeIgnored", { requested: asof.requested, date: shown });
      break;
  }
  return (
    <>
      <Suspense fallback={<AsofNoticeView asof={asof}>{text}</AsofNoticeView>}>
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
