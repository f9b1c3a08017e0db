import { StatusIcon } from "@/components/ui/status-icon";
import { centers } from "@/lib/centers";
import { formatPartialDate } from "@/lib/dates";
import { STATUS_LABEL, STATUSES } from "@/lib/status";
import { KEY_EVENTS, requireEvent } from "@/lib/text";

/** What the marker shapes and colours mean, and from when each status applies. */
export function StatusLegend({ open = true }: { open?: boolean }) {
  const order = requireEvent(KEY_EVENTS.order11r);
  const closure = requireEvent(KEY_EVENTS.closureAnnounced);
  const when = {
    "not-yet-opened": "before the centre's opening date",
    operating: "from its opening date",
    "memoranda-ended": `from ${formatPartialDate(order.date)}: Russia stopped applying the 2000 and 2003 memoranda`,
    "closure-announced": `from ${formatPartialDate(closure.date)}: Japan announced that all six would close`,
  } as const;
  return (
    <details className="text-sm" data-testid="legend" open={open}>
      <summary className="text-muted cursor-pointer text-xs font-medium tracking-wide uppercase">Legend</summary>
      <ul className="mt-1.5 grid grid-cols-2 gap-x-3 gap-y-1 sm:grid-cols-1">
        {STATUSES.map((s) => (
          <li key={s} className="flex items-start gap-2">
            <StatusIcon status={s} size="mt-1 h-3 w-3" />
            <span>
              <span className="font-medium">{STATUS_LABEL[s]}</span>{" "}
              <span className="text-muted hidden sm:inline">— {when[s]}</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="text-muted mt-1 hidden text-xs sm:block">
        A date given only as a month or year counts from its first day. Data checked{" "}
        {formatPartialDate(centers.meta.dataVersion)}.
      </p>
    </details>
  );
}
