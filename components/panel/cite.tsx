import { useTranslations } from "next-intl";
import { contract } from "@/lib/contract";
import { useCenters, usePageLocale } from "@/lib/server/use-centers";

/**
 * Citation marks for a fact: one numbered link per source, to its entry in the page's source
 * list (or, with `onSourcesPage`, on /sources: for parts shown on every page, such as the legend).
 * Numbers are site-wide (a source's place in data/sources.json); each mark names its id.
 */
export function Cite({ ids, onSourcesPage = false }: { ids: readonly string[]; onSourcesPage?: boolean }) {
  const t = useTranslations("sourceList");
  const centers = useCenters();
  const locale = usePageLocale();
  const sources = centers.sources(ids);
  if (sources.length === 0) return null;
  const base = onSourcesPage ? contract.page(locale, "sources") : "";
  return (
    <sup className="ms-0.5 text-[0.68em] font-normal whitespace-normal" data-cite={sources.map((s) => s.id).join(" ")}>
      [
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? ", " : null}
          <a
            href={`${base}#source-${s.id}`}
            title={`${s.id}: ${s.title} (${s.publisher})`}
            aria-label={t("cite", { number: centers.sourceNumber(s.id) ?? 0, id: s.id })}
            className="text-link no-underline hover:underline"
          >
            {centers.sourceNumber(s.id)}
          </a>
        </span>
      ))}
      ]
    </sup>
  );
}
