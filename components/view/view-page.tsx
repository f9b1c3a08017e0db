import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { ServerMap } from "@/components/map/server-map";
import { CenterAnswer, CenterPanel } from "@/components/panel/center-panel";
import { OverviewPanel } from "@/components/panel/overview-panel";
import { StructuredData } from "@/components/ui/structured-data";
import { contract, type Locale, type View } from "@/lib/contract";
import { centersFor } from "@/lib/server/centers";
import { viewMetadata } from "@/lib/server/page-metadata";
import { centerPins } from "@/lib/server/pins";

// The map pages' one implementation. Route files are adapters around it: the site's and the
// embed's views (app/[locale]/(map)/[[...view]], app/[locale]/embed/[[...view]]), prerendered once
// each; every date of a view is the same page, which carries each state and shows the date in the
// address (lib/date-state.ts; decision 012). Each view has its panel (ViewPage) and, in the
// layout's `@map` and `@answer` slots, its map (ViewMap) and a centre's answer (ViewAnswer).

type Params = { locale: Locale; view?: string[] };
export type ViewRouteProps = { params: Promise<Params> };
type Kind = { embedded: boolean };

/** Each static map view of the site or the embed, in every language (generateStaticParams). */
export function viewStaticParams({ embedded }: Kind) {
  return contract.staticSegments(embedded);
}

/** The view a route renders, or a 404. */
async function resolveView({ params }: ViewRouteProps, { embedded }: Kind): Promise<View> {
  const { locale, view: segments = [] } = await params;
  const view = contract.viewFromSegments(locale, embedded, segments);
  if (!view) notFound();
  setRequestLocale(view.locale);
  return view;
}

export async function viewRouteMetadata(props: ViewRouteProps, kind: Kind) {
  return viewMetadata(await resolveView(props, kind));
}

/** A map page's panel: the overview's or a centre's, with the page's JSON-LD (none on an embed). */
export async function ViewPage(props: ViewRouteProps & Kind) {
  const view = await resolveView(props, props);
  return (
    <>
      <StructuredData view={view} />
      {view.page === "centre" && view.slug ? (
        <CenterPanel view={view} slug={view.slug} />
      ) : (
        <OverviewPanel view={view} />
      )}
    </>
  );
}

/**
 * A centre view's answer (name, status on the date shown, opening, closure), in the layout's
 * `@answer` slot above the date control; the overview has none (its panel starts with its title).
 */
export async function ViewAnswer(props: ViewRouteProps & Kind) {
  const view = await resolveView(props, props);
  if (view.page !== "centre" || !view.slug) return null;
  return <CenterAnswer view={view} slug={view.slug} />;
}

/**
 * A map page's map, drawn on the server for the view (its frame, date and centre), complete
 * without any script: the layout's `@map` slot, in its map region. The live map, which the layout
 * keeps across pages, covers it once the reader has asked for it and it has drawn (decision 009).
 */
export async function ViewMap(props: ViewRouteProps & Kind) {
  const view = await resolveView(props, props);
  const centers = centersFor(view.locale);
  return <ServerMap view={view} pins={centerPins(centers, view.locale)} />;
}
