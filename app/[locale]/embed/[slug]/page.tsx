import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { CenterPanel } from "@/components/panel/center-panel";
import type { Locale } from "@/i18n/routing";
import { parseAsof } from "@/lib/asof";
import { centers } from "@/lib/centers";
import { embedMetadata } from "@/lib/page-metadata";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return centers.citySlugs().map((slug) => ({ slug }));
}

const latest = parseAsof(undefined, centers.asofRange);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const city = centers.city(slug);
  return city ? embedMetadata(city, latest, locale) : {};
}

export default async function EmbedCenterPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const city = centers.city(slug);
  if (!city) notFound();
  return <CenterPanel slug={city.slug} asof={latest} embedded />;
}
