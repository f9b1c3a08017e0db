import type { ReactNode } from "react";
import { SiteHeader } from "@/components/ui/site-header";

/** The frame of the text pages (sources, about): site header and a readable column. */
export function PageShell({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-dvh">
      <SiteHeader mapLink />
      <main id="main" className="mx-auto max-w-3xl px-5 py-8">
        {children}
      </main>
    </div>
  );
}
