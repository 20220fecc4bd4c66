import { isHttpUrl } from '@minga/schema';

/**
 * Markdown that says exactly what people typed: no user text can open a link, an image, raw
 * HTML, emphasis or a table cell. Backslash escapes (CommonMark: any ASCII punctuation) for the
 * characters that mean something inline, and for block markers at the start of a line.
 */

/** One line of inline Markdown text. */
export function mdText(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|~&!]/g, '\\$&');
}

/** Text for a table cell: inline escapes, line breaks as `<br>`. */
export function mdCell(text: string): string {
  return text.split(/\r\n|\r|\n/).map(mdText).join('<br>');
}

/** A paragraph of text, line breaks kept, no line read as a heading, list, quote or rule. */
export function mdParagraph(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => mdText(line).replace(/^(\s*)([#+\-=>]|\d+(?=[.)]))/, (_, space: string, marker: string) => (/^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`)))
    .join('  \n');
}

/** A link when the URL is an http(s) one, else the escaped text alone. */
export function mdLink(text: string, url: string | undefined): string {
  return url !== undefined && isHttpUrl(url) ? `[${mdText(text)}](<${url}>)` : mdText(text);
}
