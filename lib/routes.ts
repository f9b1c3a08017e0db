/** The URL of one centre's page, or of its embed (the URL contract in the README). */
export function centerPath(slug: string, embedded = false): string {
  return embedded ? `/embed/${slug}` : `/centers/${slug}`;
}

/** The overview, or the embed of the overview. */
export function overviewPath(embedded = false): string {
  return embedded ? "/embed" : "/";
}

/**
 * The centre a pathname shows, or null for the overview and any other page.
 * Tolerates a trailing slash and percent-encoding; ignores slugs that are not in `known`.
 */
export function centerSlugFromPath(pathname: string | null | undefined, known: readonly string[]): string | null {
  if (!pathname) return null;
  const m = /^\/(?:centers|embed)\/([^/?#]+)\/?$/.exec(pathname);
  if (!m?.[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(m[1]).toLowerCase();
  } catch {
    return null;
  }
  return known.includes(slug) ? slug : null;
}

/**
 * The public path of a page. `?asof=` views are served by internal routes (proxy.ts), and
 * usePathname() can report those: `/asof/D/centers/x` → `/centers/x`, `/asof/D` → `/`,
 * `/embed/asof/D/x` → `/embed/x`, `/embed/asof/D` → `/embed`.
 */
export function publicPath(pathname: string | null | undefined): string {
  if (!pathname) return "/";
  const site = /^\/asof\/[^/]+(\/centers\/[^/]+)?\/?$/.exec(pathname);
  if (site) return site[1] ?? "/";
  const embed = /^\/embed\/asof\/[^/]+(\/[^/]+)?\/?$/.exec(pathname);
  if (embed) return `/embed${embed[1] ?? ""}`;
  return pathname;
}
