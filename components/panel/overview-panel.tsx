import Link from "next/link";
import { AsofNotice } from "@/components/panel/asof-notice";
import { Cite } from "@/components/panel/cite";
import { PanelFooter } from "@/components/panel/panel-footer";
import { SourceList } from "@/components/panel/source-list";
import { Timeline } from "@/components/panel/timeline";
import { TimelineFilter } from "@/components/panel/timeline-filter";
import { Section } from "@/components/ui/section";
import { StatusBadge } from "@/components/ui/status-badge";
import { type Asof, asofQuery } from "@/lib/asof";
import { centers, preferredOpening } from "@/lib/centers";
import { comparePartialDates, formatPartialDate } from "@/lib/dates";
import { centerPath } from "@/lib/routes";
import { statusAt, transitionsFor } from "@/lib/status";
import { EVENT_TYPE_OPTIONS, KEY_EVENTS, requireEvent } from "@/lib/text";

/** The overview panel: the story in one paragraph, and the six centres by opening date. */
const eventSourceIds = (e: { sourceIds: string[]; alternativeDates?: { sourceIds: string[] }[] }) => [
  ...e.sourceIds,
  ...(e.alternativeDates?.flatMap((a) => a.sourceIds) ?? []),
];

export function OverviewPanel({ asof, embedded = false }: { asof: Asof; embedded?: boolean }) {
  const query = asofQuery(asof);
  const first = requireEvent(KEY_EVENTS.firstCentre);
  const memo2000 = requireEvent(KEY_EVENTS.memorandum2000);
  const memo2003 = requireEvent(KEY_EVENTS.memorandum2003);
  const order = requireEvent(KEY_EVENTS.order11r);
  const conveyed = requireEvent(KEY_EVENTS.japanNotifies);
  const closure = requireEvent(KEY_EVENTS.closureAnnounced);
  const byOpening = [...centers.cities()].sort((a, b) =>
    comparePartialDates(preferredOpening(a).date, preferredOpening(b).date),
  );
  const latest = byOpening.at(-1);
  if (!latest) throw new Error("data/cities.json: no centres");
  const lastOpening = preferredOpening(latest);
  const storyIds = [
    "mofa-jc-2024",
    "mofa-jc-2011",
    ...[first, memo2000, memo2003, order, conveyed, closure].flatMap(eventSourceIds),
  ];
  const listIds = byOpening.flatMap((c) => preferredOpening(c).sourceIds);

  return (
    <article aria-labelledby="panel-title" data-panel="overview">
      <AsofNotice asof={asof} />
      <header className="px-5 pt-4 pb-3">
        <p className="text-muted text-xs tracking-wide uppercase">1994–2025</p>
        <h1 id="panel-title" tabIndex={-1} className="text-2xl leading-tight font-bold">
          Japan Centers in Russia
        </h1>
        <p className="mt-2 text-[0.95rem] leading-relaxed" data-testid="story">
          Japan opened its first Japan Center in Russia in {formatPartialDate(first.date)}
          <Cite ids={first.sourceIds} />, and by {formatPartialDate(lastOpening.date)} there were six, offering
          management and Japanese-language courses and training in Japan
          <Cite ids={["mofa-jc-2024", "mofa-jc-2011"]} />. Two memoranda between the governments framed their work: one
          signed in Tokyo on {formatPartialDate(memo2000.date)}
          <Cite ids={memo2000.sourceIds} />
          {memo2000.alternativeDates?.map((a) => (
            <span key={a.date}>
              {" "}
              (other sources: {formatPartialDate(a.date)}
              <Cite ids={a.sourceIds} />)
            </span>
          ))}{" "}
          and one in Vladivostok on {formatPartialDate(memo2003.date)}
          <Cite ids={memo2003.sourceIds} />. Russia stopped applying both by government order No. 11-r of{" "}
          {formatPartialDate(order.date)}
          <Cite ids={order.sourceIds} />. Japan told Russia on {formatPartialDate(conveyed.date)} that it would close
          the centres
          <Cite ids={conveyed.sourceIds} />, and announced on {formatPartialDate(closure.date)} that all six would close
          <Cite ids={closure.sourceIds} />. No source gives the date any of them actually stopped operating.
        </p>
      </header>

      <Section title="The six centres, by opening date" id="centres">
        <ul className="space-y-2" aria-label="The six Japan Centers">
          {byOpening.map((c) => {
            const opening = preferredOpening(c);
            return (
              <li key={c.slug}>
                <Link
                  href={`${centerPath(c.slug, embedded)}${query}`}
                  scroll={false}
                  data-center-link={c.slug}
                  className="border-line hover:border-muted hover:bg-surface block rounded border px-3 py-2"
                >
                  <span className="flex flex-wrap items-baseline justify-between gap-x-2">
                    <span className="font-semibold">{c.names.en}</span>
                    <span className="text-muted text-sm">
                      <span lang="ru">{c.names.ru}</span> · <span lang="ja">{c.names.ja}</span>
                    </span>
                  </span>
                  <span className="mt-1 flex flex-wrap items-center justify-between gap-2 text-sm">
                    <span>
                      Opened <time dateTime={opening.date}>{formatPartialDate(opening.date)}</time>
                      {c.opened.length > 1 ? <span className="text-muted"> (other dates in sources)</span> : null}
                    </span>
                    <StatusBadge status={statusAt(transitionsFor(c), asof.date)} />
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
        <p className="text-muted mt-3 text-xs">
          Each date is the one the sources prefer; a centre's page lists the others. Map markers stand at city centres,
          not at the centres' buildings.
        </p>
      </Section>

      <Section title="Timeline, 1994–2025" id="timeline">
        <TimelineFilter
          types={EVENT_TYPE_OPTIONS}
          centres={centers.cities().map((c) => ({ value: c.slug, label: c.names.en }))}
        >
          <Timeline events={centers.events()} asof={asof.kind === "latest" ? undefined : asof.date} />
        </TimelineFilter>
      </Section>

      <SourceList ids={[...storyIds, ...listIds, ...centers.events().flatMap(eventSourceIds)]} />
      {embedded ? null : <PanelFooter title="Japan Centers in Russia, 1994–2025" path={`/${query}`} />}
    </article>
  );
}
