import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { Fragment, use } from "react";
import { PageShell } from "@/components/ui/page-shell";
import { StructuredData } from "@/components/ui/structured-data";
import { contract, DOWNLOADS, type Locale } from "@/lib/contract";
import { versionAnchor } from "@/lib/server/feed";
import { viewMetadata } from "@/lib/server/page-metadata";
import { otherNames, punctuation } from "@/lib/server/text";
import { useCenters } from "@/lib/server/use-centers";
import { useFormatDate } from "@/lib/server/use-format-date";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return viewMetadata(contract.view({ locale: (await params).locale, page: "about" }));
}

export default function AboutPage({ params }: Props) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations("about");
  const centers = useCenters();
  const { date } = useFormatDate();
  const { meta } = centers;
  // The organisation's name in the page's language, then in each other (each marked with its
  // language), one after the other as the language writes them: "; ", 「／」.
  const organisation = meta.organisation[locale];
  const { otherLanguages } = punctuation(locale);
  const others = otherNames(meta.organisation, locale).map((o, i) => (
    <Fragment key={o.lang}>
      {i > 0 ? otherLanguages : null}
      <span lang={o.lang}>{o.name}</span>
    </Fragment>
  ));
  // How many centres the data holds: the messages say "six" for six, and a number for any other.
  const count = centers.cities().length;
  return (
    <PageShell>
      <StructuredData view={contract.view({ locale, page: "about" })} />
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3">
        {t.rich("intro", {
          ...centers.storySpan(),
          count,
          organisation,
          compiled: meta.compiled,
          others: () => others,
        })}
      </p>

      <h2 className="mt-8 text-xl font-semibold" id="translations">
        {t("translations")}
      </h2>
      <p className="mt-2" data-testid="translation-note">
        {t("translationsNote")}
      </p>

      <h2 className="mt-8 text-xl font-semibold">{t("unknown")}</h2>
      <ul className="mt-2 list-disc space-y-1 ps-5">
        {meta.openQuestions.map((q) => (
          <li key={q.id}>{q.text}</li>
        ))}
      </ul>

      <h2 className="mt-8 text-xl font-semibold" id="data">
        {t("data")}
      </h2>
      <p className="mt-2">
        {t.rich("dataVersion", { d: () => <time dateTime={meta.dataVersion}>{date(meta.dataVersion)}</time> })}
      </p>
      <ul className="mt-2 list-disc space-y-1 ps-5">
        {DOWNLOADS.map((file) => (
          <li key={file}>
            <a href={`/data/${file}`} className="text-link underline" download>
              {file}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">{t.rich("dataFields", { count, c: (chunks) => <code>{chunks}</code> })}</p>
      <p className="mt-2 text-sm">
        {t.rich("licence", {
          licence: meta.licence.name,
          attribution: meta.licence.attribution,
          // The credit is copied as data/meta.json writes it, in the data's language: marked so.
          credit: (chunks) => <span lang={contract.defaultLocale}>{chunks}</span>,
          a: (chunks) => (
            <a href={meta.licence.url} className="text-link underline" rel="noopener noreferrer external">
              {chunks}
            </a>
          ),
        })}
      </p>

      <h2 className="mt-8 text-xl font-semibold" id="corrections">
        {t("corrections")}
      </h2>
      <ol className="mt-2 space-y-4">
        {centers.changelog().map((entry) => (
          <li key={entry.version} id={versionAnchor(entry.version)} data-version={entry.version}>
            <p className="font-semibold">
              {t.rich("version", { d: () => <time dateTime={entry.version}>{date(entry.version)}</time> })}
            </p>
            <p>{entry.summary}</p>
            <ul className="mt-1 list-disc space-y-0.5 ps-5 text-sm">
              {entry.changes.map((c) => (
                <li key={c.id}>{c.text}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>

      <p className="mt-8">
        <Link href={contract.page(locale, "sources")} className="text-link underline">
          {t("allSources")}
        </Link>
      </p>
    </PageShell>
  );
}
