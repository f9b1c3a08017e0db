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
import { eventTypes } from "@/lib/schema";
import { cityNames } from "@/lib/server/text";
import { useCenters } from "@/lib/server/use-centers";
import { useFormatDate } from "@/lib/server/use-format-date";
import { preferredOpening } from "@/lib/status";

/** The overview panel: the story in one paragraph, and the six centres by opening date. */
export function OverviewPanel({ view }: { view: View }) {
  const t = useTranslations("overview");
  const tSite = useTranslations("site");
  const tTypes = useTranslations("timeline.types");
  const { locale, embedded } = view;
  const centers = useCenters();
  // Links from here keep the page's language, embed and the date shown.
  const span = centers.storySpan();
  const { date } = useFormatDate();
  const first = centers.keyEvent("firstCentre");
  const memo2000 = centers.keyEvent("memorandum2000");
  const memo2003 = centers.keyEvent("memorandum2003");
  const order = centers.keyEvent("order11r");
  const conveyed = centers.keyEvent("japanNotifies");
  const closure = centers.keyEvent("closureAnnounced");
  const byOpening = centers.citiesByOpening();
  const latest = byOpening.at(-1);
  if (!latest) throw new Error("data/cities.json: no centres");
  const lastOpening = preferredOpening(latest);
  // How many centres the data holds: the messages say "six" for six, and a number for any other.
  const count = centers.cities().length;
  // The story's facts where the sources disagree (the network's founding year, what the January
  // 2025 order did, …): shown right under it, not only on /sources.
  const storyConflicts = [
    ...new Map(
      [first, memo2000, memo2003, order, conveyed, closure]
        .flatMap((e) => centers.conflictsForEvent(e.id))
        .map((c) => [c.id, c]),
    ).values(),
  ];
  // The story's sentence order differs by language; the citation marks are tags in the message.
  const cite = (ids: readonly string[]) => () => <Cite ids={ids} />;
  const story = t.rich("story", {
    count,
    first: date(first.date),
    last: date(lastOpening.date),
    memo2000: date(memo2000.date),
    memo2003: date(memo2003.date),
    order: date(order.date),
    conveyed: date(conveyed.date),
    closure: date(closure.date),
    c1: cite(first.sourceIds),
    c2: cite(["mofa-jc-2024", "mofa-jc-2011"]),
    c3: cite(memo2000.sourceIds),
    alt: () =>
      memo2000.alternativeDates?.map((a) => (
        <span key={a.date}>{t.rich("storyAlternative", { date: date(a.date), c: cite(a.sourceIds) })}</span>
      )),
    c4: cite(memo2003.sourceIds),
    c5: cite(order.sourceIds),
    c6: cite(conveyed.sourceIds),
    c7: cite(closure.sourceIds),
  });

  return (
    <article aria-labelledby="panel-title" data-panel="overview">
      <AsofNotice />
      <header className="px-5 pt-4 pb-3">
        <p className="text-muted text-xs tracking-wide uppercase">{t("kicker", span)}</p>
        <h1 id="panel-title" tabIndex={-1} className="text-2xl leading-tight font-bold">
          {t("title")}
        </h1>
        <p className="mt-2 text-[0.95rem] leading-relaxed" data-testid="story">
          {story}
        </p>
        {storyConflicts.length > 0 ? (
          <div className="mt-2 space-y-1" data-testid="story-conflicts">
            {storyConflicts.map((c) => (
              <ConflictNote key={c.id} conflict={c} collapsed />
            ))}
          </div>
        ) : null}
      </header>

      <Section title={t("listTitle", { count })} id="centres">
        <ul className="space-y-2" aria-label={t("listLabel", { count })}>
          {byOpening.map((c) => {
            const opening = preferredOpening(c);
            const { name, others } = cityNames(c, locale);
            return (
              <li key={c.slug}>
                <DatedLink
                  href={contract.link(view, { page: "centre", slug: c.slug })}
                  scroll={false}
                  data-center-link={c.slug}
                  className="border-line hover:border-muted hover:bg-surface block rounded border px-3 py-2"
                >
                  <span className="flex flex-wrap items-baseline justify-between gap-x-2">
                    <span className="font-semibold">{name}</span>
                    <span className="text-muted text-sm">
                      <OtherNames names={others} />
                    </span>
                  </span>
                  <span className="mt-1 flex flex-wrap items-center justify-between gap-2 text-sm">
                    <span>
                      {t.rich("opened", {
                        d: () => <time dateTime={opening.date}>{date(opening.date)}</time>,
                      })}
                      {c.opened.length > 1 ? <span className="text-muted">{t("otherDates")}</span> : null}
                    </span>
                    <span>
                      <DatedStatus slug={c.slug} />
                    </span>
                  </span>
                </DatedLink>
              </li>
            );
          })}
        </ul>
        <p className="text-muted mt-3 text-xs">{t("listNote")}</p>
      </Section>

      <Section title={t("timelineTitle", span)} id="timeline">
        <TimelineFilter
          types={eventTypes.map((value) => ({ value, label: tTypes(value) }))}
          centres={centers.cities().map((c) => ({ value: c.slug, label: c.names[locale] }))}
          total={centers.events().length}
        >
          <Timeline events={centers.events()} />
        </TimelineFilter>
      </Section>

      <SourceList ids={centers.sourceIdsForOverview()} />
      {embedded ? null : (
        <PanelFooter title={tSite("overviewTitle", span)} path={contract.link(view, { embedded: false })} />
      )}
    </article>
  );
}
