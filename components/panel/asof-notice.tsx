import type { Asof } from "@/lib/asof";
import { centers } from "@/lib/centers";
import { formatPartialDate } from "@/lib/dates";

/** Says which date the page shows, and why when the requested one could not be used. */
export function AsofNotice({ asof }: { asof: Asof }) {
  const { min, max } = centers.asofRange;
  const shown = formatPartialDate(asof.date);
  let text: string;
  switch (asof.kind) {
    case "latest":
      text = `Showing the latest state known to the data (checked ${shown}).`;
      break;
    case "date":
      text = `Showing the state on ${shown}.`;
      break;
    case "clamped":
      text = `${asof.requested} is outside the data's range (${formatPartialDate(min)} to ${formatPartialDate(max)}): showing the state on ${shown}.`;
      break;
    case "ignored":
      text = `“${asof.requested}” is not a date written YYYY-MM-DD, so it was ignored: showing the latest state (data checked ${shown}).`;
      break;
  }
  return (
    <p
      data-testid="asof-notice"
      data-asof={asof.date}
      data-asof-kind={asof.kind}
      className={`px-5 pt-3 text-sm ${asof.kind === "clamped" || asof.kind === "ignored" ? "text-warn" : "text-muted"}`}
    >
      {text}
    </p>
  );
}
