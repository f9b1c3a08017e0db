import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { NotFoundView } from "@/components/ui/not-found-view";
import type { Locale } from "@/lib/contract";
import { translator } from "@/lib/server/text";

type Props = { params: Promise<{ locale: Locale }> };

// The 404 page, prerendered per language. proxy.ts answers every address that is not a page
// with this HTML and status 404. (A notFound() raised while rendering is sent by Next as an
// empty shell that only JavaScript fills in; this page is complete without JavaScript.)
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: translator(locale)("notFound.metaTitle"), robots: { index: false } };
}

export default async function PageNotFound({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <NotFoundView locale={locale} />;
}
