import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { OverviewPanel } from "@/components/panel/overview-panel";
import type { Locale } from "@/i18n/routing";
import { asofFromSegment, parseAsof } from "@/lib/asof";
import { centers } from "@/lib/centers";
import { embedMetadata } from "@/lib/page-metadata";

// Reached only through proxy.ts: `/embed?asof=D`, rendered per request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; asof: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, asof } = await params;
  return embedMetadata(null, parseAsof(asofFromSegment(asof), centers.asofRange), locale);
}

export default async function DatedEmbedOverviewPage({ params }: Props) {
  const { locale, asof } = await params;
  setRequestLocale(locale);
  return <OverviewPanel asof={parseAsof(asofFromSegment(asof), centers.asofRange)} embedded />;
}
