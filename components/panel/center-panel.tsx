import { useTranslations } from "next-intl";
import { AsofNotice } from "@/components/panel/asof-notice";
import { Cite } from "@/components/panel/cite";
import { ConflictNote } from "@/components/panel/conflict-note";
import { DatedLink } from "@/components/panel/dated-link.client";
import { DatedStatus } from "@/components/panel/dated-status";
import { PanelFooter } from "@/components/panel/panel-footer";
import { SourceList } from "@/components/panel/source-list";
import { Timeline } from "@/components/panel/timeline";
import { TimelineFilter } from "@/components/panel/timeline-filter.client";
import { OtherNames } from "@/components/ui/other-names";
import { Section } from "@/components/ui/section";
import { contract, type View } from "@/lib/contract";
import { laterAttrs, statusPeriods } from "@/lib/date-state";
import { type CenterEvent, eventTypes } from "@/lib/schema";
import { centreTitle, cityNames, punctuation } from "@/lib/server/text";
import { useCenters } from "@/lib/server/use-centers";
import { useFormatDate } from "@/lib/server/use-format-date";
import { earlierOpenings, preferredOpening } from "@/lib/status";

/**
 * What a city link asks first, in the first screen (issue 25; decision 011): the centre's name, its
 * status on the date shown, its opening and its closure. The layout's `@answer` slot puts it above
 * the date control and the legend, which stay mounted in the layout; the rest of the panel follows
 * them (CenterPanel).
 */
export function CenterAnswer({ view, slug }: { view: View; slug: string }) {
  const t = useTranslations("center");
  const { locale } = view;
  const centers = useCenters();
  const { date } = useFormatDate();
  const city = centers.city(slug);
  if (!city) throw new Error(`CenterAnswer: no centre "${slug}"`);
  const opening = preferredOpening(city);
  const announced = centers.keyEvent("closureAnnounced");
  const { name, others } = cityNames(city, locale);
  const overviewHref = contract.link(view, { page: "overview" });

  return (
    <section aria-labelledby="panel-title" data-answer={city.slug}>
      <header className="px-5 pt-4 pb-3">
        <div className="flex items-start justify-between gap-3">
          <div>
            <p className="text-muted text-xs tracking-wide uppercase">{t("kicker")}</p>
            <h1 id="panel-title" tabIndex={-1} className="text-2xl leading-tight font-bold">
              {name}
            </h1>
            <p className="text-muted">
              <OtherNames names={others} />
            </p>
          </div>
          <DatedLink
            href={overviewHref}
            scroll={false}
            className="text-muted hover:bg-hover -me-2 rounded px-2 py-1 text-2xl leading-none"
            aria-label={t("close")}
            title={t("closeShort")}
          >
            <span aria-hidden="true">×</span>
          </DatedLink>
        </div>
        <div className="mt-2" data-testid="panel-status">
          <DatedStatus slug={city.slug} cite />
        </div>
        {/* The answer a city link asks for, in the first screen: status, opening, closure (issue 25). */}
        <dl className="mt-2 space-y-0.5 text-sm" data-testid="answer">
          <div data-fact="answer-opened">
            <dt className="inline font-medium">{t("openedLine")}</dt>{" "}
            <dd className="inline">
              <time dateTime={opening.date}>{date(opening.date)}</time>
              <Cite ids={opening.sourceIds} />
            </dd>
          </div>
          <div data-fact="answer-closure">
            <dt className="inline font-medium">{t("closureAnnounced")}</dt>
            <dd className="inline">
              <time dateTime={announced.date}>{date(announced.date)}</time>
              <Cite ids={city.closure.sourceIds} />
              {t("closureLineUnknown")}
            </dd>
          </div>
        </dl>
        <dl className="mt-2 space-y-0.5 text-sm">
          <div>
            <dt className="text-muted inline">{t("centreName")}</dt>
            <dd className="inline">
              {/* In every language the data names the centre in. */}
              {(Object.keys(city.centreName) as (keyof typeof city.centreName)[]).map((l, i) => (
                <span key={l}>
                  {i > 0 ? " / " : null}
                  <span lang={l}>{city.centreName[l]}</span>
                </span>
              ))}
            </dd>
          </div>
          {city.names.jaAlternatives ? (
            <div>
              <dt className="text-muted inline">{t("otherJapanese")}</dt>
              <dd className="inline" lang="ja">
                {city.names.jaAlternatives.join(punctuation(locale).list)}
              </dd>
            </div>
          ) : null}
        </dl>
      </header>
    </section>
  );
}

