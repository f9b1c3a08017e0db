import { useTranslations } from "next-intl";
import { Cite } from "@/components/panel/cite";
import { ConflictNote } from "@/components/panel/conflict-note";
import { Badge } from "@/components/ui/badge";
import { laterAttrs } from "@/lib/date-state";
import type { CenterEvent } from "@/lib/schema";
import { formatList, parenthetical, punctuation } from "@/lib/server/text";
import { useCenters, usePageLocale } from "@/lib/server/use-centers";
import { useFormatDate } from "@/lib/server/use-format-date";

/**
 * A dated list of events. Network-wide events say so, context events are marked, and events still
 * to come on the date shown are dimmed and say so (each marked with the states in which it is to
 * come: lib/date-state.ts).
 */
export function Timeline({ events }: { events: readonly CenterEvent[] }) {
  const t = useTranslations("timeline");
  const centers = useCenters();
  const { date } = useFormatDate();
  const locale = usePageLocale();
  const dates = centers.stateDates();
  const { space, alternatives } = punctuation(locale);
  const cityName = (slug: string) => centers.city(slug)?.names[locale] ?? slug;
  // A network-wide event names the centres that existed on its date: "all six" only once all
  // six had opened. A centre that operated then only by an earlier body or another source's
  // date says so (lib/status.ts).
  const scope = (e: CenterEvent): string => {
    if (e.cities !== "all") return formatList(locale, e.cities.map(cityName));
    const existing = centers.scopeOf(e);
    if (existing.length === centers.cities().length && existing.every((c) => c.status !== "earlier-or-disputed")) {
      return t("allCentres", { count: centers.cities().length });
    }
    const names = existing.map(({ city, status }) => {
      if (status !== "earlier-or-disputed") return city.names[locale];
      const basis = centers.transitions(city.slug).find((tr) => tr.status === status)?.basis;
      return t(basis === "earlier-centre" ? "withEarlierCentre" : "withDisputedDate", { name: city.names[locale] });
    });
    return t("centresThen", { names: formatList(locale, names) });
  };
  return (
    <ol className="border-line relative space-y-3 border-s-2 ps-4" data-timeline>
      {events.map((e) => {
        const later = laterAttrs(centers.reached(e), dates);
        const conflicts = centers.conflictsForEvent(e.id);
        return (
          <li
            key={e.id}
            id={`event-${e.id}`}
            data-event-id={e.id}
            data-type={e.type}
            data-cities={e.cities === "all" ? "all" : e.cities.join(" ")}
            data-context={e.context ? "true" : undefined}
            {...later?.dim}
            className="relative text-sm"
          >
            <span
              aria-hidden="true"
              data-dot
              className="border-paper absolute -start-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full border-2 bg-slate-600"
            />
            <div className="flex flex-wrap items-center gap-1.5">
              <time dateTime={e.date} className="font-semibold">
                {date(e.date)}
              </time>
              <Badge>{t(`types.${e.type}`)}</Badge>
              <Badge>{scope(e)}</Badge>
              {e.context ? <Badge tone="context">{t("context")}</Badge> : null}
              {later ? (
                <span className="text-muted text-xs" data-later-tag {...later.tag}>
                  {t("later")}
                </span>
              ) : null}
            </div>
            <p className="mt-0.5">
              {e.summary}
              <Cite ids={e.sourceIds} />
            </p>
            {e.alternativeDates && e.alternativeDates.length > 0 ? (
              <p className="text-muted mt-0.5 text-xs" data-fact="alternative-dates">
                {t("otherSources")}
                {space}
                {e.alternativeDates.map((a, i) => (
                  <span key={a.date}>
                    {i > 0 ? alternatives : null}
                    {date(a.date)}
                    {a.note ? parenthetical(locale, a.note) : null}
                    <Cite ids={a.sourceIds} />
                  </span>
                ))}
              </p>
            ) : null}
            {e.note ? <p className="text-muted mt-0.5 text-xs">{e.note}</p> : null}
            {conflicts.map((c) => (
              <ConflictNote key={c.id} conflict={c} collapsed />
            ))}
          </li>
        );
      })}
    </ol>
  );
}
