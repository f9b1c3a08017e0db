import { Cite } from "@/components/panel/cite";
import { StatusBadge } from "@/components/ui/status-badge";
import { statusPeriods } from "@/lib/date-state";
import { useCenters } from "@/lib/server/use-centers";

/**
 * A centre's status badge on the date shown: one badge per period of its history, each marked with
 * the states it belongs to (lib/date-state.ts), so the page's date chooses it from the first
 * paint. With `cite`, each carries the sources of its transition.
 */
export function DatedStatus({ slug, cite = false }: { slug: string; cite?: boolean }) {
  const centers = useCenters();
  return statusPeriods(centers.transitions(slug), centers.stateDates()).map(({ transition, attrs }) => (
    <span key={transition?.from ?? "before"} {...attrs}>
      <StatusBadge status={transition?.status ?? "not-yet-opened"} />
      {cite && transition ? <Cite ids={transition.sourceIds} /> : null}
    </span>
  ));
}
