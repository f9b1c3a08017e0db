import { updatesFeed } from "@/lib/feed";

// The English corrections and updates feed, built with the site (lib/feed.ts).
export const dynamic = "force-static";

export function GET() {
  return new Response(updatesFeed("en"), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
