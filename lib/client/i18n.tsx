"use client";

// The browser's side of the UI strings. Server components use next-intl; client components use
// these two hooks instead, which read the same client namespaces (lib/server/messages.ts) from a
// context. Why not next-intl here too: its client runtime and ICU parser were 12 KB gzipped of
// the JavaScript every page needs before it is interactive, plus message parsing on the main
// thread while the map starts (docs/performance.md). Client messages only use `{name}`
// arguments (the number of centres, `count`, is said on the server: lib/server/messages.ts
// clientMessages); lib/client/i18n.test.ts checks every one of them, in every language, against
// next-intl's own output, so a message that needs more (other plurals, tags) fails the tests.
import { createContext, type ReactNode, useCallback, useContext } from "react";
import type { Locale } from "@/lib/contract";
import type { ClientMessages } from "@/lib/server/messages";

type Args = Record<string, string | number>;
type Namespace = keyof ClientMessages;
/** "key" for flat messages, "group.key" for nested ones (timeline.types.*). */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];

const Context = createContext<{ locale: Locale; messages: ClientMessages } | null>(null);

export function ClientI18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: ClientMessages;
  children: ReactNode;
}) {
  return <Context value={{ locale, messages }}>{children}</Context>;
}

function useI18n() {
  const value = useContext(Context);
  if (!value) throw new Error("ClientI18nProvider is missing above this component");
  return value;
}

/** The page's language. */
export function useLocale(): Locale {
  return useI18n().locale;
}

/**
 * Fills `{name}` arguments in a message and reads ICU's escaped apostrophe ('') as one
 * apostrophe.
 */
export function formatMessage(message: string, args?: Args): string {
  return message
    .replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = args?.[name];
      if (value === undefined) return whole;
      // As ICU does for a plain `{name}`: a number is written as is (no grouping); messages
      // that need locale digits take the number already formatted.
      return String(value);
    })
    .replace(/''/g, "'");
}

/** A translator for one namespace of the client messages, like next-intl's. */
export function useTranslations<N extends Namespace>(namespace: N) {
  const { messages } = useI18n();
  return useCallback(
    (key: Paths<ClientMessages[N]>, args?: Args): string => {
      let node: unknown = messages[namespace];
      for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
      if (typeof node !== "string") {
        console.error(`missing message ${namespace}.${key}`);
        return `${namespace}.${key}`;
      }
      return formatMessage(node, args);
    },
    [messages, namespace],
  );
}
