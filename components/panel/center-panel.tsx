import Link from "next/link";
import { AsofNotice } from "@/components/panel/asof-notice";
import { Cite } from "@/components/panel/cite";
import { ConflictNote } from "@/components/panel/conflict-note";
import { EscapeToOverview } from "@/components/panel/escape-to-overview";
import { PanelFooter } from "@/components/panel/panel-footer";
import { SourceList } from "@/components/panel/source-list";
import { Timeline } from "@/components/panel/timeline";
import { TimelineFilter } from "@/components/panel/timeline-filter";
import { Section } from "@/components/ui/section";
import { StatusBadge } from "@/components/ui/status-badge";
import { type Asof, asofQuery } from "@/lib/asof";
import { type City, centers, preferredOpening } from "@/lib/centers";
import { formatPartialDate } from "@/lib/dates";
import { centerPath, overviewPath } from "@/lib/routes";
import { predecessorsBefore, statusAt, transitionsFor } from "@/lib/status";
import { EVENT_TYPE_OPTIONS, KEY_EVENTS, requireEvent } from "@/lib/text";

/** The side panel for one centre: names, opening, addresses, incidents, closure, timeline, sources. */
export function CenterPanel({ city, asof, embedded = false }: { city: City; asof: Asof; embedded?: boolean }) {
  const status = statusAt(transitionsFor(city), asof.date);
  const predecessors = status === "not-yet-opened" ? predecessorsBefore(city, asof.date) : [];
  const query = asofQuery(asof);
  const opening = preferredOpening(city);
  const otherOpenings = city.opened.filter((o) => !o.preferred);
  const conflicts = centers.conflictsForCity(city.slug);
  const incidents = centers.incidentsForCity(city.slug);
  const announced = requireEvent(KEY_EVENTS.closureAnnounced);
  const conveyed = requireEvent(KEY_EVENTS.japanNotifies);

  return (
    <article aria-labelledby="panel-title" data-panel={city.slug}>
      <EscapeToOverview href={`${overviewPath(embedded)}${query}`} keepQuery={embedded} />
      <AsofNotice asof={asof} />
      <header className="px-5 pt-4 pb-3">
        <div className="flex items-start justify-between gap-3">
          <div>
            <p className="text-muted text-xs tracking-wide uppercase">Japan Center</p>
            <h1 id="panel-title" tabIndex={-1} className="text-2xl leading-tight font-bold">
              {city.names.en}
            </h1>
            <p className="text-muted">
              <span lang="ru">{city.names.ru}</span> · <span lang="ja">{city.names.ja}</span>
            </p>
          </div>
          <Link
            href={`${overviewPath(embedded)}${query}`}
            scroll={false}
            className="text-muted hover:bg-hover -me-2 rounded px-2 py-1 text-2xl leading-none"
            aria-label="Close and return to the overview (Esc)"
            title="Close (Esc)"
          >
            <span aria-hidden="true">×</span>
          </Link>
        </div>
        <dl className="mt-2 space-y-0.5 text-sm">
          <div>
            <dt className="text-muted inline">Centre's name: </dt>
            <dd className="inline">
              <span lang="ja">{city.centreName.ja}</span> / <span lang="ru">{city.centreName.ru}</span>
            </dd>
          </div>
          {city.names.jaAlternatives ? (
            <div>
              <dt className="text-muted inline">Other Japanese spellings: </dt>
              <dd className="inline" lang="ja">
                {city.names.jaAlternatives.join(", ")}
              </dd>
            </div>
          ) : null}
        </dl>
        <p className="mt-2" data-testid="panel-status">
          <StatusBadge status={status} />
          {predecessors.length > 0 ? (
            <span className="text-muted ms-2 text-xs">
              An earlier {city.names.en} centre existed from {formatPartialDate(predecessors[0]?.date ?? "")}; see the
              timeline.
            </span>
          ) : null}
        </p>
      </header>

      <Section title="Opened" id="opened">
        <p data-fact="opened">
          <time dateTime={opening.date} className="text-lg font-semibold">
            {formatPartialDate(opening.date)}
          </time>
          <Cite ids={opening.sourceIds} />
        </p>
        {opening.note ? <p className="text-muted text-sm">{opening.note}</p> : null}
        {otherOpenings.length > 0 ? (
          <div className="mt-2 text-sm" data-fact="opened-alternatives">
            <p className="font-medium">Other sources:</p>
            <ul className="list-disc space-y-1 ps-5">
              {otherOpenings.map((o) => (
                <li key={`${o.date}-${o.sourceIds.join()}`}>
                  <time dateTime={o.date} className="font-medium">
                    {formatPartialDate(o.date)}
                  </time>
                  {o.note ? ` — ${o.note}` : null}
                  <Cite ids={o.sourceIds} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </Section>

      <Section title="Address" id="address">
        {city.address ? (
          <>
            <ul className="space-y-2 text-sm">
              {city.address.entries.map((a) => (
                <li key={a.text}>
                  <span className="font-medium">{a.text}</span>
                  <Cite ids={a.sourceIds} />
                  <br />
                  <span className="text-muted">When: {a.asOf}</span>
                  {a.note ? <span className="text-muted block">{a.note}</span> : null}
                </li>
              ))}
            </ul>
            <p className="text-muted mt-2 text-xs">{city.address.summary}</p>
          </>
        ) : (
          <p className="text-sm">Not found in the sources.</p>
        )}
      </Section>

      <Section title="Inspections and incidents" id="incidents">
        {incidents.length > 0 ? (
          <ul className="space-y-2 text-sm">
            {incidents.map((e) => (
              <li key={e.id} data-incident={e.id}>
                <time dateTime={e.date} className="font-semibold">
                  {formatPartialDate(e.date)}
                </time>
                : {e.summary}
                <Cite ids={e.sourceIds} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm">None reported in the sources.</p>
        )}
      </Section>

      <Section title="Closure" id="closure">
        <dl className="space-y-1 text-sm">
          <div>
            <dt className="inline font-medium">Closure announced: </dt>
            <dd className="inline">
              <time dateTime={announced.date}>{formatPartialDate(announced.date)}</time>
              <Cite ids={city.closure.sourceIds} />
            </dd>
          </div>
          <div>
            <dt className="inline font-medium">Decision conveyed to Russia: </dt>
            <dd className="inline">
              <time dateTime={conveyed.date}>{formatPartialDate(conveyed.date)}</time>
              <Cite ids={conveyed.sourceIds} />
            </dd>
          </div>
          <div>
            <dt className="inline font-medium">Stopped operating: </dt>
            <dd className="inline">no source gives the date this centre actually stopped operating.</dd>
          </div>
        </dl>
        <p className="text-muted mt-2 text-xs">{city.closure.summary}</p>
      </Section>

      {conflicts.length > 0 ? (
        <Section title="Where the sources disagree" id="conflicts">
          <div className="space-y-3">
            {conflicts.map((c) => (
              <ConflictNote key={c.id} conflict={c} />
            ))}
          </div>
        </Section>
      ) : null}

      <Section title="Timeline" id="timeline">
        <TimelineFilter types={EVENT_TYPE_OPTIONS}>
          <Timeline events={centers.eventsForCity(city.slug)} asof={asof.kind === "latest" ? undefined : asof.date} />
        </TimelineFilter>
      </Section>

      <Section title="On the map" id="location">
        <p className="text-sm">
          The marker is at the city centre ({city.coordinates.lat.toFixed(4)}, {city.coordinates.lon.toFixed(4)}), not
          at the centre's building: no source gives the building's coordinates.
          <Cite ids={city.coordinates.sourceIds} />
        </p>
      </Section>

      <SourceList ids={centers.sourceIdsForCity(city.slug)} />
      {embedded ? null : (
        <PanelFooter title={`${city.names.en} Japan Center`} path={`${centerPath(city.slug)}${query}`} />
      )}
    </article>
  );
}
