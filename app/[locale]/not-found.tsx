import type { Metadata } from "next";
import { useLocale } from "next-intl";
import { NotFoundView } from "@/components/ui/not-found-view";
import { contract, isLocale } from "@/lib/contract";

export const metadata: Metadata = { title: "404", robots: { index: false } };

// Only reached when a page calls notFound() itself; addresses that are not pages get the 404
// page from proxy.ts (app/[locale]/(errors)/page-not-found).
export default function NotFound() {
  const locale = useLocale();
  return <NotFoundView locale={isLocale(locale) ? locale : contract.defaultLocale} />;
}
