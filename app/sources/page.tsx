import type { Metadata } from "next";
import { ConflictNote } from "@/components/panel/conflict-note";
import { PageShell } from "@/components/ui/page-shell";
import { centers } from "@/lib/centers";
import { formatPartialDate } from "@/lib/dates";
import { shareMetadata } from "@/lib/page-metadata";
import { CONFIDENCE_LABEL, languageName } from "@/lib/text";

const description = "Every source behind the Japan Centers Map, and every point on which the sources disagree.";

export const metadata: Metadata = {
  title: "Sources and conflicts",
  description,
  ...shareMetadata("/sources", "Sources and conflicts", description, "overview"),
};

export default function SourcesPage() {
  const sources = centers.allSources();
  const conflicts = centers.conflicts();
  return (
    <PageShell>
      <h1 className="text-3xl font-bold">Sources and conflicts</h1>
      <p className="mt-3">
        Every fact on the map carries numbered marks that lead to the sources below. The number of a source is the same
        on every page. Reliability classes: <strong>official</strong> (a government or the organisation itself),{" "}
        <strong>reputable press</strong> (wire services, major newspapers and broadcasters) and{" "}
        <strong>secondary</strong> (aggregators, reposts, small outlets, blogs).
      </p>

      <h2 className="mt-8 text-xl font-semibold" id="conflicts">
        Where the sources disagree ({conflicts.length})
      </h2>
      <div className="mt-3 space-y-3">
        {conflicts.map((c) => (
          <ConflictNote key={c.id} conflict={c} />
        ))}
      </div>

      <h2 className="mt-8 text-xl font-semibold" id="sources">
        All sources ({sources.length})
      </h2>
      <ol className="mt-3 space-y-3" aria-label="All sources">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`} className="target:bg-note scroll-mt-4">
            <span className="font-semibold">[{centers.sourceNumber(s.id)}]</span>{" "}
            <a href={s.url} className="text-link underline" rel="noopener noreferrer external">
              {s.title}
            </a>
            <br />
            <span className="text-muted text-sm">
              <span className="font-mono">{s.id}</span> · {s.publisher} ·{" "}
              {s.published ? formatPartialDate(s.published) : "undated"} · {languageName(s.language)} ·{" "}
              {CONFIDENCE_LABEL[s.reliability]}
            </span>
            {s.note ? <span className="mt-0.5 block text-sm">{s.note}</span> : null}
          </li>
        ))}
      </ol>
    </PageShell>
  );
}
