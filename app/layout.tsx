import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import { SITE_NAME, SITE_URL } from "@/lib/site";
import { overviewDescription } from "@/lib/text";
import "./globals.css";

// Inter ships with the app (from @fontsource-variable/inter): no font host is contacted. Only
// the Latin file is preloaded; the Cyrillic one loads when Russian text appears (unicode-range).
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  variable: "--font-inter",
  display: "swap",
});
const interCyrillic = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-cyrillic-wght-normal.woff2",
  weight: "100 900",
  variable: "--font-inter-cyrillic",
  display: "swap",
  preload: false,
  declarations: [{ prop: "unicode-range", value: "U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116" }],
});

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: {
    default: `Japan Centers in Russia, 1994–2025 · ${SITE_NAME}`,
    template: `%s · ${SITE_NAME}`,
  },
  description: overviewDescription(),
  applicationName: SITE_NAME,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#ffffff",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // suppressHydrationWarning: the embed's first-paint script sets data-theme/-panel/-controls on <html>.
    <html lang="en" className={`${inter.variable} ${interCyrillic.variable}`} suppressHydrationWarning>
      <body className="font-sans antialiased">{children}</body>
    </html>
  );
}
