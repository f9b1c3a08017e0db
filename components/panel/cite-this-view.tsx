"use client";

import { useEffect, useState } from "react";

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
  const [accessed, setAccessed] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => setAccessed(new Date().toISOString().slice(0, 10)), []);
  const citation = `“${title}”. Japan Centers Map. ${permalink} (data version ${dataVersion}${
    accessed ? `; accessed ${accessed}` : ""
  }).`;

  return (
    <details className="text-sm" data-testid="cite-this-view">
      <summary className="cursor-pointer font-medium text-blue-800">Cite this view</summary>
      <div className="border-line mt-2 rounded border bg-slate-50 p-3">
        <p data-testid="citation" className="break-words">
          {citation}
        </p>
        <button
          type="button"
          className="border-line mt-2 rounded border bg-white px-2 py-1 font-medium hover:bg-slate-100"
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
          Copy citation
        </button>
        <span role="status" className="ms-2 text-green-800">
          {copied ? "Copied" : ""}
        </span>
      </div>
    </details>
  );
}
