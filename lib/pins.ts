import type { Locale } from "@/i18n/routing";
import { type CenterPin, centers, preferredOpening } from "@/lib/centers";
import { formatDateIn } from "@/lib/text";

/** What the map island receives for each centre: position, name, opening, status changes. */
export function centerPins(locale: Locale = "en"): CenterPin[] {
  return centers.cities().map((c) => ({
    slug: c.slug,
    name: c.names[locale],
    lat: c.coordinates.lat,
    lon: c.coordinates.lon,
    opened: formatDateIn(locale, preferredOpening(c).date),
    transitions: centers.transitions(c.slug).map(({ from, status }) => ({ from, status })),
  }));
}
