import { Cite } from "@/components/panel/cite";
import { formatLeadingDate } from "@/lib/dates";
import type { Conflict } from "@/lib/schema";

/** A recorded disagreement between sources: every version with its sources, and the preferred reading. */
export function ConflictNote({ conflict }: { conflict: Conflict }) {
  return (
    <div className="border-note-line bg-note rounded border p-3 text-sm" data-conflict={conflict.id}>
      <p className="font-semibold">Sources disagree: {conflict.topic}</p>
      <ul className="mt-1 list-disc space-y-0.5 ps-5">
        {conflict.versions.map((v) => (
          <li key={v.value}>
            {formatLeadingDate(v.value)}
            {v.sourceIds.length > 0 ? <Cite ids={v.sourceIds} /> : <span className="text-muted"> (no source)</span>}
          </li>
        ))}
      </ul>
      <p className="mt-1">
        <span className="font-medium">Preferred here:</span> {formatLeadingDate(conflict.preferred)}. {conflict.note}
      </p>
    </div>
  );
}
