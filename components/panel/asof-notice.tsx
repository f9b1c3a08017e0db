import { useTranslations } from "next-intl";
import { asofNotice } from "@/lib/asof";
import { stateAttrs } from "@/lib/date-state";
import { useCenters } from "@/lib/server/use-centers";
import { useFormatDate } from "@/lib/server/use-format-date";

/**
 * Says which state the page shows: the latest, or the state the date in the address falls in, by
 * its first and last day (the same on every day between). Every sentence is in the page, each
 * marked with the state it belongs to; the page's date chooses one (lib/date-state.ts,
 * app/globals.css), from the first paint. Beside it, why a requested date was moved into the range
 * or ignored, and, without JavaScript, that a date in the address needs it.
 */
export function AsofNotice() {
  const t = useTranslations("asof");
  const { date } = useFormatDate();
  const centers = useCenters();
  const range = centers.asofRange;
  const dates = centers.stateDates();
  const sentence = (span: { from: string; to: string } | null) => {
    const { key, values } = asofNotice(span, range, date);
    return t(key, values);
  };
  return (
    <div data-testid="asof-notice" className="px-5 pt-3 text-sm">
      <p data-notice="clamped" className="text-warn">
        {t("noticeClamped", { min: date(range.min), max: date(range.max) })}
      </p>
      <p data-notice="ignored" className="text-warn">
        {t("noticeIgnored")}
      </p>
      <p data-notice="latest" className="text-muted">
        {sentence(null)}
      </p>
      {dates.map((from, i) => (
        <p
          key={from}
          data-notice="dated"
          className="text-muted"
          {...stateAttrs(i, i + 1 < dates.length ? i + 1 : null)}
        >
          {sentence(centers.stateSpan(from))}
        </p>
      ))}
      <noscript>
        <p className="text-muted pt-1 text-xs">{t("noscriptLatest")}</p>
      </noscript>
    </div>
  );
}
