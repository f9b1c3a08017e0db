// The UI's message files (next-intl). English is the reference; lib/messages.test.ts fails if a
// key is missing from, or left over in, any other language.
import type { Locale } from "@/i18n/routing";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import ru from "@/messages/ru.json";

export type Messages = typeof en;

const MESSAGES: Record<Locale, Messages> = { en, ja, ru };

/** The messages of a site language. */
export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

/**
 * The namespaces client components use; only these are sent to the browser (the rest of the
 * messages are used by server components and never leave the server).
 */
export const CLIENT_NAMESPACES = [
  "status",
  "map",
  "asof",
  "timeline",
  "share",
  "footer",
  "theme",
  "site",
  "embed",
] as const;

/** The client's share of a language's messages. */
export function clientMessages(locale: Locale): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  const all = MESSAGES[locale];
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, all[ns]])) as Pick<
    Messages,
    (typeof CLIENT_NAMESPACES)[number]
  >;
}
