import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { OverviewPanel } from "@/components/panel/overview-panel";
import type { Locale } from "@/i18n/routing";
import { parseAsof } from "@/lib/asof";
import { centers } from "@/lib/centers";
import { embedMetadata } from "@/lib/page-metadata";

type Props = { params: Promise<{ locale: Locale }> };

const latest = parseAsof(undefined, centers.asofRange);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return embedMetadata(null, latest, (await params).locale);
}

export default async function EmbedOverviewPage({ params }: Props) {
  setRequestLocale((await params).locale);
  return <OverviewPanel asof={latest} embedded />;
}
