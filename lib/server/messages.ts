// The UI's message files (next-intl), messages/<locale>.json for each language of the URL
// contract. English is the reference (and gives the type); lib/server/messages.test.ts fails if a key is
// missing from, or left over in, any other language. Server only: the client gets its share
// through clientMessages().
import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { contract, LANGUAGES, type Locale } from "@/lib/contract";
import { fillPlural } from "@/lib/icu";
import en from "@/messages/en.json";

export type Messages = typeof en;

const MESSAGES = Object.fromEntries(
  contract.locales.map((locale) => [
    locale,
    locale === contract.defaultLocale
      ? en
      : (JSON.parse(readFileSync(join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Messages),
  ]),
) as Record<Locale, Messages>;

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

/** The part of the messages client components read (lib/client/i18n.tsx). */
export type ClientMessages = Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;

/** A tree of messages: namespaces and groups down to the message texts. */
export type MessageTree = { [key: string]: string | MessageTree };

/** Every message of a tree, as "namespace.key" → text. */
export function messageLeaves(tree: MessageTree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of messageLeaves(v, key)) out.set(kk, vv);
  }
  return out;
}

/**
 * A message tree for the client: without rich-text messages (`<tag>`), which only server
 * components render, and with `{count, plural, …}` already said for the number of centres.
 */
const forClient = (tree: MessageTree, fill: (text: string) => string): MessageTree =>
  Object.fromEntries(
    Object.entries(tree)
      .filter(([, v]) => typeof v !== "string" || !/<\w+>/.test(v))
      .map(([k, v]) => [k, typeof v === "string" ? fill(v) : forClient(v, fill)]),
  );

/**
 * The client's share of a language's messages: the client namespaces, less the rich-text
 * messages the client's small translator does not read (lib/client/i18n.tsx). `count`, the number
 * of centres in the data, is filled in here, on the server ("all six", "all 7"; lib/icu.ts): the
 * client's translator reads only `{name}` arguments, and its messages' plurals never change.
 */
export function clientMessages(locale: Locale, { count }: { count: number }): ClientMessages {
  const all = MESSAGES[locale];
  const fill = (text: string) => fillPlural(text, "count", count, LANGUAGES[locale].intl);
  return Object.fromEntries(
    CLIENT_NAMESPACES.map((ns) => [ns, forClient(all[ns] as unknown as MessageTree, fill)]),
  ) as unknown as ClientMessages;
}
