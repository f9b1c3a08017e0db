import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";
import { punctuation } from "@/lib/server/text";
import { useCenters, usePageLocale } from "@/lib/server/use-centers";
import { useFormatDate } from "@/lib/server/use-format-date";

/** Every source the page cites: title, publisher, date, language and reliability. */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const t = useTranslations("sourceList");
  const tLang = useTranslations("languages");
  const tConfidence = useTranslations("confidence");
  const { date } = useFormatDate();
  const locale = usePageLocale();
  const centers = useCenters();
  const sources = centers.sources(ids);
  return (
    <Section title={t("title", { count: sources.length })} id="sources">
      <ol className="space-y-2 text-sm" aria-label={t("label")}>
        {[...sources]
          .sort((a, b) => (centers.sourceNumber(a.id) ?? 0) - (centers.sourceNumber(b.id) ?? 0))
          .map((s) => (
            <li key={s.id} id={`source-${s.id}`} className="target:bg-note scroll-mt-4">
              <span className="font-semibold">[{centers.sourceNumber(s.id)}]</span>{" "}
              <span className="text-muted font-mono text-[0.7rem]">{s.id}</span>{" "}
              <a href={s.url} className="text-link underline" rel="noopener noreferrer external" target="_blank">
                {s.title}
              </a>
              <span className="text-muted">
                {" "}
                —{" "}
                {[
                  s.publisher,
                  s.published ? date(s.published) : t("undated"),
                  languageLabel(tLang, s.language),
                  tConfidence(s.reliability),
                ].join(punctuation(locale).list)}
              </span>
            </li>
          ))}
      </ol>
    </Section>
  );
}

/** A source's language by name; a code we have no name for is shown as it is. */
export function languageLabel(t: (key: "en" | "ja" | "ru" | "de") => string, code: string): string {
  return code === "en" || code === "ja" || code === "ru" || code === "de" ? t(code) : code;
}
