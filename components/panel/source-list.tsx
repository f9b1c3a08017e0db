import { Section } from "@/components/ui/section";
import { centers } from "@/lib/centers";
import { formatPartialDate } from "@/lib/dates";
import { CONFIDENCE_LABEL, languageName } from "@/lib/text";

/** Every source the page cites: title, publisher, date, language and reliability. */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const sources = centers.sources(ids);
  return (
    <Section title={`Sources (${sources.length})`} id="sources">
      <ol className="space-y-2 text-sm" aria-label="Sources cited on this page">
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
                — {s.publisher}, {s.published ? formatPartialDate(s.published) : "undated"}, {languageName(s.language)},{" "}
                {CONFIDENCE_LABEL[s.reliability]}
              </span>
            </li>
          ))}
      </ol>
    </Section>
  );
}
