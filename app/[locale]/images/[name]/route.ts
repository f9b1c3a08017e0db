import { imageResponse } from "@/lib/server/images/image-response";

// The Japanese and Russian map images (`/ja/images/moscow.png`); `/en/images/…` redirects to the
// unprefixed address and any other prefix is a 404 (lib/contract.ts parseImage).
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(request: Request) {
  return imageResponse(request);
}
