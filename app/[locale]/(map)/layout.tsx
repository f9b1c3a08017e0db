import { useTranslations } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { type ReactNode, use } from "react";
import { MAP_AREA } from "@/components/map/map-area";
import { MapRegion } from "@/components/map/map-region";
import { AsofControl } from "@/components/panel/asof-control.client";
import { EscapeToOverview } from "@/components/panel/escape-to-overview.client";
import { StatusLegend } from "@/components/panel/status-legend";
import { ShareDialog } from "@/components/share/share-dialog.client";
import { SiteHeader } from "@/components/ui/site-header";
import { DateScript } from "@/components/view/date-script";
import { EarlyScript } from "@/components/view/early-script";
import { HydrationMark } from "@/components/view/hydration-mark.client";
import type { Locale } from "@/lib/contract";
import { useCenters } from "@/lib/server/use-centers";

type Props = { children: ReactNode; map: ReactNode; answer: ReactNode; params: Promise<{ locale: Locale }> };

// The map and the date control live in this layout, so moving between the overview and a centre keeps the live map
// mounted. Each view adds its panel (children) and its map drawn on the server (the `@map` slot,
// components/view/view-page.tsx).
export default function MapLayout({ children, map, answer, params }: Props) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations("site");
  const centers = useCenters();

  return (
    <div className="flex min-h-dvh flex-col lg:h-dvh">
      <EarlyScript embed={false} />
      <DateScript locale={locale} />
      <a
        href="#panel"
        className="focus:bg-paper sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:px-3 focus:py-2 focus:shadow"
      >
        {t("skipLink")}
      </a>
      <SiteHeader
        tools={<ShareDialog names={Object.fromEntries(centers.cities().map((c) => [c.slug, c.names[locale]]))} />}
      />
      <main className="relative flex min-h-0 flex-1 flex-col lg:flex-row">
        <EscapeToOverview />
        <MapRegion locale={locale}>{map}</MapRegion>
        <div
          id="panel"
          className={`border-line bg-paper min-w-0 lg:shrink-0 lg:overflow-y-auto lg:border-s ${MAP_AREA.site.panel}`}
        >
          {/* A centre's answer first, then the date control and legend (kept mounted here, so Play
              and the slider keep focus from state to state), then the rest of the panel. */}
          {answer}
          <div className="border-line bg-surface space-y-3 border-b px-5 py-3">
            <AsofControl />
            <StatusLegend />
          </div>
          {children}
        </div>
      </main>
      <HydrationMark />
    </div>
  );
}
