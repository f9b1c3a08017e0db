/** The URL of one centre's page (the URL contract in docs/urls.md). */
export function centerPath(slug: string): string {
  return `/centers/${slug}`;
}

/**
 * The centre a pathname shows, or null for the overview and any other page.
 * Tolerates a trailing slash and percent-encoding; ignores slugs that are not in `known`.
 */
export function centerSlugFromPath(pathname: string | null | undefined, known: readonly string[]): string | null {
  if (!pathname) return null;
  const m = /^\/centers\/([^/?#]+)\/?$/.exec(pathname);
  if (!m?.[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(m[1]).toLowerCase();
  } catch {
    return null;
  }
  return known.includes(slug) ? slug : null;
}
