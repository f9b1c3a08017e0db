import type { View } from "@/lib/contract";
import { serializeJsonLd, structuredData } from "@/lib/server/structured-data";

/**
 * A page's schema.org JSON-LD (lib/server/structured-data.ts), in the body as search engines accept it.
 * A data block: browsers never run it, so the Content-Security-Policy does not list it
 * (scripts/lib/inline-scripts.mjs). Nothing for an embed.
 */
export function StructuredData({ view }: { view: View }) {
  const data = structuredData(view);
  if (!data) return null;
  return (
    <script
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON from our own data, with every `<` escaped (serializeJsonLd)
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
