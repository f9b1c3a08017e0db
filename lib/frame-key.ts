import type { FRAMES } from "@/generated/frames";
import { SLUGS } from "@/lib/contract";

/** The frame a view opens on: its centre's (every slug has one, scripts/generate-map.ts), or the overview's. */
export function frameKey(slug: string | null): keyof typeof FRAMES {
  return slug !== null && (SLUGS as readonly string[]).includes(slug) ? (slug as keyof typeof FRAMES) : "overview";
}
