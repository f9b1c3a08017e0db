import { STATUS_STYLE } from "@/components/map/status-style";
import type { CenterStatus } from "@/lib/status";

/** The status's shape and colour, as on the map; decorative (the status is always written too). */
export function StatusIcon({ status, size = "h-3 w-3" }: { status: CenterStatus; size?: string }) {
  return <span aria-hidden="true" className={`inline-block shrink-0 ${size} ${STATUS_STYLE[status].shape}`} />;
}
