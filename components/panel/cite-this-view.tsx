"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "@/lib/i18n-client";

/** "Cite this view": a ready citation (title, permalink with `asof`, data version, access date). */
export function CiteThisView({
  title,
  permalink,
  dataVersion,
}: {
  title: string;
  permalink: string;
  dataVersion: string;
}) {
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
