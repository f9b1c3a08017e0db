import { useTranslations } from "next-intl";
import { Cite } from "@/components/panel/cite";
import { Badge } from "@/components/ui/badge";
import { startOf } from "@/lib/dates";
import type { CenterEvent } from "@/lib/schema";
import { useCenters, usePageLocale } from "@/lib/use-centers";
import { useFormatDate } from "@/lib/use-format-date";

/**
 * A dated list of events. Network-wide events say so, context events are marked, and events
 * after the date shown (`asof`) are dimmed and say so.
 */
export function Timeline({ events, asof }: { events: readonly CenterEvent[]; asof?: string }) {
  const t = useTranslations("timeline");
  const centers = useCenters();
  const { date } = useFormatDate();
  const locale = usePageLocale();
  const cityName = (slug: string) => centers.city(slug)?.names[locale] ?? slug;
  return (
    <ol className="border-line relative space-y-3 border-s-2 ps-4" data-timeline>
      {events.map((e) => {
        const later = asof !== undefined && startOf(e.date) > asof;
        const conflicts = centers.conflictsForEvent(e.id);
        return (
          <li
            key={e.id}
            id={`event-${e.id}`}
            data-event-id={e.id}
            data-type={e.type}
            data-cities={e.cities === "all" ? "all" : e.cities.join(" ")}
            data-context={e.context ? "true" : undefined}
            data-later={later ? "true" : undefined}
            className={`relative text-sm ${later ? "text-muted italic" : ""}`}
          >
            <span
              aria-hidden="true"
              className={`border-paper absolute -start-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full border-2 ${
                later ? "bg-slate-300" : "bg-slate-600"
              }`}
            />
            <div className="flex flex-wrap items-center gap-1.5">
              <time dateTime={e.date} className="font-semibold">
                {date(e.date)}
              </time>
              <Badge>{t(`types.${e.type}`)}</Badge>
              <Badge>{e.cities === "all" ? t("allCentres") : e.cities.map(cityName).join(", ")}</Badge>
              {e.context ? <Badge tone="context">{t("context")}</Badge> : null}
              {later ? <span className="text-muted text-xs">{t("later")}</span> : null}
            </div>
            <p className="mt-0.5">
              {e.summary}
              <Cite ids={e.sourceIds} />
            </p>
            {e.alternativeDates && e.alternativeDates.length > 0 ? (
              <p className="text-muted mt-0.5 text-xs" data-fact="alternative-dates">
                {t("otherSources")}{" "}
                {e.alternativeDates.map((a, i) => (
                  <span key={a.date}>
                    {i > 0 ? "; " : null}
                    {date(a.date)}
                    {a.note ? ` (${a.note})` : null}
                    <Cite ids={a.sourceIds} />
                  </span>
                ))}
                {conflicts.length > 0 ? ` ${conflicts.map((c) => c.note).join(" ")}` : null}
              </p>
            ) : null}
            {e.note ? <p className="text-muted mt-0.5 text-xs">{e.note}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
