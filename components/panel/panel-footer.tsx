import Link from "next/link";
import { useTranslations } from "next-intl";
import { CiteThisView } from "@/components/panel/cite-this-view.client";
import { contract, DOWNLOADS } from "@/lib/contract";
import { punctuation } from "@/lib/server/text";
import { useCenters, usePageLocale } from "@/lib/server/use-centers";
import { useFormatDate } from "@/lib/server/use-format-date";
import { SITE_URL } from "@/lib/site";

/** Data version, corrections, all sources, downloads, and a citation for the view. */
export function PanelFooter({ title, path }: { title: string; path: string }) {
  const t = useTranslations("footer");
  const locale = usePageLocale();
  const { date } = useFormatDate();
  const version = useCenters().meta.dataVersion;
  return (
    <footer className="border-line space-y-3 border-t px-5 py-4 text-sm">
      <CiteThisView title={title} permalink={`${SITE_URL}${path}`} dataVersion={version} />
      <p className="text-muted">
        {t.rich("updated", {
          d: () => <time dateTime={version}>{date(version)}</time>,
          log: (chunks) => (
            <Link
              prefetch={false}
              href={`${contract.page(locale, "about")}#corrections`}
              className="text-link underline"
            >
              {chunks}
            </Link>
          ),
          sources: (chunks) => (
            <Link prefetch={false} href={contract.page(locale, "sources")} className="text-link underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <p className="text-muted">
        {t("downloads")}{" "}
        {DOWNLOADS.map((file, i) => (
          <span key={file}>
            {i > 0 ? punctuation(locale).list : null}
            <a href={`/data/${file}`} className="text-link underline" download>
              {file}
            </a>
          </span>
        ))}{" "}
        (
        <Link prefetch={false} href={`${contract.page(locale, "about")}#data`} className="text-link underline">
          {t("fields")}
        </Link>
        )
      </p>
    </footer>
  );
}
