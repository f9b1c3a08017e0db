import type { Metadata } from "next";
import { OverviewPanel } from "@/components/panel/overview-panel";
import { parseAsof } from "@/lib/asof";
import { centers } from "@/lib/centers";
import { embedMetadata } from "@/lib/page-metadata";

const latest = parseAsof(undefined, centers.asofRange);

export const metadata: Metadata = embedMetadata(null, latest);

export default function EmbedOverviewPage() {
  return <OverviewPanel asof={latest} embedded />;
}
