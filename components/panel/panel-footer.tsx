import Link from "next/link";
import { CiteThisView } from "@/components/panel/cite-this-view";
import { centers } from "@/lib/centers";
import { formatPartialDate } from "@/lib/dates";
import { SITE_URL } from "@/lib/site";

export const DOWNLOADS = [
  { href: "/data/centers.json", label: "centers.json" },
  { href: "/data/centers.geojson", label: "centers.geojson" },
  { href: "/data/events.json", label: "events.json" },
  { href: "/data/events.csv", label: "events.csv" },
] as const;

/** Data version, corrections, all sources, downloads, and a citation for the view. */
export function PanelFooter({ title, path }: { title: string; path: string }) {
  const version = centers.meta.dataVersion;
  return (
    <footer className="border-line space-y-3 border-t px-5 py-4 text-sm">
      <CiteThisView title={title} permalink={`${SITE_URL}${path}`} dataVersion={version} />
      <p className="text-muted">
        Last updated: data version <time dateTime={version}>{formatPartialDate(version)}</time> ·{" "}
        <Link href="/about#corrections" className="text-link underline">
          corrections log
        </Link>{" "}
        ·{" "}
        <Link href="/sources" className="text-link underline">
          all sources and conflicts
        </Link>
      </p>
      <p className="text-muted">
        Download the data:{" "}
        {DOWNLOADS.map((d, i) => (
          <span key={d.href}>
            {i > 0 ? ", " : null}
            <a href={d.href} className="text-link underline" download>
              {d.label}
            </a>
          </span>
        ))}{" "}
        (
        <Link href="/about#data" className="text-link underline">
          fields and licence
        </Link>
        )
      </p>
    </footer>
  );
}
