import type { Metadata } from "next";
import Link from "next/link";
import { DOWNLOADS } from "@/components/panel/panel-footer";
import { PageShell } from "@/components/ui/page-shell";
import { centers } from "@/lib/centers";
import { formatPartialDate } from "@/lib/dates";
import { shareMetadata } from "@/lib/page-metadata";

const description =
  "How the Japan Centers Map was made: the dataset, its sources, its corrections log and the downloads.";

export const metadata: Metadata = {
  title: "About this map",
  description,
  ...shareMetadata("/about", "About this map", description, "overview"),
};

export default function AboutPage() {
  const { meta } = centers;
  return (
    <PageShell>
      <h1 className="text-3xl font-bold">About this map</h1>
      <p className="mt-3">
        The Japan Centers Map shows the six centres that Japan ran in Russia from 1994, run by the{" "}
        {meta.organisation.en} (<span lang="ru">{meta.organisation.ru}</span>;{" "}
        <span lang="ja">{meta.organisation.ja}</span>). Each fact comes from a research dossier compiled by the project
        team from archived copies of public web pages ({meta.compiled}) and carries the sources it rests on; where
        sources disagree, the map shows every version. Markers stand at city centres: no source gives the coordinates of
        the centres' buildings.
      </p>

      <h2 className="mt-8 text-xl font-semibold">Still unknown</h2>
      <ul className="mt-2 list-disc space-y-1 ps-5">
        {meta.openQuestions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>

      <h2 className="mt-8 text-xl font-semibold" id="data">
        The data
      </h2>
      <p className="mt-2">
        Data version <time dateTime={meta.dataVersion}>{formatPartialDate(meta.dataVersion)}</time>. Downloads,
        generated from the same validated data as the pages:
      </p>
      <ul className="mt-2 list-disc space-y-1 ps-5">
        {DOWNLOADS.map((d) => (
          <li key={d.href}>
            <a href={d.href} className="text-link underline" download>
              {d.label}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        <code>centers.json</code>: the six centres with names, city-centre coordinates, addresses, opening dates (the
        preferred one first, then the others with their sources), closure and latest status.{" "}
        <code>centers.geojson</code>: the same centres as a FeatureCollection of Points. <code>events.json</code>: every
        event, conflict and source. <code>events.csv</code>: one row per event and centre (a network-wide event has a
        row for each of the six), with its source ids.
      </p>
      <p className="mt-2 text-sm">
        Licence: the compilation is published under{" "}
        <a href={meta.licence.url} className="text-link underline" rel="noopener noreferrer external">
          {meta.licence.name}
        </a>
        ; credit “{meta.licence.attribution}”. The facts belong to the sources cited with each record.
      </p>

      <h2 className="mt-8 text-xl font-semibold" id="corrections">
        Corrections log
      </h2>
      <ol className="mt-2 space-y-4">
        {centers.changelog().map((entry) => (
          <li key={entry.version} data-version={entry.version}>
            <p className="font-semibold">
              Version <time dateTime={entry.version}>{formatPartialDate(entry.version)}</time>
            </p>
            <p>{entry.summary}</p>
            <ul className="mt-1 list-disc space-y-0.5 ps-5 text-sm">
              {entry.changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>

      <p className="mt-8">
        <Link href="/sources" className="text-link underline">
          All sources and conflicts
        </Link>
      </p>
    </PageShell>
  );
}
