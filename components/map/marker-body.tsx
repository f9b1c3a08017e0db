import { STATUS_STYLE } from "@/components/map/status-style";
import type { CenterStatus } from "@/lib/status";

/**
 * What a centre's marker shows, on the map drawn on the server and on the live map alike: the
 * status's shape, the name in a label placed around it (and a leader line when the label stands
 * off), all decorative (the marker's accessible name says both). The marker element is a point;
 * app/globals.css (.jcm-marker) draws these around it.
 */
export function MarkerBody({
  name,
  status,
  width,
}: {
  name: string;
  status: CenterStatus;
  /** The label's width in CSS pixels (components/map/frames.generated.ts LABEL_WIDTHS). */
  width: number;
}) {
  return (
    <>
      <span aria-hidden="true" className="jcm-leader" />
      <span aria-hidden="true" className={`jcm-mark ${STATUS_STYLE[status].shape}`} />
      <span aria-hidden="true" className="jcm-label" style={{ width }}>
        {name}
      </span>
    </>
  );
}
