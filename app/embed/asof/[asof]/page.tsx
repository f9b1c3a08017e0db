import type { Metadata } from "next";
import { OverviewPanel } from "@/components/panel/overview-panel";
import { asofFromSegment, parseAsof } from "@/lib/asof";
import { centers } from "@/lib/centers";
import { embedMetadata } from "@/lib/page-metadata";

// Reached only through proxy.ts: `/embed?asof=D`, rendered per request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ asof: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return embedMetadata(null, parseAsof(asofFromSegment((await params).asof), centers.asofRange));
}

export default async function DatedEmbedOverviewPage({ params }: Props) {
  return <OverviewPanel asof={parseAsof(asofFromSegment((await params).asof), centers.asofRange)} embedded />;
}
