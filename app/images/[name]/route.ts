import { imageResponse } from "@/lib/server/images/image-response";

// The English map images: `/images/<overview|slug>.<svg|png>?asof=&theme=` (lib/server/images/map-image.ts).
// Drawn on request: every date and theme is a picture, too many to draw at build.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(request: Request) {
  return imageResponse(request);
}
