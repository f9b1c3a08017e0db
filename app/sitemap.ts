import type { MetadataRoute } from "next";
import { LOCALES, type Locale } from "@/i18n/routing";
import { centers } from "@/lib/centers";
import { centerPath, localizedPath } from "@/lib/routes";
import { SITE_URL } from "@/lib/site";

/** Every page in every language, each entry listing its language versions (hreflang). */
export default function sitemap(): MetadataRoute.Sitemap {
  const lastModified = centers.meta.dataVersion;
  const pages: { path: (l: Locale) => string; priority: number }[] = [
    { path: (l) => localizedPath("/", l), priority: 1 },
    ...centers.citySlugs().map((slug) => ({ path: (l: Locale) => centerPath(slug, false, l), priority: 0.8 })),
    { path: (l) => localizedPath("/sources", l), priority: 0.5 },
    { path: (l) => localizedPath("/about", l), priority: 0.3 },
  ];
  return pages.flatMap(({ path, priority }) =>
    LOCALES.map((locale) => ({
      url: `${SITE_URL}${path(locale)}`,
      lastModified,
      priority,
      alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, `${SITE_URL}${path(l)}`])) },
    })),
  );
}
