import { contract, type Locale } from "@/lib/contract";
import { feedResponse } from "@/lib/server/feed";

// The Japanese and Russian feeds (`/ja/updates.atom`, `/ru/updates.atom`); English is at
// `/updates.atom` (app/updates.atom). Any other prefix is a 404.
export const dynamicParams = false;
export const generateStaticParams = () =>
  contract.locales.filter((l) => l !== contract.defaultLocale).map((locale) => ({ locale }));

export async function GET(_: Request, { params }: { params: Promise<{ locale: Locale }> }) {
  return feedResponse((await params).locale);
}
