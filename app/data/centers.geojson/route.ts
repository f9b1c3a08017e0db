import { centersGeoJson } from "@/lib/server/downloads";

// Generated at build time from the validated dataset (docs/data.md).
export const dynamic = "force-static";

export function GET() {
  return new Response(JSON.stringify(centersGeoJson(), null, 2), {
    headers: { "Content-Type": "application/geo+json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
