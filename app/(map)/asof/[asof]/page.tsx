import type { Metadata } from "next";
import { OverviewPanel } from "@/components/panel/overview-panel";
import { asofFromSegment, parseAsof } from "@/lib/asof";
import { centers } from "@/lib/centers";
import { overviewMetadata } from "@/lib/page-metadata";

// Reached only through proxy.ts: `/?asof=D` is rendered here, on the server, per request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ asof: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return overviewMetadata(parseAsof(asofFromSegment((await params).asof), centers.asofRange));
}

export default async function DatedOverviewPage({ params }: Props) {
  return <OverviewPanel asof={parseAsof(asofFromSegment((await params).asof), centers.asofRange)} />;
}
