import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { type ReactNode, use } from "react";
import { EmbedBridge } from "@/components/embed/embed-bridge.client";
import { EmbedFooter } from "@/components/embed/embed-footer.client";
import { MAP_AREA } from "@/components/map/map-area";
import { MapRegion } from "@/components/map/map-region";
import { AsofControl } from "@/components/panel/asof-control.client";
import { EscapeToOverview } from "@/components/panel/escape-to-overview.client";
import { StatusLegend } from "@/components/panel/status-legend";
import { DateScript } from "@/components/view/date-script";
import { EarlyScript } from "@/components/view/early-script";
import { HydrationMark } from "@/components/view/hydration-mark.client";
import { contract, type Locale } from "@/lib/contract";
import { EMBED_OPTIONS_SCRIPT } from "@/lib/embed";
import { versionAnchor } from "@/lib/server/feed";
import { useCenters } from "@/lib/server/use-centers";
import { useFormatDate } from "@/lib/server/use-format-date";

export const metadata: Metadata = { robots: { index: false, follow: true } };

type Props = { children: ReactNode; map: ReactNode; answer: ReactNode; params: Promise<{ locale: Locale }> };

/**
 * The chrome-less embed: the same map island and panels as the site, no header or footer,
 * sized by its content (never by the iframe's height, which it reports to the host). A facade
 * until the reader touches it (decision 013): the early script reports its height and answers the
 * host; React boots on the reader's first interaction.
 */
export default function EmbedLayout({ children, map, answer, params }: Props) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const centers = useCenters();
  // "Updated <date>": the data version (the corrections log's newest entry, as the schema checks),
  // linked to its entry in the log.
  const version = centers.meta.dataVersion;
  const updated = {
    href: `${contract.page(locale, "about")}#${versionAnchor(version)}`,
    label: useTranslations("embed")("updated", { date: useFormatDate().date(version) }),
  };
  return (
    <>
      {/* Applies ?theme, ?panel and ?controls to <html> before the first paint. */}
      <script
        // biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed string of ours, no input in it
        dangerouslySetInnerHTML={{ __html: EMBED_OPTIONS_SCRIPT }}
      />
      <EarlyScript embed />
      <DateScript locale={locale} />
      <main className="bg-paper text-ink flex flex-col" data-embed-root>
        <EscapeToOverview />
        <div className="relative flex flex-col sm:h-[460px] sm:flex-row">
          <MapRegion locale={locale} embedded>
            {map}
          </MapRegion>
          <div
            data-embed-panel
            className={`border-line max-h-[360px] min-w-0 overflow-y-auto border-t sm:max-h-none sm:shrink-0 sm:border-s sm:border-t-0 ${MAP_AREA.embed.panel}`}
          >
            {/* A centre's answer, then the controls (kept mounted here), then the rest (as on the site). */}
            {answer}
            <div data-embed-controls className="border-line bg-surface space-y-3 border-b px-5 py-3">
              <AsofControl />
              <StatusLegend />
            </div>
            {children}
          </div>
        </div>
        <EmbedFooter updated={updated} />
        <EmbedBridge />
        <HydrationMark />
      </main>
    </>
  );
}
