"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { centerPath, centerSlugFromPath, overviewPath, publicPath } from "@/lib/routes";

/** "Open full map" (the matching full page, keeping the date) and the source credit. */
export function EmbedFooter({ slugs }: { slugs: string[] }) {
  const pathname = publicPath(usePathname());
  const searchParams = useSearchParams();
  const slug = centerSlugFromPath(pathname, slugs);
  const asof = searchParams.get("asof");
  const href = `${slug ? centerPath(slug) : overviewPath()}${asof ? `?asof=${encodeURIComponent(asof)}` : ""}`;
  return <EmbedFooterView href={href} />;
}

export function EmbedFooterView({ href }: { href: string }) {
  return (
    <footer className="border-line bg-paper flex items-center justify-between gap-3 border-t px-3 py-1.5 text-xs">
      <span className="text-muted">Japan Centers Map · sources cited in the panel · basemap Natural Earth</span>
      <a href={href} target="_blank" rel="noopener" className="text-link shrink-0 font-medium underline">
        Open full map ↗
      </a>
    </footer>
  );
}
