"use client";

import { Suspense, useEffect, useState } from "react";
import { asofParam } from "@/lib/asof";
import { useTranslations } from "@/lib/client/i18n";
import { useView } from "@/lib/client/use-view";
import { contract } from "@/lib/contract";
import { SITE_URL } from "@/lib/site";

type Props = { title: string; permalink: string; dataVersion: string };

/**
 * "Cite this view": a ready citation (title, permalink with `asof`, data version, access date).
 * The server's permalink carries the first day of the page's state (one page serves every date
 * of a state, decision 010); in the browser it carries the date in the address.
 */
export function CiteThisView(props: Props) {
  return (
    <Suspense fallback={<Citation {...props} />}>
      <CitationAtAddress {...props} />
    </Suspense>
  );
}

function CitationAtAddress(props: Props) {
  const { view, asof } = useView();
  const path = contract.link({ ...view, asof: asofParam(asof) }, { embedded: false });
  return <Citation {...props} permalink={`${SITE_URL}${path}`} />;
}

function Citation({ title, permalink, dataVersion }: Props) {
  const t = useTranslations("footer");
  const [accessed, setAccessed] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => setAccessed(new Date().toISOString().slice(0, 10)), []);
  const citation = t("citation", {
    title,
    permalink,
    version: dataVersion,
    accessed: accessed ? t("accessed", { date: accessed }) : "",
  });

  return (
    <details className="text-sm" data-testid="cite-this-view">
      <summary className="text-link cursor-pointer py-0.5 font-medium">{t("cite")}</summary>
      <div className="border-line bg-surface mt-2 rounded border p-3">
        <p data-testid="citation" className="break-words">
          {citation}
        </p>
        <button
          type="button"
          className="border-line bg-paper hover:bg-hover mt-2 rounded border px-2 py-1 font-medium"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(citation);
              setCopied(true);
              setTimeout(() => setCopied(false), 2500);
            } catch {
              setCopied(false);
            }
          }}
        >
          {t("copyCitation")}
        </button>
        <span role="status" className="text-ok ms-2">
          {copied ? t("copied") : ""}
        </span>
      </div>
    </details>
  );
}
