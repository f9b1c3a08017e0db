import type { Metadata } from "next";
import { OverviewPanel } from "@/components/panel/overview-panel";
import { parseAsof } from "@/lib/asof";
import { centers } from "@/lib/centers";
import { overviewMetadata } from "@/lib/page-metadata";

const latest = parseAsof(undefined, centers.asofRange);

export const metadata: Metadata = overviewMetadata(latest);

export default function OverviewPage() {
  return <OverviewPanel asof={latest} />;
}
