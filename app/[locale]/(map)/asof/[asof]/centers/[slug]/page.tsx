import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { CenterPanel } from "@/components/panel/center-panel";
import type { Locale } from "@/i18n/routing";
import { asofFromSegment, parseAsof } from "@/lib/asof";
import { centers } from "@/lib/centers";
import { centerMetadata } from "@/lib/page-metadata";

// Reached only through proxy.ts: `/centers/x?asof=D` is rendered here, per request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; asof: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, asof, slug } = await params;
  const city = centers.city(slug);
  return city ? centerMetadata(city, parseAsof(asofFromSegment(asof), centers.asofRange), locale) : {};
}

export default async function DatedCenterPage({ params }: Props) {
  const { locale, asof, slug } = await params;
  setRequestLocale(locale);
  const city = centers.city(slug);
  if (!city) notFound();
  return <CenterPanel slug={city.slug} asof={parseAsof(asofFromSegment(asof), centers.asofRange)} />;
}
