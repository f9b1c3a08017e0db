import type { MetadataRoute } from "next";
import { centers } from "@/lib/centers";
import { centerPath } from "@/lib/routes";
import { SITE_URL } from "@/lib/site";

export default function sitemap(): MetadataRoute.Sitemap {
  const lastModified = centers.meta.dataVersion;
  return [
    { url: `${SITE_URL}/`, lastModified, priority: 1 },
    { url: `${SITE_URL}/sources`, lastModified, priority: 0.5 },
    { url: `${SITE_URL}/about`, lastModified, priority: 0.3 },
    ...centers.citySlugs().map((slug) => ({ url: `${SITE_URL}${centerPath(slug)}`, lastModified, priority: 0.8 })),
  ];
}
