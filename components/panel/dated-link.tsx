"use client";

import Link from "next/link";
import { type ComponentProps, Suspense } from "react";
import { asofParam } from "@/lib/asof";
import { useView } from "@/lib/use-view";

/**
 * A link from the panel to another view that keeps the date in the address. The server renders
 * one page per state (decision 010), so its links carry the state's first day; in the browser
 * they carry the reader's date (`?asof=1999-06-01` stays 1 June, not 1 July 1997).
 */
export function DatedLink(props: ComponentProps<typeof Link> & { href: string }) {
  return (
    <Suspense fallback={<Link {...props} />}>
      <LinkAtAddressDate {...props} />
    </Suspense>
  );
}

function LinkAtAddressDate(props: ComponentProps<typeof Link> & { href: string }) {
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
