import Link from "next/link";
import type { ReactNode } from "react";

const NAV = [
  { href: "/sources", label: "Sources" },
  { href: "/about", label: "About" },
] as const;

/** The site's header: name (home), optional tools (Share / Embed), and the text pages. */
export function SiteHeader({ tools, mapLink = false }: { tools?: ReactNode; mapLink?: boolean }) {
  return (
    <header className="border-line flex items-center justify-between gap-3 border-b px-4 py-2">
      <Link href="/" scroll={false} className="text-sm font-semibold tracking-tight whitespace-nowrap">
        Japan Centers Map
      </Link>
      <nav aria-label="Site" className="flex items-center gap-3 text-sm">
        {tools}
        {[...(mapLink ? [{ href: "/", label: "Map" }] : []), ...NAV].map((item) => (
          <Link key={item.href} href={item.href} className="text-muted hover:text-ink hover:underline">
            {item.label}
          </Link>
        ))}
      </nav>
    </header>
  );
}
