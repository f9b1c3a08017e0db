import { useTranslations } from "next-intl";
import { Cite } from "@/components/panel/cite";
import type { Conflict } from "@/lib/schema";
import { useFormatDate } from "@/lib/use-format-date";

/** A recorded disagreement between sources: every version with its sources, and the preferred reading. */
export function ConflictNote({ conflict }: { conflict: Conflict }) {
  const t = useTranslations("conflict");
  const { leading } = useFormatDate();
  return (
    <div className="border-note-line bg-note rounded border p-3 text-sm" data-conflict={conflict.id}>
      <p className="font-semibold">{t("topic", { topic: conflict.topic })}</p>
      <ul className="mt-1 list-disc space-y-0.5 ps-5">
        {conflict.versions.map((v) => (
          <li key={v.value}>
            {leading(v.value)}
            {v.sourceIds.length > 0 ? <Cite ids={v.sourceIds} /> : <span className="text-muted">{t("noSource")}</span>}
          </li>
        ))}
      </ul>
      <p className="mt-1">
        <span className="font-medium">{t("preferred")}</span> {leading(conflict.preferred)}. {conflict.note}
      </p>
    </div>
  );
}
