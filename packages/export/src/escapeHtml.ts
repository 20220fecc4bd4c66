/**
 * Escaping for HTML text and double-quoted attribute values. Every string that reaches a deck
 * goes through here or through a fixed template: the five characters below are all the HTML
 * parser needs to leave a text node or an attribute value.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Escaped text with its line breaks as `<br>`. */
export function escapeHtmlLines(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}
