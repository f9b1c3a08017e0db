import type { ReactNode } from "react";

/**
 * A titled block of the side panel. Rendered by the browser only when it comes near the viewport
 * (`data-section`, app/globals.css: content-visibility), so a map page or an embed lays out its
 * first screen, not its whole timeline and source list (issue 23).
 */
export function Section({ title, id, children }: { title: string; id?: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={id ? `${id}-title` : undefined}
      data-section={id ?? ""}
      className="border-line border-t px-5 py-4"
    >
      <h2 id={id ? `${id}-title` : undefined} className="text-muted mb-2 text-xs font-semibold tracking-wide uppercase">
        {title}
      </h2>
      {children}
    </section>
  );
}
