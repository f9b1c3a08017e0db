import { useTranslations } from "next-intl";
import { Cite } from "@/components/panel/cite";
import { Badge } from "@/components/ui/badge";
import type { Conflict } from "@/lib/schema";
import { joinSentences, punctuation } from "@/lib/server/text";
import { usePageLocale } from "@/lib/server/use-centers";
import { useFormatDate } from "@/lib/server/use-format-date";

/**
 * A recorded disagreement between sources: every version with its sources, and the preferred
 * reading. `collapsed` shows only its topic until opened (beside a timeline item or the story);
 * the topic is always visible, so the reader knows the sources disagree.
 */
export function ConflictNote({ conflict, collapsed = false }: { conflict: Conflict; collapsed?: boolean }) {
  const t = useTranslations("conflict");
  const tTimeline = useTranslations("timeline");
  const locale = usePageLocale();
  const { leading } = useFormatDate();
  const topic = (
    <>
      {t("topic", { topic: conflict.topic })}
      {conflict.context ? (
        <>
          {" "}
          <Badge tone="context">{tTimeline("context")}</Badge>
        </>
      ) : null}
    </>
  );
  const body = (
    <>
      <ul className="mt-1 list-disc space-y-0.5 ps-5">
        {conflict.versions.map((v) => (
          <li key={v.value}>
            {leading(v.value)}
            {v.sourceIds.length > 0 ? <Cite ids={v.sourceIds} /> : <span className="text-muted">{t("noSource")}</span>}
          </li>
        ))}
      </ul>
      <p className="mt-1">
        <span className="font-medium">{t("preferred")}</span>
        {punctuation(locale).space}
        {joinSentences(locale, [leading(conflict.preferred), conflict.note])}
      </p>
    </>
  );
  const box = "border-note-line bg-note rounded border p-3 text-sm";
  if (collapsed) {
    return (
      <details className={`${box} mt-1 py-1.5`} data-conflict={conflict.id}>
        <summary className="cursor-pointer font-semibold">{topic}</summary>
        {body}
      </details>
    );
  }
  return (
    <div className={box} data-conflict={conflict.id}>
      <p className="font-semibold">{topic}</p>
      {body}
    </div>
  );
}
