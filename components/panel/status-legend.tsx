import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Cite } from "@/components/panel/cite";
import { StatusIcon } from "@/components/ui/status-icon";
import { STATUSES } from "@/lib/status";
import { formatList } from "@/lib/text";
import { useCenters, usePageLocale } from "@/lib/use-centers";
import { useFormatDate } from "@/lib/use-format-date";

/**
 * What the marker shapes mean and from when each status applies, with the sources of each date
 * (they link to /sources: the legend is on every page, whose own source list may not hold them).
 */
export function StatusLegend({ open = true }: { open?: boolean }) {
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
        {t("closure-announced", { date: date(closure.date) })}
        <Cite ids={closure.sourceIds} onSourcesPage />
      </>
    ),
  };
  return (
    <details className="text-sm" data-testid="legend" open={open}>
      <summary className="text-muted cursor-pointer text-xs font-medium tracking-wide uppercase">{t("title")}</summary>
      <ul className="mt-1.5 grid grid-cols-2 gap-x-3 gap-y-1 sm:grid-cols-1">
        {STATUSES.map((s) => (
          <li key={s} className="flex items-start gap-2" data-legend={s}>
            <StatusIcon status={s} size="mt-1 h-3 w-3" />
            <span>
              <span className="font-medium">{tStatus(s)}</span>{" "}
              <span className="text-muted hidden sm:inline">— {when[s]}</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="text-muted mt-1 hidden text-xs sm:block">
        {t("precision", { date: date(centers.meta.dataVersion) })}
      </p>
    </details>
  );
}
