"use client";

import { useEffect, useId, useRef, useState } from "react";
import { type AsofRange, asofParam, dateForMonthIndex, monthIndex, parseAsof } from "@/lib/asof";
import { useLocale, useTranslations } from "@/lib/client/i18n";
import { useAsofRange, useSetDate, useView } from "@/lib/client/use-view";
import { dateFormatters } from "@/lib/dates";

// The slider writes the address at most this often while it moves (the state is shown at once).
const URL_DELAY_MS = 250;

/**
 * The date scrubber: a month slider (arrows ±1 month, Page Up/Down ±1 year, Home/End), a date
 * field for an exact day, Play through the years, and Latest. Each shows the date at once, in
 * place (lib/date-state.ts: the page carries every state), and writes `?asof=` to the address;
 * nothing is fetched (decision 012).
 */
export function AsofControl() {
  const range = useAsofRange();
  const setUrlDate = useSetDate();
  const { asof } = useView();
  const date = asofParam(asof);
  const [playing, setPlaying] = useState(false);
  // Until it has read the address (after hydration) the control does not claim a date: a dated
  // link's page shows its date everywhere else from the first paint (app/globals.css).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const maxIndex = monthIndex(range.max, range);

  // Play: a year per step; slower for readers who ask for reduced motion.
  const dateRef = useRef(date);
  dateRef.current = date;
  useEffect(() => {
    if (!playing) return;
    const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    const interval = setInterval(
      () => {
        const current = dateRef.current;
        const at = current ? monthIndex(current, range) : maxIndex;
        if (at >= maxIndex) {
          setPlaying(false);
          return;
        }
        setUrlDate(dateForMonthIndex(Math.min(at + 12, maxIndex), range));
      },
      reduced ? 2500 : 1200,
    );
    return () => clearInterval(interval);
  }, [playing, range, maxIndex, setUrlDate]);

  return (
    <AsofControlView
      range={range}
      date={date}
      playing={playing}
      ready={ready}
      onSet={(next, delay) => {
        setPlaying(false);
        setUrlDate(next, delay);
      }}
      onTogglePlay={() => {
        const index = monthIndex(date ?? range.max, range);
        if (!playing && index >= maxIndex) setUrlDate(dateForMonthIndex(0, range));
        setPlaying((p) => !p);
      }}
    />
  );
}

/** The scrubber's markup. */
export function AsofControlView({
  range,
  date,
  playing = false,
  ready = true,
  onSet,
  onTogglePlay,
}: {
  range: AsofRange;
  date: string | null;
  playing?: boolean;
  ready?: boolean;
  onSet: (date: string | null, delay?: number) => void;
  onTogglePlay: () => void;
}) {
  const id = useId();
  const t = useTranslations("asof");
  const { date: formatDate } = dateFormatters(useLocale());
  const maxIndex = monthIndex(range.max, range);
  const shownDate = date ?? range.max;
  const index = monthIndex(shownDate, range);
  const label = date ? formatDate(date) : t("latestLabel", { date: formatDate(range.max) });

  return (
    <section
      aria-label={t("region")}
      className="space-y-2"
      data-testid="asof-control"
      data-ready={ready ? "" : undefined}
    >
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={`${id}-slider`} className="text-muted text-xs font-medium tracking-wide uppercase">
          {t("label")}
        </label>
        <output htmlFor={`${id}-slider`} className="text-sm font-semibold" data-testid="asof-label">
          {label}
        </output>
      </div>
      <input
        id={`${id}-slider`}
        type="range"
        min={0}
        max={maxIndex}
        step={1}
        value={index}
        aria-valuetext={label}
        className="w-full accent-[#8c1d18]"
        onChange={(e) => onSet(dateForMonthIndex(Number(e.target.value), range), URL_DELAY_MS)}
        onKeyDown={(e) => {
          if (e.key !== "PageUp" && e.key !== "PageDown") return;
          e.preventDefault();
          const step = e.key === "PageUp" ? 12 : -12;
          onSet(dateForMonthIndex(Math.min(maxIndex, Math.max(0, index + step)), range), URL_DELAY_MS);
        }}
      />
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label className="inline-flex items-center gap-1">
          <span className="sr-only">{t("exactDate")}</span>
          <input
            type="date"
            min={range.min}
            max={range.max}
            value={shownDate}
            onChange={(e) => {
              const parsed = parseAsof(e.target.value, range);
              if (parsed.kind === "date" || parsed.kind === "clamped") onSet(parsed.date);
            }}
            className="border-line bg-paper rounded border px-1.5 py-0.5"
          />
        </label>
        <button
          type="button"
          aria-pressed={playing}
          onClick={onTogglePlay}
          className="border-line bg-paper hover:bg-hover rounded border px-2 py-0.5 font-medium"
        >
          {playing ? t("pause") : t("play")}
        </button>
        <button
          type="button"
          disabled={date === null}
          onClick={() => onSet(null)}
          className="border-line bg-paper hover:bg-hover rounded border px-2 py-0.5 font-medium disabled:opacity-50"
        >
          {t("latest")}
        </button>
      </div>
    </section>
  );
}
