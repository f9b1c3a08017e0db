import { contract } from "@/lib/contract";
import { feedResponse } from "@/lib/server/feed";

// The English corrections and updates feed, built with the site (lib/server/feed.ts).
export const dynamic = "force-static";

export function GET() {
  return feedResponse(contract.defaultLocale);
}
