import type { CenterStatus } from "@/lib/status";
import { STATUS_STYLE } from "@/lib/status-style";

/** A status a marker shows, and the states it is shown in (lib/date-state.ts; none: always). */
export type MarkerStatus = { status: CenterStatus; attrs?: object };

/**
 * What a centre's marker shows, on the map drawn on the server and on the live map alike: the
 * status's shape (on the drawn map, one per period of the centre's history, which the page's date
 * chooses), the name in a label placed around it (and a leader line when the label stands off),
 * all decorative (the marker's accessible name says both). The marker element is a point;
 * app/globals.css (.jcm-marker) draws these around it.
 */
export function MarkerBody({
  name,
  statuses,
  width,
}: {
  name: string;
  statuses: readonly MarkerStatus[];
  /** The label's width in CSS pixels (generated/frames.ts LABEL_WIDTHS). */
  width: number;
}) {
  return (
    <>
      <span aria-hidden="true" className="jcm-leader" />
      {statuses.map(({ status, attrs }, i) => (
        <span // biome-ignore lint/suspicious/noArrayIndexKey: the periods of one centre, in order, never reordered
          key={i}
          aria-hidden="true"
          className={`jcm-mark ${STATUS_STYLE[status].shape}`}
          {...attrs}
        />
      ))}
      <span aria-hidden="true" className="jcm-label" style={{ width }}>
        {name}
      </span>
    </>
  );
}
