import { feedResponse } from "@/lib/feed";

// The English corrections and updates feed, built with the site (lib/feed.ts).
export const dynamic = "force-static";

export function GET() {
  return feedResponse("en");
}
