"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { isLocale } from "@/i18n/routing";
import { useLocale } from "@/lib/i18n-client";
import { centerPath, centerSlugFromPath, overviewPath, publicPath } from "@/lib/routes";

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
 * - announces `jcm:ready` when the map is ready and `jcm:selected` when the centre changes;
 * - keeps the embed's options in the URL when a plain link inside it is followed.
 */
export function EmbedBridge({ slugs }: { slugs: string[] }) {
  const router = useRouter();
  const current = useLocale();
  const locale = isLocale(current) ? current : "en";
  const pathname = publicPath(usePathname());
  const searchParams = useSearchParams();
  const selected = centerSlugFromPath(pathname, slugs);
  const previous = useRef<string | null | undefined>(undefined);
  const childId = searchParams.get("childId");

  // Height: AMP / Flourish / Datawrapper form, and Pym.js when it gave us a childId.
  useEffect(() => {
    let last = 0;
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      toParent({ sentinel: "amp", type: "embed-size", height });
      if (childId && /^[\w-]{1,64}$/.test(childId)) toParent(`pymxPYMx${childId}xPYMxheightxPYMx${height}`);
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.documentElement);
    report();
    return () => observer.disconnect();
  }, [childId]);

  // jcm:ready once the map container reports MapLibre's idle (it may mount after this does).
  useEffect(() => {
    let sent = false;
    const check = () => {
      if (!sent && document.querySelector("[data-testid='map'][data-map-ready='true']")) {
        sent = true;
        observer.disconnect();
        toParent({ type: "jcm:ready" } satisfies EmbedMessage);
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { attributes: true, subtree: true, attributeFilter: ["data-map-ready"] });
    check();
    return () => observer.disconnect();
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
      if (slug !== null && (typeof slug !== "string" || !slugs.includes(slug))) return;
      const search = window.location.search;
      router.push(`${slug ? centerPath(slug, true, locale) : overviewPath(true, locale)}${search}`, { scroll: false });
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [router, slugs, locale]);

  // Plain links inside the embed (the list, the close control) keep the embed's options.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const anchor = (event.target as Element | null)?.closest?.(
        "a[href^='/embed'], a[href^='/ja/embed'], a[href^='/ru/embed']",
      );
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target) return;
      const url = new URL(anchor.href);
      const current = new URLSearchParams(window.location.search);
      for (const [key, value] of current) if (!url.searchParams.has(key)) url.searchParams.set(key, value);
      event.preventDefault();
      router.push(`${url.pathname}${url.search}`, { scroll: false });
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, [router]);

  return null;
}
