import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { JP_METRICS_FAMILY } from "@/generated/jp-font";
import { fontLoadScript, THEME_SCRIPT } from "@/lib/browser/theme";
import { ClientI18nProvider } from "@/lib/client/i18n";
import { ViewProvider } from "@/lib/client/use-view";
import { contract, isLocale } from "@/lib/contract";
import { centersFor } from "@/lib/server/centers";
import { dateConfig } from "@/lib/server/date-config";
import { clientMessages } from "@/lib/server/messages";
import { overviewDescription } from "@/lib/server/page-metadata";
import { SITE_URL } from "@/lib/site";
import "../globals.css";
// The Japanese subset's @font-face rules (scripts/jp-font.mjs, decision 007).
import "@/generated/jp-font.css";

// Inter ships with the app (from @fontsource-variable/inter): no font host is contacted. Both
// files are preloaded: every page shows Cyrillic (the language switcher's "Русский", Russian
// source titles). `font-display: optional`: a file that is not there for the first paint is not
// swapped in later (the page keeps the fallback, sized to Inter's widths, and the next page has
// the file from the cache). With `swap`, a late file re-wrapped the lines it touched: CLS 0.04 on
// /about, 0.12 on a Russian centre, 0.006–0.03 even with the sized fallbacks (phone, slow link).
// Japanese: a subset of Noto Sans JP with exactly the characters the site shows, in two parts
// (the Japanese every page shows, names and source titles, about 25 KB a weight; the rest, 55 KB),
// declared with local() faces first, so only a reader without a Japanese system font downloads
// it, and only the part a page needs (decision 007; scripts/jp-font.mjs).
const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  variable: "--font-inter",
  display: "optional",
});
const interCyrillic = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-cyrillic-wght-normal.woff2",
  weight: "100 900",
  variable: "--font-inter-cyrillic",
  display: "optional",
  // Only its family, without a metric-adjusted fallback: it stands first in --font-sans, and a
  // fallback face there (local Arial, any range) would draw the Latin text in place of Inter's.
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116" }],
});

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// One static tree per language. (Another first segment never gets here: the proxy answers it with
// the 404 page, and the layout itself refuses it.)

export function generateStaticParams() {
  return contract.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "site" });
  const centers = centersFor(locale);
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: `${t("overviewTitle", centers.storySpan())} · ${t("name")}`, template: `%s · ${t("name")}` },
    description: overviewDescription(centers, locale),
    applicationName: t("name"),
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#11161d" },
  ],
};

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    // suppressHydrationWarning: the first-paint scripts set data-theme (and the embed's options) on <html>.
    <html lang={locale} className={`${inter.variable} ${interCyrillic.variable}`} suppressHydrationWarning>
      <head>
        <script
          // biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed string of ours, no input in it
          dangerouslySetInnerHTML={{ __html: THEME_SCRIPT + fontLoadScript(JP_METRICS_FAMILY) }}
        />
      </head>
      <body className="font-sans antialiased">
        <ClientI18nProvider
          locale={locale}
          messages={clientMessages(locale, { count: centersFor(locale).cities().length })}
        >
          <ViewProvider config={dateConfig(locale)}>{children}</ViewProvider>
        </ClientI18nProvider>
      </body>
    </html>
  );
}
