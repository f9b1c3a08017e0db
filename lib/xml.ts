/**
 * Escapes text for XML or HTML content and double-quoted attributes: the embed snippet, the Atom
 * feed and the map images' SVG all write their text through it.
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
