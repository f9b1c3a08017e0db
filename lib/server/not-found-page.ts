import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locale } from "@/lib/contract";

const pages = new Map<Locale, string | null>();

/**
 * The prerendered HTML of a language's 404 page (app/[locale]/(errors)/page-not-found), read
 * once from the build output; null when there is none (`next dev`). proxy.ts sends it with status
 * 404, because a rewrite cannot change the status and a notFound() thrown while rendering reaches
 * the reader as an empty shell (vercel/next.js#97000).
 */
export function prerenderedNotFound(locale: Locale): string | null {
  if (!pages.has(locale)) {
    try {
      pages.set(
        locale,
        readFileSync(join(process.cwd(), ".next", "server", "app", locale, "page-not-found.html"), "utf8"),
      );
    } catch {
      pages.set(locale, null);
    }
  }
  return pages.get(locale) ?? null;
}
