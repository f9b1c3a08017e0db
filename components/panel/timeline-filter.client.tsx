"use client";

import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "@/lib/client/i18n";

type Option = { value: string; label: string };

/**
 * Filters the server-rendered timeline it wraps, by centre and by event type. Without
 * JavaScript every event stays visible; with it, items that do not match are hidden.
 */
export function TimelineFilter({
  centres,
  types,
  total,
  children,
}: {
  centres?: Option[];
  types: Option[];
  /** How many events the timeline lists: the count is in the server's HTML, as it is once hydrated. */
  total: number;
  children: ReactNode;
}) {
  const t = useTranslations("timeline");
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  const [centre, setCentre] = useState("");
  const [hiddenTypes, setHiddenTypes] = useState<string[]>([]);
  const [shown, setShown] = useState({ visible: total, total });

  useEffect(() => {
    const items = ref.current?.querySelectorAll<HTMLLIElement>("li[data-event-id]") ?? [];
    let visible = 0;
    for (const li of items) {
      const cities = li.dataset.cities ?? "";
      const matchesCentre = !centre || cities === "all" || cities.split(" ").includes(centre);
      const matchesType = !hiddenTypes.includes(li.dataset.type ?? "");
      li.hidden = !(matchesCentre && matchesType);
      if (!li.hidden) visible++;
    }
    setShown({ visible, total: items.length });
  }, [centre, hiddenTypes]);

  return (
    <div ref={ref}>
      <fieldset className="mb-3 space-y-2 text-sm" aria-describedby={`${id}-count`}>
        <legend className="sr-only">{t("filterLegend")}</legend>
        {centres ? (
          <label className="flex items-center gap-2">
            <span>{t("centre")}</span>
            <select
              value={centre}
              onChange={(e) => setCentre(e.target.value)}
              className="border-line bg-paper rounded border px-2 py-1"
            >
              <option value="">{t("allSix")}</option>
              {centres.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className="flex flex-wrap gap-x-3 gap-y-1">
          {types.map((t) => (
            <label key={t.value} className="inline-flex items-center gap-1">
              <input
                type="checkbox"
                checked={!hiddenTypes.includes(t.value)}
                onChange={(e) =>
                  setHiddenTypes((h) => (e.target.checked ? h.filter((x) => x !== t.value) : [...h, t.value]))
                }
              />
              {t.label}
            </label>
          ))}
        </div>
        <p id={`${id}-count`} className="text-muted text-xs" aria-live="polite">
          {t("showing", { visible: shown.visible, total: shown.total })}
        </p>
      </fieldset>
      {children}
    </div>
  );
}
