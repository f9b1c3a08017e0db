import type { ReactNode } from "react";

const TONES = {
  neutral: "border-line bg-paper text-muted",
  status: "border-accent/40 bg-accent/5 text-accent-ink",
  context: "border-dashed border-muted/50 bg-paper text-muted",
} as const;

/** A small label; the text itself carries the meaning, colour only reinforces it. */
export function Badge({ tone = "neutral", children }: { tone?: keyof typeof TONES; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center rounded border px-1.5 py-0.5 text-[0.72rem] leading-none font-medium ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
