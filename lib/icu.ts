// What the site's own code reads of an ICU message (next-intl formats them): which arguments a
// message takes, and a message with its count filled in for the client, whose small translator
// reads only `{name}` (lib/client/i18n.tsx; lib/server/messages.ts `clientMessages`). Read by FormatJS's
// parser, the one next-intl's formatter uses, and written back by its printer.
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { printAST } from "@formatjs/icu-messageformat-parser/printer.js";

/** A message read as next-intl reads it (rich-text tags as tags). */
export const readIcu = (message: string) => parse(message, { ignoreTag: false });

/** Every element of a message, its options' and tags' included, depth first. */
export function* elements(nodes: readonly MessageFormatElement[]): Generator<MessageFormatElement> {
  for (const node of nodes) {
    yield node;
    if (node.type === TYPE.tag) yield* elements(node.children);
    if (node.type === TYPE.plural || node.type === TYPE.select) {
      for (const option of Object.values(node.options)) yield* elements(option.value);
    }
  }
}

/** The names of the arguments a message takes, its options' included, each once, sorted. */
export function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  for (const e of elements(readIcu(message))) {
    if (e.type !== TYPE.literal && e.type !== TYPE.pound && e.type !== TYPE.tag) names.add(e.value);
  }
  return [...names].sort();
}

/** The options a message's argument chooses between (`=6`, `one`, `few`, …), in the order written. */
export function optionsOf(message: string, arg: string): string[] {
  return [...elements(readIcu(message))].flatMap((e) =>
    (e.type === TYPE.plural || e.type === TYPE.select) && e.value === arg ? Object.keys(e.options) : [],
  );
}

/** The literal text of a message outside its exact options (`=6`): where a count is said in numerals. */
export function textOutsideExactOptions(message: string): string {
  const walk = (nodes: readonly MessageFormatElement[]): string =>
    nodes
      .map((node) => {
        if (node.type === TYPE.literal) return node.value;
        if (node.type === TYPE.tag) return walk(node.children);
        if (node.type === TYPE.plural || node.type === TYPE.select) {
          return Object.entries(node.options)
            .filter(([key]) => !key.startsWith("="))
            .map(([, option]) => walk(option.value))
            .join(" ");
        }
        return "";
      })
      .join("");
  return walk(readIcu(message));
}

/**
 * A message with its plural (or ordinal) argument `arg` filled in with `value` as ICU would (an
 * exact option `=N` first, then the language's plural category; `#` is the number), and the rest
 * of the message left as written.
 */
export function fillPlural(message: string, arg: string, value: number, intlLocale: string): string {
  const number = new Intl.NumberFormat(intlLocale).format(value);
  const fill = (nodes: readonly MessageFormatElement[], inOption: boolean): MessageFormatElement[] =>
    nodes.flatMap((node): MessageFormatElement[] => {
      if (node.type === TYPE.pound && inOption) return [{ type: TYPE.literal, value: number }];
      if (node.type === TYPE.tag) return [{ ...node, children: fill(node.children, inOption) }];
      if (node.type === TYPE.argument && node.value === arg) return [{ type: TYPE.literal, value: number }];
      if (node.type === TYPE.plural && node.value === arg) {
        const category = new Intl.PluralRules(intlLocale, { type: node.pluralType }).select(value);
        const chosen = node.options[`=${value}`] ?? node.options[category] ?? node.options.other;
        return fill(chosen?.value ?? [], true);
      }
      if (node.type === TYPE.plural || node.type === TYPE.select) {
        const options = Object.fromEntries(
          Object.entries(node.options).map(([key, option]) => [key, { ...option, value: fill(option.value, false) }]),
        );
        return [{ ...node, options }];
      }
      return [node];
    });
  return printAST(fill(readIcu(message), false));
}
