import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Cite } from "@/components/panel/cite";
import { StatusIcon } from "@/components/ui/status-icon";
import { formatList } from "@/lib/server/text";
import { useCenters, usePageLocale } from "@/lib/server/use-centers";
import { useFormatDate } from "@/lib/server/use-format-date";
import { STATUSES } from "@/lib/status";

/**
 * What the marker shapes mean: a one-line key (each shape and its status), and, a tap away, from
 * when each status applies with the sources of each date (they link to /sources: the legend is on
 * every page, whose own source list may not hold them). Closed by default, so the panel's answer
 * and its details are not pushed below the first screen (issue 25); without JavaScript a
 * <details> opens all the same.
 */
export function StatusLegend() {
  const t = useTranslations("legend");
  const tStatus = useTranslations("status");
  const locale = usePageLocale();
  const centers = useCenters();
  const { date } = useFormatDate();
  const order = centers.keyEvent("order11r");
  const closure = centers.keyEvent("closureAnnounced");
  // Each centre with an earlier period, and what the sources say operated then (lib/status.ts).
  const earlier = centers.cities().flatMap((city) => {
    const period = centers.transitions(city.slug).find((tr) => tr.status === "earlier-or-disputed");
    return period ? [{ city, period }] : [];
  });
  const when: Record<(typeof STATUSES)[number], ReactNode> = {
    "not-yet-opened": t("not-yet-opened"),
    "earlier-or-disputed": (
      <>
        {t("earlier-or-disputed", {
          cases: formatList(
            locale,
            earlier.map(({ city, period }) =>
              t(period.basis === "earlier-centre" ? "earlierCentreCase" : "earlierDateCase", {
                name: city.names[locale],
                date: date(period.date),
              }),
            ),
          ),
        })}
        <Cite ids={earlier.flatMap((e) => e.period.sourceIds)} onSourcesPage />
      </>
    ),
    operating: t("operating"),
    "memoranda-ended": (
      <>
        {t("memoranda-ended", { date: date(order.date) })}
        <Cite ids={order.sourceIds} onSourcesPage />
      </>
    ),
    "closure-announced": (
      <>
        {t("closure-announced", { date: date(closure.date), count: centers.cities().length })}
        <Cite ids={closure.sourceIds} onSourcesPage />
      </>
    ),
  };
  return (
    <details className="group text-sm" data-testid="legend">
      <summary className="cursor-pointer list-none">
        <span className="text-muted me-2 text-xs font-medium tracking-wide uppercase">
          <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
            ▸
          </span>{" "}
          {t("title")}
        </span>
        <span className="inline-flex flex-wrap gap-x-3 gap-y-0.5 align-middle text-xs" data-testid="legend-key">
          {STATUSES.map((s) => (
            <span key={s} className="inline-flex items-center gap-1">
              <StatusIcon status={s} size="h-2.5 w-2.5" />
              {tStatus(s)}
            </span>
          ))}
        </span>
      </summary>
      <ul className="mt-2 space-y-1">
        {STATUSES.map((s) => (
          <li key={s} className="flex items-start gap-2" data-legend={s}>
            <StatusIcon status={s} size="mt-1 h-3 w-3" />
            <span>
              <span className="font-medium">{tStatus(s)}</span> <span className="text-muted">— {when[s]}</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="text-muted mt-1 text-xs">{t("precision", { date: date(centers.meta.dataVersion) })}</p>
    </details>
  );
}
