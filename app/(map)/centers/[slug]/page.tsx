import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CenterPanel } from "@/components/panel/center-panel";
import { parseAsof } from "@/lib/asof";
import { centers } from "@/lib/centers";
import { centerMetadata } from "@/lib/page-metadata";

type Props = { params: Promise<{ slug: string }> };

// Static: one page per centre, nothing else (an unknown slug is 404). `?asof=` views are
// rendered per request by app/(map)/asof/ (see proxy.ts).
export const dynamicParams = false;

export function generateStaticParams() {
  return centers.citySlugs().map((slug) => ({ slug }));
}

const latest = parseAsof(undefined, centers.asofRange);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const city = centers.city((await params).slug);
  return city ? centerMetadata(city, latest) : {};
}

export default async function CenterPage({ params }: Props) {
  const city = centers.city((await params).slug);
  if (!city) notFound();
  return <CenterPanel city={city} asof={latest} />;
}
