/** Small text helpers shared by the parsers. */

/** Lowercase, accents and typographic quotes removed, spaces collapsed: for matching labels and keywords. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every line ending becomes `\n`, and a leading byte order mark goes. */
export function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** An absolute http(s) URL inside running text (trailing punctuation left out). */
export const URL_IN_TEXT = /https?:\/\/[^\s<>"'`()[\]{}]+[^\s<>"'`()[\]{}.,;:!?»]/g;

/** The first http(s) URL in a text, if any. */
export function firstUrl(text: string): string | undefined {
  return text.match(URL_IN_TEXT)?.[0];
}

/** Cuts a single-line text at `max` characters, on a word boundary when one is near. */
export function cutLine(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** A single line: each line break, with the spaces around it, becomes one space. */
export function oneLine(text: string): string {
  return text
    .split(/[\r\n]+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * The text without the characters of `chars` (and white space) at either end. Written as loops:
 * an end-anchored regexp such as /[-:]+$/ takes quadratic time on a long run that is not at the end.
 */
export function trimChars(text: string, chars: string, ends: 'both' | 'start' | 'end' = 'both'): string {
  const strip = (c: string) => chars.includes(c) || /\s/.test(c);
  let start = 0;
  let end = text.length;
  if (ends !== 'end') while (start < end && strip(text[start]!)) start++;
  if (ends !== 'start') while (end > start && strip(text[end - 1]!)) end--;
  return text.slice(start, end);
}

const FRENCH = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'un', 'pour', 'dans', 'avec', 'qui', 'que', 'sur', 'pas', 'au', 'aux', 'ce', 'ces', 'sont', 'nous', 'vous']);
const ENGLISH = new Set(['the', 'and', 'is', 'of', 'to', 'for', 'with', 'that', 'this', 'are', 'on', 'you', 'we', 'it', 'be', 'can', 'how', 'what', 'your', 'they']);

/** French or English, by counting common words; `doubt` when neither clearly wins (the network writes in French). */
export function guessLanguage(text: string, doubt: 'fr' | 'en' = 'fr'): 'fr' | 'en' {
  let fr = 0;
  let en = 0;
  for (const word of text.slice(0, 20000).toLowerCase().split(/[^\p{L}]+/u)) {
    if (FRENCH.has(word)) fr++;
    else if (ENGLISH.has(word)) en++;
  }
  if (doubt === 'en') return fr > en * 1.5 ? 'fr' : 'en';
  return en > fr * 1.5 ? 'en' : 'fr';
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Appends items one by one: `push(...items)` overflows the call stack past some 100 000 items. */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
