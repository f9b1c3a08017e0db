import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CenterPanel } from "@/components/panel/center-panel";
import { asofFromSegment, parseAsof } from "@/lib/asof";
import { centers } from "@/lib/centers";
import { embedMetadata } from "@/lib/page-metadata";

// Reached only through proxy.ts: `/embed/x?asof=D`, rendered per request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ asof: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { asof, slug } = await params;
  const city = centers.city(slug);
  return city ? embedMetadata(city, parseAsof(asofFromSegment(asof), centers.asofRange)) : {};
}

export default async function DatedEmbedCenterPage({ params }: Props) {
  const { asof, slug } = await params;
  const city = centers.city(slug);
  if (!city) notFound();
  return <CenterPanel city={city} asof={parseAsof(asofFromSegment(asof), centers.asofRange)} embedded />;
}
