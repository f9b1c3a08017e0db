import "server-only";
import type { Locale } from "@/lib/contract";
import type { CenterPin, Centers } from "@/lib/server/centers";
import { formatDateIn } from "@/lib/server/text";
import { preferredOpening } from "@/lib/status";

/** What the map receives for each centre: position, name, opening, status changes. */
export function centerPins(centers: Centers, locale: Locale): CenterPin[] {
  return centers.cities().map((c) => ({
    slug: c.slug,
    name: c.names[locale],
    lat: c.coordinates.lat,
    lon: c.coordinates.lon,
    opened: formatDateIn(locale, preferredOpening(c).date),
    transitions: centers.transitions(c.slug).map(({ from, status }) => ({ from, status })),
  }));
}
