import type { CenterStatus } from "@/lib/status";
import { STATUS_STYLE } from "@/lib/status-style";

/** The status's shape and colour, as on the map; decorative (the status is always written too). */
export function StatusIcon({ status, size = "h-3 w-3" }: { status: CenterStatus; size?: string }) {
  return <span aria-hidden="true" className={`inline-block shrink-0 ${size} ${STATUS_STYLE[status].shape}`} />;
}
