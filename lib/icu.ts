// The little of ICU message syntax the site's own code reads (next-intl formats the messages):
// which arguments a message takes, and a message with one plural argument filled in, for the
// client, whose small translator reads only `{name}` (lib/i18n-client.tsx; lib/messages.ts
// `clientMessages`). It reads what messages/*.json write: `{name}`, `{name, type}`, `{name, type,
// style}`, and `{name, plural|selectordinal|select, key {message} …}`; an apostrophe is text.

/** A message read into its text and its arguments; a plural's options are messages again. */
export type IcuPart =
  | { text: string }
  | { arg: string; kind: string | null; source: string; options: [string, IcuPart[]][] | null };

const BRANCHING = new Set(["plural", "selectordinal", "select"]);

/** Reads a message; throws on a brace it cannot read, naming the message. */
export function parseIcu(message: string): IcuPart[] {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`ICU: ${what} at ${i} in "${message}"`);
  };
  const skipSpace = () => {
    while (/\s/.test(message[i] ?? "")) i++;
  };
  const parseMessage = (inOption: boolean): IcuPart[] => {
    const parts: IcuPart[] = [];
    let text = "";
    while (i < message.length) {
      const ch = message[i];
      if (ch === "}") {
        if (!inOption) fail("unmatched }");
        break;
      }
      if (ch === "{") {
        if (text) parts.push({ text });
        text = "";
        parts.push(parseArgument());
        continue;
      }
      text += ch;
      i++;
    }
    if (text) parts.push({ text });
    return parts;
  };
  const parseArgument = (): IcuPart => {
    const start = i;
    i++;
    const head = /^\s*(\w+)\s*(?:,\s*(\w+)\s*)?([,}])/.exec(message.slice(i));
    if (!head) return fail("unreadable argument");
    const [whole, arg = "", kind = null, end] = head;
    i += whole.length;
    if (end === "}") return { arg, kind, source: message.slice(start, i), options: null };
    if (!kind || !BRANCHING.has(kind)) {
      // A style (`{n, number, integer}`): up to the brace that closes the argument.
      let depth = 1;
      while (i < message.length && depth > 0) {
        if (message[i] === "{") depth++;
        else if (message[i] === "}") depth--;
        i++;
      }
      if (depth > 0) fail("unclosed argument");
      return { arg, kind, source: message.slice(start, i), options: null };
    }
    const options: [string, IcuPart[]][] = [];
    for (;;) {
      skipSpace();
      if (message[i] === "}") {
        i++;
        break;
      }
      const key = /^(=?[\w-]+)\s*\{/.exec(message.slice(i));
      if (!key?.[1]) return fail("unreadable option");
      i += key[0].length;
      const value = parseMessage(true);
      if (message[i] !== "}") fail("unclosed option");
      i++;
      options.push([key[1], value]);
    }
    if (!options.some(([k]) => k === "other")) fail(`"${arg}" has no "other" option`);
    return { arg, kind, source: message.slice(start, i), options };
  };
  return parseMessage(false);
}

/** The names of the arguments a message takes, its options' included, each once, sorted. */
export function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (parts: IcuPart[]) => {
    for (const p of parts) {
      if ("arg" in p) {
        names.add(p.arg);
        for (const [, value] of p.options ?? []) walk(value);
      }
    }
  };
  walk(parseIcu(message));
  return [...names].sort();
}

/** The options a message's argument chooses between (`=6`, `one`, `few`, …), in the order written. */
export function optionsOf(message: string, arg: string): string[] {
  const out: string[] = [];
  const walk = (parts: IcuPart[]) => {
    for (const p of parts) {
      if (!("arg" in p)) continue;
      if (p.arg === arg && p.options) out.push(...p.options.map(([k]) => k));
      for (const [, value] of p.options ?? []) walk(value);
    }
  };
  walk(parseIcu(message));
  return out;
}

/** The text of a message's options other than its exact ones (`=6`), where a count is said in numerals. */
export function textOutsideExactOptions(message: string): string {
  const walk = (parts: IcuPart[]): string =>
    parts
      .map((p) => {
        if ("text" in p) return p.text;
        if (!p.options) return p.source;
        return p.options
          .filter(([k]) => !k.startsWith("="))
          .map(([, value]) => walk(value))
          .join(" ");
      })
      .join("");
  return walk(parseIcu(message));
}

/**
 * A message with its plural (or ordinal) argument `arg` filled in with `value` as ICU would (an
 * exact option `=N` first, then the language's plural category; `#` is the number), and the rest
 * of the message left as written.
 */
export function fillPlural(message: string, arg: string, value: number, intlLocale: string): string {
  if (!new RegExp(`\\{\\s*${arg}\\s*[,}]`).test(message)) return message;
  const fail = (source: string): never => {
    throw new Error(`ICU: cannot fill ${source} with ${value} in "${message}"`);
  };
  const number = new Intl.NumberFormat(intlLocale).format(value);
  const print = (parts: IcuPart[], hash: string | null): string =>
    parts
      .map((p) => {
        if ("text" in p) return hash === null ? p.text : p.text.replaceAll("#", hash);
        if (p.arg !== arg) return p.source;
        // `{count}` says the number as `#` does (Japanese has no plural forms: `{count}か所`).
        if (p.kind === null) return number;
        if (!p.options || (p.kind !== "plural" && p.kind !== "selectordinal")) return fail(p.source);
        const category = new Intl.PluralRules(intlLocale, {
          type: p.kind === "selectordinal" ? "ordinal" : "cardinal",
        }).select(value);
        const chosen =
          p.options.find(([k]) => k === `=${value}`) ??
          p.options.find(([k]) => k === category) ??
          p.options.find(([k]) => k === "other");
        return print(chosen?.[1] ?? [], number);
      })
      .join("");
  return print(parseIcu(message), null);
}
