import type { MetadataRoute } from "next";
import { contract } from "@/lib/contract";
import { centers } from "@/lib/server/centers";
import { SITE_URL } from "@/lib/site";

/** Every page in every language, each entry listing its language versions (lib/contract.ts). */
export default function sitemap(): MetadataRoute.Sitemap {
  return contract.sitemap(SITE_URL, centers.meta.dataVersion);
}
