import type * as Y from 'yjs';

/**
 * Finds the common start and end of two strings, the part an edit does not touch. `same` can
 * add a condition (formatting equal too). The boundaries never cut an emoji's surrogate pair,
 * which Yjs would otherwise store as two replacement characters.
 */
export function commonEnds(
  a: string,
  b: string,
  same: (i: number, j: number) => boolean = (i, j) => a[i] === b[j],
): { prefix: number; suffix: number } {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && same(prefix, prefix)) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && same(a.length - 1 - suffix, b.length - 1 - suffix)) suffix++;
  if (prefix > 0 && isHighSurrogate(a.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(a.charCodeAt(a.length - suffix))) suffix--;
  return { prefix, suffix };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Makes a Y.Text read `value` by deleting and inserting only the part that differs, so the
 * carets of people typing elsewhere in the text stay where they are. Writes nothing when equal.
 */
export function syncText(text: Y.Text, value: string): void {
  const current = text.toString();
  if (current === value) return;
  const { prefix, suffix } = commonEnds(current, value);
  const removed = current.length - prefix - suffix;
  const apply = () => {
    if (removed > 0) text.delete(prefix, removed);
    const inserted = value.slice(prefix, value.length - suffix);
    if (inserted !== '') text.insert(prefix, inserted);
  };
  if (text.doc) text.doc.transact(apply);
  else apply();
}