/** The rest of a centre's side panel, after its answer and the date control: opening, addresses, incidents, closure, timeline, sources. */
export function CenterPanel({ view, slug }: { view: View; slug: string }) {
  const t = useTranslations("center");
  const tTypes = useTranslations("timeline.types");
  const tTimeline = useTranslations("timeline");
  const { locale, embedded } = view;
  const centers = useCenters();
  const { date } = useFormatDate();
  const city = centers.city(slug);
  if (!city) throw new Error(`CenterPanel: no centre "${slug}"`);
  const dates = centers.stateDates();
  // The periods in which the centre's status is an earlier centre's or a disputed date: what
  // operated then is said in those states (lib/date-state.ts).
  const earlierPeriods = statusPeriods(centers.transitions(city.slug), dates).filter(
    (p) => p.transition?.status === "earlier-or-disputed",
  );
  const earlier = earlierOpenings(city);
  const opening = preferredOpening(city);
  const otherOpenings = city.opened.filter((o) => !o.preferred);
  const allConflicts = centers.conflictsForCity(city.slug);
  // A disagreement about the address is shown with the address; the rest under "Conflicts".
  const addressConflicts = allConflicts.filter((c) => c.field === "address");
  const conflicts = allConflicts.filter((c) => c.field !== "address");
  const incidents = centers.incidentsForCity(city.slug);
  const moves = centers.premisesForCity(city.slug);
  const announced = centers.keyEvent("closureAnnounced");
  const conveyed = centers.keyEvent("japanNotifies");
  const { colon } = punctuation(locale);
  // On a date before an event is certainly past (lib/dates.ts reachedOn), it is dimmed and says
  // so, as in the timeline: a move "by 25 February" is not shown as done on the 15th.
  /** A dated list of this centre's events (incidents, premises), each marked by `attr` with its id. */
  const eventItems = (events: readonly CenterEvent[], attr: "data-incident" | "data-premises") =>
    events.map((e) => {
      const later = laterAttrs(centers.reached(e), dates);
      return (
        <li key={e.id} {...{ [attr]: e.id }} {...later?.dim}>
          <time dateTime={e.date} className="font-semibold">
            {date(e.date)}
          </time>
          {colon}
          {e.summary}
          <Cite ids={e.sourceIds} />
          {later ? (
            <span className="text-muted ms-1 text-xs not-italic" data-later-tag {...later.tag}>
              {tTimeline("later")}
            </span>
          ) : null}
          {/* A note that qualifies the summary goes wherever the summary goes. */}
          {e.note ? <span className="text-muted block text-xs">{e.note}</span> : null}
        </li>
      );
    });

  return (
    <article data-panel={city.slug}>
      {/* What changes with the date, after the date control so that it does not move the control:
          which date is shown, and on an earlier centre's date, what operated then. */}
      <AsofNotice />
      {earlierPeriods.map(({ transition, attrs }) => (
        <div key={transition?.from} className="text-muted px-5 pt-3 text-xs" data-fact="earlier-operation" {...attrs}>
          <p>
            {t.rich(transition?.basis === "earlier-centre" ? "earlierCentre" : "earlierDate", {
              opening: date(opening.date),
              c: () => <Cite ids={opening.sourceIds} />,
            })}
          </p>
          <ul className="list-disc ps-5">
            {earlier.map((o) => (
              <li key={o.date}>
                <time dateTime={o.date}>{date(o.date)}</time>
                {o.note ? `${colon}${o.note}` : null}
                <Cite ids={o.sourceIds} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      <Section title={t("opened")} id="opened">
        <p data-fact="opened">
          <time dateTime={opening.date} className="text-lg font-semibold">
            {date(opening.date)}
          </time>
          <Cite ids={opening.sourceIds} />
        </p>
        {opening.note ? <p className="text-muted text-sm">{opening.note}</p> : null}
        {otherOpenings.length > 0 ? (
          <div className="mt-2 text-sm" data-fact="opened-alternatives">
            <p className="font-medium">{t("otherSources")}</p>
            <ul className="list-disc space-y-1 ps-5">
              {otherOpenings.map((o) => (
                <li key={`${o.date}-${o.sourceIds.join()}`}>
                  <time dateTime={o.date} className="font-medium">
                    {date(o.date)}
                  </time>
                  {o.note ? ` — ${o.note}` : null}
                  <Cite ids={o.sourceIds} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </Section>

      <Section title={t("address")} id="address">
        {city.address ? (
          <>
            <ul className="space-y-2 text-sm">
              {city.address.entries.map((a) => (
                <li key={a.text}>
                  <span className="font-medium">{a.text}</span>
                  <Cite ids={a.sourceIds} />
                  <br />
                  <span className="text-muted">{t("addressWhen", { when: a.asOf })}</span>
                  {a.note ? <span className="text-muted block">{a.note}</span> : null}
                </li>
              ))}
            </ul>
            <p className="text-muted mt-2 text-xs">{city.address.summary}</p>
          </>
        ) : (
          <p className="text-sm">{t("addressNotFound")}</p>
        )}
        {moves.length > 0 ? (
          <div className="mt-3 text-sm" data-fact="premises">
            <p className="font-medium">{t("premises")}</p>
            <ul className="space-y-2">{eventItems(moves, "data-premises")}</ul>
          </div>
        ) : null}
        {addressConflicts.length > 0 ? (
          <div className="mt-3 space-y-3">
            {addressConflicts.map((c) => (
              <ConflictNote key={c.id} conflict={c} />
            ))}
          </div>
        ) : null}
      </Section>

      <Section title={t("incidents")} id="incidents">
        {incidents.length > 0 ? (
          <ul className="space-y-2 text-sm">{eventItems(incidents, "data-incident")}</ul>
        ) : (
          <p className="text-sm">{t("noIncidents")}</p>
        )}
      </Section>

      <Section title={t("closure")} id="closure">
        <dl className="space-y-1 text-sm">
          <div>
            <dt className="inline font-medium">{t("closureAnnounced")}</dt>
            <dd className="inline">
              <time dateTime={announced.date}>{date(announced.date)}</time>
              <Cite ids={city.closure.sourceIds} />
            </dd>
          </div>
          <div>
            <dt className="inline font-medium">{t("closureConveyed")}</dt>
            <dd className="inline">
              <time dateTime={conveyed.date}>{date(conveyed.date)}</time>
              <Cite ids={conveyed.sourceIds} />
            </dd>
          </div>
          <div>
            <dt className="inline font-medium">{t("stopped")}</dt>
            <dd className="inline">{t("stoppedUnknown")}</dd>
          </div>
        </dl>
        <p className="text-muted mt-2 text-xs">{city.closure.summary}</p>
        {/* Each further fact beside the closure is cited by its own sources, not the announcement's. */}
        {city.closure.notes?.map((n) => (
          <p key={n.text} className="text-muted mt-1 text-xs" data-fact="closure-note">
            {n.text}
            <Cite ids={n.sourceIds} />
          </p>
        ))}
      </Section>

      {conflicts.length > 0 ? (
        <Section title={t("conflicts")} id="conflicts">
          <div className="space-y-3">
            {conflicts.map((c) => (
              <ConflictNote key={c.id} conflict={c} />
            ))}
          </div>
        </Section>
      ) : null}

      <Section title={t("timeline")} id="timeline">
        <TimelineFilter
          types={eventTypes.map((value) => ({ value, label: tTypes(value) }))}
          total={centers.eventsForCity(city.slug).length}
        >
          <Timeline events={centers.eventsForCity(city.slug)} />
        </TimelineFilter>
      </Section>

      <Section title={t("onTheMap")} id="location">
        <p className="text-sm">
          {t("location", { lat: city.coordinates.lat.toFixed(4), lon: city.coordinates.lon.toFixed(4) })}
          <Cite ids={city.coordinates.sourceIds} />
        </p>
      </Section>

      <SourceList ids={centers.sourceIdsForCity(city.slug)} />
      {embedded ? null : (
        <PanelFooter title={centreTitle(city, locale)} path={contract.link(view, { embedded: false })} />
      )}
    </article>
  );
}
