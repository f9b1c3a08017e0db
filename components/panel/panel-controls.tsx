import { Suspense } from "react";
import { AsofControl, AsofControlView } from "@/components/panel/asof-control";
import { StatusLegend } from "@/components/panel/status-legend";
import { useCenters } from "@/lib/use-centers";

/**
 * The date control and the legend, as a panel places them: after the panel's answer (a centre's
 * name, status, opening and closure; the overview's story), so a link to one city answers in the
 * first screen (issue 25), and before the details. The legend is a one-line key; its sourced
 * explanations open with a tap. An embed's `?controls=0` hides the block (app/globals.css).
 */
export function PanelControls({ embedded }: { embedded: boolean }) {
  const range = useCenters().asofRange;
  return (
    <div
      data-embed-controls={embedded ? "" : undefined}
      data-testid="panel-controls"
      className="border-line bg-surface space-y-3 border-y px-5 py-3"
    >
      <Suspense fallback={<AsofControlView range={range} date={null} />}>
        <AsofControl range={range} />
      </Suspense>
      <StatusLegend />
    </div>
  );
}
