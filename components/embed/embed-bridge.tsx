"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { contract } from "@/lib/contract";
import { useView } from "@/lib/use-view";

/** Messages an embed sends to its host page (docs/embedding.md). */
export type EmbedMessage = { type: "jcm:ready" } | { type: "jcm:selected"; slug: string | null };

function toParent(message: unknown) {
  if (window.parent !== window) window.parent.postMessage(message, "*");
}

/**
 * The embed's side of the conversation with the host page:
 * - reports its height whenever it changes, as the AMP/Flourish/Datawrapper message and, when
 *   the URL has Pym's `childId`, as Pym.js's string message;
 * - selects a centre on `{type: "jcm:select", slug}` (slug null: the overview);
 * - announces `jcm:ready` once it has hydrated (the map drawn on the server is usable) and
 *   `jcm:selected` when the centre changes;
 * - keeps the embed's options in the URL when a plain link inside it is followed.
 */
export function EmbedBridge() {
  const router = useRouter();
  const { view } = useView();
  const selected = view.slug;
  const previous = useRef<string | null | undefined>(undefined);
  const childId = view.options.childId;
  // The host's messages and plain links go to views of this embed: same language, options, date.
  const viewRef = useRef(view);
  viewRef.current = view;

  // Height: AMP / Flourish / Datawrapper form, and Pym.js when it gave us a childId.
  useEffect(() => {
    let last = 0;
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      toParent({ sentinel: "amp", type: "embed-size", height });
      if (childId) toParent(`pymxPYMx${childId}xPYMxheightxPYMx${height}`);
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.documentElement);
    report();
    return () => observer.disconnect();
  }, [childId]);

  // jcm:ready once the page has hydrated: its map (drawn on the server) is then fully usable,
  // markers, host messages and all; MapLibre starts only if the reader asks (decision 009).
  useEffect(() => {
    toParent({ type: "jcm:ready" } satisfies EmbedMessage);
  }, []);

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
      router.push(contract.link(viewRef.current, target), { scroll: false });
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
      if (!target?.embedded) return;
      event.preventDefault();
      router.push(contract.href({ ...target, options: viewRef.current.options }), { scroll: false });
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, [router]);

  return null;
}
