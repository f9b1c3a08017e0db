import { centersJson } from "@/lib/server/downloads";

// Generated at build time from the validated dataset (docs/data.md).
export const dynamic = "force-static";

export function GET() {
  return new Response(JSON.stringify(centersJson(), null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
