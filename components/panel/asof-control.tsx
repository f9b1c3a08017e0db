"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { type AsofRange, asofParam, dateForMonthIndex, monthIndex, parseAsof } from "@/lib/asof";
import { contract } from "@/lib/contract";
import { dateFormatters } from "@/lib/dates";
import { useLocale, useTranslations } from "@/lib/i18n-client";
import { useView } from "@/lib/use-view";

const URL_DELAY_MS = 250;

/**
 * The date scrubber: a month slider (arrows ±1 month, Page Up/Down ±1 year, Home/End), a date
 * field for an exact day, Play through the years, and Latest. It writes `?asof=` to the URL;
 * the server renders that date's state, and the map reads it from the URL.
 */
export function AsofControl({ range }: { range: AsofRange }) {
  const router = useRouter();
  const { view, asof } = useView();
  const urlDate = asofParam(asof);
  const viewRef = useRef(view);
  viewRef.current = view;
  const [date, setDate] = useState<string | null>(urlDate);
  const [playing, setPlaying] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const maxIndex = monthIndex(range.max, range);

  // Follow the URL when it changes from outside (back/forward, a link).
  useEffect(() => setDate(urlDate), [urlDate]);

  const navigate = useCallback(
    (next: string | null, delay = 0) => {
      if (timer.current) clearTimeout(timer.current);
      // The view at the time of going (a ref: Play must not restart with every step's new URL).
      const go = () =>
        router.replace(`${contract.link(viewRef.current, { asof: next })}${window.location.hash}`, { scroll: false });
      if (delay > 0) timer.current = setTimeout(go, delay);
      else go();
    },
    [router],
  );

  const set = useCallback(
    (next: string | null, delay = 0) => {
      setDate(next);
      navigate(next, delay);
    },
    [navigate],
  );

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
        set(dateForMonthIndex(Math.min(at + 12, maxIndex), range));
      },
      reduced ? 2500 : 1200,
    );
    return () => clearInterval(interval);
  }, [playing, range, maxIndex, set]);

  return (
    <AsofControlView
      range={range}
      date={date}
      playing={playing}
      onSet={(next, delay) => {
        setPlaying(false);
        set(next, delay);
      }}
      onTogglePlay={() => {
        const index = monthIndex(date ?? range.max, range);
        if (!playing && index >= maxIndex) set(dateForMonthIndex(0, range));
        setPlaying((p) => !p);
      }}
    />
  );
}

/**
 * The scrubber's markup. Without handlers it renders disabled, at the same size: the
 * placeholder shown until the interactive control (which reads the URL) takes over.
 */
export function AsofControlView({
  range,
  date,
  playing = false,
  onSet,
  onTogglePlay,
}: {
  range: AsofRange;
  date: string | null;
  playing?: boolean;
  onSet?: (date: string | null, delay?: number) => void;
  onTogglePlay?: () => void;
}) {
  const disabled = !onSet;
  // A streamed page holds both the placeholder and the live control in its HTML (the live one
  // hidden until React swaps them in), and useId can give both the same id: the placeholder's
  // ids are its own, so the page never has a duplicate id.
  const reactId = useId();
  const id = disabled ? "asof-placeholder" : reactId;
  const t = useTranslations("asof");
  const { date: formatDate } = dateFormatters(useLocale());
  const maxIndex = monthIndex(range.max, range);
  const shownDate = date ?? range.max;
  const index = monthIndex(shownDate, range);
  const label = date ? formatDate(date) : t("latestLabel", { date: formatDate(range.max) });

  return (
    <section aria-label={t("region")} className="space-y-2" data-testid="asof-control">
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
        disabled={disabled}
        onChange={(e) => onSet?.(dateForMonthIndex(Number(e.target.value), range), URL_DELAY_MS)}
        onKeyDown={(e) => {
          if (e.key !== "PageUp" && e.key !== "PageDown") return;
          e.preventDefault();
          const step = e.key === "PageUp" ? 12 : -12;
          onSet?.(dateForMonthIndex(Math.min(maxIndex, Math.max(0, index + step)), range), URL_DELAY_MS);
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
            disabled={disabled}
            onChange={(e) => {
              const parsed = parseAsof(e.target.value, range);
              if (parsed.kind === "date" || parsed.kind === "clamped") onSet?.(parsed.date);
            }}
            className="border-line bg-paper rounded border px-1.5 py-0.5"
          />
        </label>
        <button
          type="button"
          aria-pressed={playing}
          disabled={disabled}
          onClick={onTogglePlay}
          className="border-line bg-paper hover:bg-hover rounded border px-2 py-0.5 font-medium"
        >
          {playing ? t("pause") : t("play")}
        </button>
        <button
          type="button"
          disabled={disabled || date === null}
          onClick={() => onSet?.(null)}
          className="border-line bg-paper hover:bg-hover rounded border px-2 py-0.5 font-medium disabled:opacity-50"
        >
          {t("latest")}
        </button>
      </div>
    </section>
  );
}
