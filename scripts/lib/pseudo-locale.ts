// The pseudo-locale (en-XA): English with every letter accented and a third longer, as large
// i18n teams test with. A page in it shows at a glance the text nobody translated (plain ASCII
// letters) and the boxes that break when a language runs long. Only a test build has it
// (NEXT_PUBLIC_PSEUDO_LOCALE=1, scripts/pseudo-build.ts; docs/testing.md): it never ships.
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TYPE } from "@formatjs/icu-messageformat-parser";
import { printAST } from "@formatjs/icu-messageformat-parser/printer.js";

import { elements, readIcu } from "../../lib/icu";

export { PSEUDO_LOCALE } from "../../lib/contract";

/**
 * Where the project at `root` builds its pseudo-locale copy (scripts/pseudo-build.ts): outside
 * it, so that the tools that scan the project never see the copy; one folder per project.
 */
export function pseudoDir(root: string): string {
  return join(tmpdir(), `jcm-pseudo-${createHash("sha256").update(root).digest("hex").slice(0, 8)}`);
}

// Every ASCII letter has an accented twin, so no ASCII letter survives pseudo-localization:
// one left on a page is text that did not come through the messages or the dataset.
const ACCENTED: Record<string, string> = {
  a: "á",
  b: "ƀ",
  c: "ç",
  d: "ð",
  e: "é",
  f: "ƒ",
  g: "ĝ",
  h: "ĥ",
  i: "î",
  j: "ĵ",
  k: "ķ",
  l: "ļ",
  m: "ɱ",
  n: "ñ",
  o: "ö",
  p: "þ",
  q: "ǫ",
  r: "ŕ",
  s: "š",
  t: "ţ",
  u: "û",
  v: "ṽ",
  w: "ŵ",
  x: "ẋ",
  y: "ý",
  z: "ž",
  A: "Á",
  B: "Ɓ",
  C: "Ç",
  D: "Ð",
  E: "É",
  F: "Ƒ",
  G: "Ĝ",
  H: "Ĥ",
  I: "Î",
  J: "Ĵ",
  K: "Ķ",
  L: "Ļ",
  M: "Ṁ",
  N: "Ñ",
  O: "Ö",
  P: "Þ",
  Q: "Ǫ",
  R: "Ŕ",
  S: "Š",
  T: "Ţ",
  U: "Û",
  V: "Ṽ",
  W: "Ŵ",
  X: "Ẋ",
  Y: "Ý",
  Z: "Ž",
};
// The padding that makes a text ~35 % longer, in words a reader can tell apart from the text.
const PAD = "ŏñé ţŵö ţĥŕéé ƒöûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ ñîñé ţéñ".split(" ");

/** A piece of plain text, accented (letters only: digits, spaces and punctuation stay). */
export function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);
}

/** The padding for a text of `length` characters: 35 % of it, in whole words. */
function padding(length: number): string {
  const words: string[] = [];
  let n = 0;
  while (n < Math.round(length * 0.35)) {
    const word = PAD[words.length % PAD.length] ?? "";
    words.push(word);
    n += word.length + 1;
  }
  return words.join(" ");
}

/**
 * An ICU message pseudo-localized: its literal text accented, its arguments, plural and select
 * keys and rich-text tags untouched, and a third longer, padded inside brackets
 * ("[Ţĥé ɱáþ öƒ {count}… ŏñé ţŵö]") so that a cut-off end shows.
 */
export function pseudoMessage(message: string): string {
  const ast = readIcu(message);
  let length = 0;
  let letters = false;
  for (const node of elements(ast)) {
    if (node.type !== TYPE.literal) continue;
    length += node.value.length;
    letters ||= /\p{L}/u.test(node.value);
    node.value = accent(node.value);
  }
  // Punctuation (", ", "：") and bare arguments are no text to translate: kept as they are.
  if (!letters) return message;
  const pad = padding(length);
  return `[${printAST(ast)}${pad ? ` ${pad}` : ""}]`;
}

/** Plain text (the dataset's prose, which is not ICU) pseudo-localized the same way. */
export function pseudoText(text: string): string {
  if (!/\p{L}/u.test(text)) return text;
  const pad = padding(text.length);
  return `[${accent(text)}${pad ? ` ${pad}` : ""}]`;
}

/** Every string leaf of a JSON tree through `f`, the tree's shape kept. */
export function mapStrings(tree: unknown, f: (text: string) => string): unknown {
  if (typeof tree === "string") return f(tree);
  if (Array.isArray(tree)) return tree.map((v) => mapStrings(v, f));
  if (tree && typeof tree === "object") {
    return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, mapStrings(v, f)]));
  }
  return tree;
}
