"use client";

import Link from "next/link";
import type { ComponentProps } from "react";
import { asofParam } from "@/lib/asof";
import { useView } from "@/lib/use-view";

/**
 * A link from the panel to another view that keeps the date in the address: the server's HTML
 * links to the latest state (every date is the same page); once hydrated, the link carries the
 * reader's date (`?asof=1999-06-01` stays 1 June).
 */
export function DatedLink(props: ComponentProps<typeof Link> & { href: string }) {
  const { asof } = useView();
  return <Link {...props} href={withDate(props.href, asofParam(asof))} />;
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
