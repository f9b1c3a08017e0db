"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";
import { asofParam } from "@/lib/asof";
import { useView } from "@/lib/client/use-view";

type Props = ComponentProps<typeof Link> & { href: string };

/**
 * A link to another view of the map, whose address carries the date shown. Next prefetches a
 * link's page when it comes into view, keyed by its whole address: every move of the date would
 * then fetch every visible link's page again (the same page, under another `?asof=`). So these
 * links fetch on the reader's intent instead (pointer over it, a touch, keyboard focus), once per
 * address, and moving the date fetches nothing (decision 012).
 */
export function IntentLink(props: Props) {
  const router = useRouter();
  const prefetch = () => router.prefetch(props.href);
  return (
    <Link
      {...props}
      prefetch={false}
      onPointerEnter={prefetch}
      onTouchStart={prefetch}
      onFocus={(e) => {
        prefetch();
        props.onFocus?.(e);
      }}
    />
  );
}

/**
 * A link from the panel to another view that keeps the date in the address: the server's HTML
 * links to the latest state (every date is the same page); once hydrated, the link carries the
 * reader's date (`?asof=1999-06-01` stays 1 June).
 */
export function DatedLink(props: Props) {
  const { asof } = useView();
  return <IntentLink {...props} href={withDate(props.href, asofParam(asof))} />;
}

/** `href` with its `asof` set to `date` (or removed for none), its other parameters and fragment kept. */
function withDate(href: string, date: string | null): string {
  const [rest = "", hash] = href.split("#");
  const [path = "/", query = ""] = rest.split("?");
  const q = new URLSearchParams(query);
  if (!q.has("asof") && date === null) return href;
  const params = [...q].filter(([key]) => key !== "asof");
  const out = new URLSearchParams(params);
  if (date) out.set("asof", date);
  const s = out.toString();
  return `${path}${s ? `?${s}` : ""}${hash === undefined ? "" : `#${hash}`}`;
}
