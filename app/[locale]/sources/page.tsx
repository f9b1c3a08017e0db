import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { use } from "react";
import { ConflictNote } from "@/components/panel/conflict-note";
import { languageLabel } from "@/components/panel/source-list";
import { PageShell } from "@/components/ui/page-shell";
import { StructuredData } from "@/components/ui/structured-data";
import { contract, type Locale } from "@/lib/contract";
import { viewMetadata } from "@/lib/server/page-metadata";
import { useCenters } from "@/lib/server/use-centers";
import { useFormatDate } from "@/lib/server/use-format-date";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return viewMetadata(contract.view({ locale: (await params).locale, page: "sources" }));
}

export default function SourcesPage({ params }: Props) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations("sourcesPage");
  const tLang = useTranslations("languages");
  const tConfidence = useTranslations("confidence");
  const tList = useTranslations("sourceList");
  const centers = useCenters();
  const { date } = useFormatDate();
  const sources = centers.allSources();
  // The source records' titles and notes are written in the contract's default language (the
  // dataset's, data/); a page in another language says so and marks the notes with it.
  const recordsLanguage = contract.defaultLocale;
  const conflicts = centers.conflicts();
  return (
    <PageShell>
      <StructuredData view={contract.view({ locale, page: "sources" })} />
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3">{t.rich("intro", { b: (chunks) => <strong>{chunks}</strong> })}</p>

      <h2 className="mt-8 text-xl font-semibold" id="conflicts">
        {t("conflicts", { count: conflicts.length })}
      </h2>
      <div className="mt-3 space-y-3">
        {conflicts.map((c) => (
          <ConflictNote key={c.id} conflict={c} />
        ))}
      </div>

      <h2 className="mt-8 text-xl font-semibold" id="sources">
        {t("all", { count: sources.length })}
      </h2>
      {locale === recordsLanguage ? null : <p className="text-muted mt-2 text-sm">{t("asWritten")}</p>}
      <ol className="mt-3 space-y-3" aria-label={t("allLabel")}>
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`} className="target:bg-note scroll-mt-4">
            <span className="font-semibold">[{centers.sourceNumber(s.id)}]</span>{" "}
            <a href={s.url} className="text-link underline" rel="noopener noreferrer external">
              {s.title}
            </a>
            <br />
            <span className="text-muted text-sm">
              <span className="font-mono">{s.id}</span> · {s.publisher} ·{" "}
              {s.published ? date(s.published) : tList("undated")} · {languageLabel(tLang, s.language)} ·{" "}
              {tConfidence(s.reliability)}
            </span>
            {s.note ? (
              <span className="mt-0.5 block text-sm" lang={locale === recordsLanguage ? undefined : recordsLanguage}>
                {s.note}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </PageShell>
  );
}
