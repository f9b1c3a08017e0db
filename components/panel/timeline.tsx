import { Cite } from "@/components/panel/cite";
import { Badge } from "@/components/ui/badge";
import { formatPartialDate } from "@/lib/dates";
import type { CenterEvent } from "@/lib/schema";
import { EVENT_TYPE_LABEL } from "@/lib/text";

/** A dated list of events; network-wide events say so, context events are marked. */
export function Timeline({ events }: { events: readonly CenterEvent[] }) {
  return (
    <ol className="border-line relative space-y-3 border-s-2 ps-4">
      {events.map((e) => (
        <li key={e.id} id={`event-${e.id}`} data-event-id={e.id} className="relative text-sm">
          <span
            aria-hidden="true"
            className="absolute -start-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full border-2 border-white bg-slate-500"
          />
          <div className="flex flex-wrap items-center gap-1.5">
            <time dateTime={e.date} className="font-semibold">
              {formatPartialDate(e.date)}
            </time>
            <Badge>{EVENT_TYPE_LABEL[e.type]}</Badge>
            {e.cities === "all" ? <Badge>All six centres</Badge> : null}
            {e.context ? <Badge tone="context">Context, not about the Japan Center</Badge> : null}
          </div>
          <p className="mt-0.5">
            {e.summary}
            <Cite ids={e.sourceIds} />
          </p>
          {e.alternativeDates?.map((a) => (
            <p key={a.date} className="text-muted mt-0.5 text-xs">
              Another source dates this {formatPartialDate(a.date)}
              {a.note ? `: ${a.note}` : "."}
              <Cite ids={a.sourceIds} />
            </p>
          ))}
          {e.note ? <p className="text-muted mt-0.5 text-xs">{e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
