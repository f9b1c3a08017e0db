import type { Metadata } from "next";
import { NotFoundView } from "@/components/ui/not-found-view";
import "./globals.css";

export const metadata: Metadata = { title: "Page not found · Japan Centers Map", robots: { index: false } };

// For addresses outside every language (a path with a file extension that is not a file, say);
// pages under a language use app/[locale]/not-found.tsx. English, as the unprefixed site is.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="font-sans antialiased">
        <NotFoundView locale="en" />
      </body>
    </html>
  );
}
