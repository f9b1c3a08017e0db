import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CenterPanel } from "@/components/panel/center-panel";
import { parseAsof } from "@/lib/asof";
import { centers } from "@/lib/centers";
import { embedMetadata } from "@/lib/page-metadata";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return centers.citySlugs().map((slug) => ({ slug }));
}

const latest = parseAsof(undefined, centers.asofRange);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const city = centers.city((await params).slug);
  return city ? embedMetadata(city, latest) : {};
}

export default async function EmbedCenterPage({ params }: Props) {
  const city = centers.city((await params).slug);
  if (!city) notFound();
  return <CenterPanel city={city} asof={latest} embedded />;
}
