import Link from "next/link";
import type { ReactNode } from "react";

/** The frame of the text pages (sources, about): site header and a readable column. */
export function PageShell({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-dvh">
      <header className="border-line flex items-center justify-between gap-3 border-b px-4 py-2">
        <Link href="/" className="text-sm font-semibold tracking-tight">
          Japan Centers Map
        </Link>
        <nav aria-label="Site" className="flex gap-3 text-sm">
          <Link href="/" className="text-muted hover:text-ink hover:underline">
            Map
          </Link>
          <Link href="/sources" className="text-muted hover:text-ink hover:underline">
            Sources
          </Link>
          <Link href="/about" className="text-muted hover:text-ink hover:underline">
            About
          </Link>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-5 py-8">
        {children}
      </main>
    </div>
  );
}
