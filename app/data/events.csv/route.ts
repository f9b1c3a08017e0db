import { eventsCsv } from "@/lib/server/downloads";

// Generated at build time from the validated dataset (docs/data.md).
export const dynamic = "force-static";

export function GET() {
  return new Response(eventsCsv(), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
