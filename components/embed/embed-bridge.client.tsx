"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useView } from "@/lib/client/use-view";
import { contract } from "@/lib/contract";

/** Messages an embed sends to its host page (docs/embedding.md). */
export type EmbedMessage = { type: "jcm:ready" } | { type: "jcm:selected"; slug: string | null };

/**
 * The view in the address now: the host's messages and plain links go to views of this embed, in
 * its language, options and date. Read at the event, not from the last render: a click held by
 * the early script is replayed as soon as the page has hydrated.
 */
function here() {
  return contract.parseView(window.location.pathname, new URLSearchParams(window.location.search));
}

function toParent(message: unknown) {
  if (window.parent !== window) window.parent.postMessage(message, "*");
}

/**
 * The embed's side of the conversation with the host page once the application runs (before, the
 * early script reports the height, announces `jcm:ready` and holds the host's messages:
 * lib/browser/early-script.ts):
 * - selects a centre on `{type: "jcm:select", slug}` (slug null: the overview);
 * - announces `jcm:selected` when the centre changes;
 * - keeps the embed's options in the URL when a plain link inside it is followed.
 */
export function EmbedBridge() {
  const router = useRouter();
  const { view } = useView();
  const selected = view.slug;
  const previous = useRef<string | null | undefined>(undefined);

  // jcm:selected whenever the centre changes (not for the first render).
  useEffect(() => {
    if (previous.current !== undefined && previous.current !== selected) {
      toParent({ type: "jcm:selected", slug: selected } satisfies EmbedMessage);
    }
    previous.current = selected;
  }, [selected]);

  // The host selects: {type: "jcm:select", slug}. Anything else is ignored.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || window.parent === window) return;
      const data: unknown = event.data;
      if (!data || typeof data !== "object" || (data as { type?: unknown }).type !== "jcm:select") return;
      const slug = (data as { slug?: unknown }).slug;
      if (slug !== null && !contract.isSlug(slug)) return;
      const target = slug ? { page: "centre" as const, slug } : { page: "overview" as const };
      const view = here();
      if (view) router.push(contract.link(view, target), { scroll: false });
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [router]);

  // Plain links inside the embed (the list, the close control; drawn on the server, which does
  // not know the embed's options) keep the embed's options: a link to another view of the embed
  // goes to that view with this embed's options.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const anchor = (event.target as Element | null)?.closest?.("a[href]");
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target || anchor.origin !== window.location.origin) return;
      const target = contract.parseView(anchor.pathname, new URLSearchParams(anchor.search));
      const view = here();
      if (!target?.embedded || !view) return;
      event.preventDefault();
      router.push(contract.href({ ...target, options: view.options }), { scroll: false });
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, [router]);

  return null;
}
