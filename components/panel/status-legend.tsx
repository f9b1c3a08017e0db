import { useTranslations } from "next-intl";
import { StatusIcon } from "@/components/ui/status-icon";
import { centers } from "@/lib/centers";
import { STATUSES } from "@/lib/status";
import { KEY_EVENTS, requireEvent } from "@/lib/text";
import { useFormatDate } from "@/lib/use-format-date";

/** What the marker shapes and colours mean, and from when each status applies. */
export function StatusLegend({ open = true }: { open?: boolean }) {
  const t = useTranslations("legend");
  const tStatus = useTranslations("status");
  const { date } = useFormatDate();
  const order = requireEvent(KEY_EVENTS.order11r);
  const closure = requireEvent(KEY_EVENTS.closureAnnounced);
  const when = {
    "not-yet-opened": t("not-yet-opened"),
    operating: t("operating"),
    "memoranda-ended": t("memoranda-ended", { date: date(order.date) }),
    "closure-announced": t("closure-announced", { date: date(closure.date) }),
  } as const;
  return (
    <details className="text-sm" data-testid="legend" open={open}>
      <summary className="text-muted cursor-pointer text-xs font-medium tracking-wide uppercase">{t("title")}</summary>
      <ul className="mt-1.5 grid grid-cols-2 gap-x-3 gap-y-1 sm:grid-cols-1">
        {STATUSES.map((s) => (
          <li key={s} className="flex items-start gap-2">
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
