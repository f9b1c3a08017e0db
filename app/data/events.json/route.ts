import { eventsJson } from "@/lib/server/downloads";

// Generated at build time from the validated dataset (docs/data.md).
export const dynamic = "force-static";

export function GET() {
  return new Response(JSON.stringify(eventsJson(), null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
