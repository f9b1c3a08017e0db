import type { Metadata } from "next";
import { NotFoundView } from "@/components/ui/not-found-view";
import { JP_METRICS_FAMILY } from "@/generated/jp-font";
import { fontLoadScript, THEME_SCRIPT } from "@/lib/browser/theme";
import { contract } from "@/lib/contract";
import "./globals.css";
import "@/generated/jp-font.css";

export const metadata: Metadata = { title: "Page not found · Japan Centers Map", robots: { index: false } };

// The 404 page for addresses that no route matches, including an unknown centre (whose static
// route has no such page). English, as the unprefixed site is; a 404 raised inside a language's
// pages (`/ja/anything`) uses app/[locale]/not-found.tsx in that language.
export default function GlobalNotFound() {
  return (
    <html lang={contract.defaultLocale} suppressHydrationWarning>
      <head>
        <script
          // biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed string of ours, no input in it
          dangerouslySetInnerHTML={{ __html: THEME_SCRIPT + fontLoadScript(JP_METRICS_FAMILY) }}
        />
      </head>
      <body className="font-sans antialiased">
        <NotFoundView locale={contract.defaultLocale} />
      </body>
    </html>
  );
}
