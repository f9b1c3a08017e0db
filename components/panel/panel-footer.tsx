import Link from "next/link";
import { useTranslations } from "next-intl";
import { CiteThisView } from "@/components/panel/cite-this-view";
import { centers } from "@/lib/centers";
import { localizedPath } from "@/lib/routes";
import { SITE_URL } from "@/lib/site";
import { usePageLocale } from "@/lib/use-centers";
import { useFormatDate } from "@/lib/use-format-date";

export const DOWNLOADS = [
  { href: "/data/centers.json", label: "centers.json" },
  { href: "/data/centers.geojson", label: "centers.geojson" },
  { href: "/data/events.json", label: "events.json" },
  { href: "/data/events.csv", label: "events.csv" },
] as const;

/** Data version, corrections, all sources, downloads, and a citation for the view. */
export function PanelFooter({ title, path }: { title: string; path: string }) {
  const t = useTranslations("footer");
  const locale = usePageLocale();
  const { date } = useFormatDate();
  const version = centers.meta.dataVersion;
  return (
    <footer className="border-line space-y-3 border-t px-5 py-4 text-sm">
      <CiteThisView title={title} permalink={`${SITE_URL}${path}`} dataVersion={version} />
      <p className="text-muted">
        {t.rich("updated", {
          d: () => <time dateTime={version}>{date(version)}</time>,
          log: (chunks) => (
            <Link
              prefetch={false}
              href={`${localizedPath("/about", locale)}#corrections`}
              className="text-link underline"
            >
              {chunks}
            </Link>
          ),
          sources: (chunks) => (
            <Link prefetch={false} href={localizedPath("/sources", locale)} className="text-link underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <p className="text-muted">
        {t("downloads")}{" "}
        {DOWNLOADS.map((d, i) => (
          <span key={d.href}>
            {i > 0 ? (locale === "ja" ? "、" : ", ") : null}
            <a href={d.href} className="text-link underline" download>
              {d.label}
            </a>
          </span>
        ))}{" "}
        (
        <Link prefetch={false} href={`${localizedPath("/about", locale)}#data`} className="text-link underline">
          {t("fields")}
        </Link>
        )
      </p>
    </footer>
  );
}
