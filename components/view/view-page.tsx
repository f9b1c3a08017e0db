import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { MapOverlay } from "@/components/map/map-overlay";
import { CenterPanel } from "@/components/panel/center-panel";
import { OverviewPanel } from "@/components/panel/overview-panel";
import { centersFor } from "@/lib/centers";
import { contract, type Locale, type View } from "@/lib/contract";
import { viewMetadata } from "@/lib/page-metadata";

// The map pages' one implementation. Four route files are adapters around it: the site's and
// the embed's views without a date, prerendered (app/[locale]/(map)/[[...view]],
// app/[locale]/embed/[[...view]]), and their dated views, rendered per request
// (…/asof/[asof]/[[...view]]; decision 004). They differ only in those two settings.

type Params = { locale: Locale; asof?: string; view?: string[] };
export type ViewRouteProps = { params: Promise<Params> };
type Kind = { embedded: boolean };

/** Each static map view of the site or the embed, in every language (generateStaticParams). */
export function viewStaticParams({ embedded }: Kind) {
  return contract.staticSegments(embedded);
}

/**
 * The view a route renders, or a 404. A dated route's date comes from its `[asof]` segment (the
 * proxy rewrites `?asof=` there); it is never cached by its value, so arbitrary dates cannot fill
 * the server's cache.
 */
async function resolveView({ params }: ViewRouteProps, { embedded }: Kind): Promise<View> {
  const { locale, asof, view: segments = [] } = await params;
  const view = contract.viewFromSegments(locale, embedded, asof === undefined ? segments : ["asof", asof, ...segments]);
  if (!view) notFound();
  setRequestLocale(view.locale);
  return view;
}

export async function viewRouteMetadata(props: ViewRouteProps, kind: Kind) {
  return viewMetadata(await resolveView(props, kind));
}

/** A map page: the map's static layer for this view, and the side panel. */
export async function ViewPage(props: ViewRouteProps & Kind) {
  const view = await resolveView(props, props);
  const asof = centersFor(view.locale).parseAsof(view.asof);
  return (
    <>
      <MapOverlay view={view} asof={asof} />
      {view.page === "centre" && view.slug ? (
        <CenterPanel view={view} slug={view.slug} asof={asof} />
      ) : (
        <OverviewPanel view={view} asof={asof} />
      )}
    </>
  );
}
