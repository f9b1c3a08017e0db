import { useTranslations } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { type ReactNode, Suspense, use } from "react";
import { MapRegion } from "@/components/map/map-region";
import { AsofControl, AsofControlView } from "@/components/panel/asof-control";
import { StatusLegend } from "@/components/panel/status-legend";
import { ShareButton, ShareDialog } from "@/components/share/share-dialog";
import { SiteHeader } from "@/components/ui/site-header";
import type { Locale } from "@/i18n/routing";
import { centers } from "@/lib/centers";

type Props = { children: ReactNode; params: Promise<{ locale: Locale }> };

// The map lives in this layout, so moving between the overview and a centre keeps it mounted.
export default function MapLayout({ children, params }: Props) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations("site");
  const range = centers.asofRange;

  return (
    <div className="flex min-h-dvh flex-col md:h-dvh">
      <a
        href="#panel"
        className="focus:bg-paper sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:px-3 focus:py-2 focus:shadow"
      >
        {t("skipLink")}
      </a>
      <SiteHeader
        tools={
          <Suspense fallback={<ShareButton />}>
            <ShareDialog
              slugs={centers.citySlugs()}
              names={Object.fromEntries(centers.cities().map((c) => [c.slug, c.names[locale]]))}
              range={range}
            />
          </Suspense>
        }
      />
      <main className="flex min-h-0 flex-1 flex-col md:flex-row">
        <MapRegion className="relative h-[46vh] shrink-0 md:h-auto md:flex-1" />
        <div
          id="panel"
          className="border-line bg-paper min-w-0 md:w-[26rem] md:shrink-0 md:overflow-y-auto md:border-s lg:w-[30rem]"
        >
          <div className="border-line bg-surface space-y-3 border-b px-5 py-3">
            <Suspense fallback={<AsofControlView range={centers.asofRange} date={null} />}>
              <AsofControl range={range} />
            </Suspense>
            <StatusLegend />
          </div>
          {children}
        </div>
      </main>
    </div>
  );
}
