import { type CenterPin, centers, preferredOpening } from "@/lib/centers";
import { formatPartialDate } from "@/lib/dates";
import { transitionsFor } from "@/lib/status";

/** What the map island receives for each centre: position, name, opening, status changes. */
export function centerPins(): CenterPin[] {
  return centers.cities().map((c) => ({
    slug: c.slug,
    name: c.names.en,
    lat: c.coordinates.lat,
    lon: c.coordinates.lon,
    opened: formatPartialDate(preferredOpening(c).date),
    transitions: transitionsFor(c).map(({ from, status }) => ({ from, status })),
  }));
}
