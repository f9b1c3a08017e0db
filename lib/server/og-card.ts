// The text of the social cards (app/og/[name]), one per page and language: what a link preview
// shows, so it says what the sources say (an earlier centre, a closure announced, not a closure).
import "server-only";
import { contract, type Locale } from "@/lib/contract";
import { type City, centersFor } from "@/lib/server/centers";
import { centreTitle, formatDateIn, otherNames, translator } from "@/lib/server/text";
import { earlierOpenings, preferredOpening, transitionAt } from "@/lib/status";
import { keepTogether, NBSP } from "@/lib/text-layout";

export type OgCard = {
  locale: Locale;
  city: City | null;
  tagline: string;
  title: string;
  subtitle: string;
  lines: string[];
  footnote: string;
};

/** The card behind `/og/<name>` (`moscow.ja.png`), or null for a name that is not one of them. */
export function ogCard(name: string): OgCard | null {
  const view = contract.allViews().find((v) => !v.embedded && contract.ogImage(v) === `/og/${name}`);
  if (!view || (view.page !== "overview" && view.page !== "centre")) return null;
  const { locale } = view;
  const centers = centersFor(locale);
  const city = view.slug ? (centers.city(view.slug) ?? null) : null;
  const t = translator(locale);
  // A card's lines are broken to fit the picture (lib/server/images/card-image.ts): never inside a
  // date ("10 / сентября", "2001 / г."), so its spaces are made non-breaking where it is written.
  const date = (d: string) => keepTogether(formatDateIn(locale, d), locale);
  const others = contract.locales.filter((l) => l !== locale);
  let lines: string[];
  if (city) {
    lines = [t("og.opened", { date: date(preferredOpening(city).date) })];
    const transitions = centers.transitions(city.slug);
    const earlier = earlierOpenings(city)[0];
    if (earlier) {
      const basis = transitions.find((tr) => tr.status === "earlier-or-disputed")?.basis;
      lines.push(t(basis === "earlier-centre" ? "og.earlierCentre" : "og.earlierDate", { date: date(earlier.date) }));
    }
    const latest = transitionAt(transitions, centers.asofRange.max);
    if (latest) lines.push(t("og.statusSince", { status: t(`status.${latest.status}`), date: date(latest.date) }));
  } else {
    lines = [
      t("og.six", { ...centers.storySpan(), count: centers.cities().length }),
      t("og.closureAll", {
        date: date(centers.keyEvent("closureAnnounced").date),
        count: centers.cities().length,
      }),
    ];
  }
  // Every text too: the messages write "с {first} года" and "в {announced} году" around the dates.
  const keep = (text: string) => keepTogether(text, locale);
  return {
    locale,
    city,
    tagline: keep(t("og.tagline")),
    title: keep(city ? centreTitle(city, locale) : t("overview.title")),
    // The other languages' names, each kept together by its own language's rules; a line may
    // break after the dot between them, not before it.
    subtitle: (city
      ? otherNames(city.names, locale)
      : others.map((lang) => ({ lang, name: translator(lang)("overview.title") }))
    )
      .map((o) => keepTogether(o.name, o.lang))
      .join(`${NBSP}· `),
    lines: lines.map(keep),
    footnote: keep(t("og.footnote")),
  };
}
