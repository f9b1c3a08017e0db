import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CenterPanel } from "@/components/panel/center-panel";
import { centers } from "@/lib/centers";
import { centerPath } from "@/lib/routes";
import { cityDescription } from "@/lib/text";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return centers.citySlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const city = centers.city((await params).slug);
  if (!city) return {};
  const title = `${city.names.en} Japan Center (${city.names.ru}, ${city.names.ja})`;
  const description = cityDescription(city);
  return {
    title,
    description,
    alternates: { canonical: centerPath(city.slug) },
    openGraph: {
      type: "article",
      url: centerPath(city.slug),
      title,
      description,
    },
  };
}

export default async function CenterPage({ params }: Props) {
  const city = centers.city((await params).slug);
  if (!city) notFound();
  return <CenterPanel city={city} />;
}
