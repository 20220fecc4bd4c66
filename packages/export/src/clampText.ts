/**
 * Shortening user text for a page that must not overflow: cut at a word boundary, mark the cut
 * with "…", count code points (so a surrogate pair, most emoji, is never cut in half). Clamp raw
 * text, then escape it: cutting escaped HTML could split an entity.
 */

const ELLIPSIS = '…';

/** A cut this close to the end of the kept text may back up to the previous space. */
const WORD_BOUNDARY_SLACK = 0.3;

/**
 * The text on one line: runs of white space, line breaks included, become one space, but a
 * no-break space (U+00A0, U+202F) alone stays: French typography holds « : ; ! ? » and « » to
 * their words with it.
 */
export function oneLine(text: string): string {
  return String(text).replace(/\s+/g, (run) => (/^[\u00a0\u202f]$/.test(run) ? run : ' ')).trim();
}

/** The text on one line (see oneLine), at most `max` characters with the "…". */
export function clampText(text: string, max: number): string {
  const flat = oneLine(text);
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  if (max <= 1) return max === 1 ? ELLIPSIS : '';
  let kept = chars.slice(0, max - 1).join('');
  const space = kept.lastIndexOf(' ');
  if (space > 0 && space >= kept.length * (1 - WORD_BOUNDARY_SLACK)) kept = kept.slice(0, space);
  return `${kept.replace(/[\s,;:.–—-]+$/u, '')}${ELLIPSIS}`;
}

/**
 * A list as one slide shows it: at most `maxItems` places, each item at most `maxChars`
 * characters; when items are left over, the last place says how many (`more`). Whatever is cut
 * should stay whole in the speaker notes (`cut` says so).
 */
export function listForSlide(
  items: readonly string[],
  { maxItems, maxChars }: { maxItems: number; maxChars: number },
  more: (count: number) => string,
): { kept: string[]; more: string | null; cut: boolean } {
  const overflow = items.length > maxItems;
  const kept = items.slice(0, overflow ? maxItems - 1 : maxItems).map((item) => clampText(item, maxChars));
  const shortened = kept.some((item, i) => item !== oneLine(items[i]!));
  return { kept, more: overflow ? more(items.length - kept.length) : null, cut: overflow || shortened };
}
