"use client";

import dynamic from "next/dynamic";
import { usePathname, useSearchParams } from "next/navigation";
import { useState } from "react";
import { type AsofRange, parseAsof } from "@/lib/asof";
import type { CenterPin } from "@/lib/centers";
import { centerSlugFromPath, publicPath } from "@/lib/routes";

export type MapStatus = "loading" | "ready" | "error";

// MapLibre (about 300 KB gzipped) is a separate chunk, fetched after the page has painted.
// (Waiting for the load event and an idle moment was measured: no less blocking time, a later
// map; see docs/performance.md.)
const CentersMap = dynamic(() => import("@/components/map/centers-map").then((m) => m.CentersMap), {
  ssr: false,
  loading: () => null,
});

/**
 * The map's client island. Mounted once in the (map) layout so it survives navigation
 * between the overview and the centre pages; the selected centre comes from the URL.
 */
export function MapIsland({
  pins,
  range,
  embedded = false,
}: {
  pins: CenterPin[];
  range: AsofRange;
  /** The chrome-less /embed variant: links stay in /embed, gestures are cooperative in an iframe. */
  embedded?: boolean;
}) {
  const pathname = publicPath(usePathname());
  const searchParams = useSearchParams();
  const asof = parseAsof(searchParams.get("asof"), range);
  const selected = centerSlugFromPath(
    pathname,
    pins.map((p) => p.slug),
  );
  const [status, setStatus] = useState<MapStatus>("loading");

  return (
    <div
      className="bg-water relative h-full w-full overflow-hidden"
      data-testid="map"
      data-map-ready={status === "ready" ? "true" : "false"}
      data-map-status={status}
      data-selected={selected ?? ""}
      data-asof={asof.date}
    >
      <CentersMap
        pins={pins}
        selected={selected}
        asof={asof}
        embedded={embedded}
        search={searchParams.toString()}
        onStatus={setStatus}
      />
      {status === "loading" ? (
        <p className="text-muted pointer-events-none absolute inset-0 flex items-center justify-center text-sm">
          Loading map…
        </p>
      ) : null}
      {status === "error" ? (
        <p role="status" className="bg-paper/95 absolute inset-x-4 top-4 rounded p-3 text-sm shadow">
          The map could not start in this browser. The list and the centre pages have every fact.
        </p>
      ) : null}
      <p className="text-muted bg-paper/90 pointer-events-none absolute bottom-2 left-2 z-10 max-w-[calc(100%-4rem)] rounded px-1.5 py-0.5 text-[0.7rem]">
        Markers are at city centres, not at the centres' buildings. Basemap: Natural Earth.
      </p>
    </div>
  );
}
