import type { DeckTexts } from './deckText.ts';

/**
 * A list spread over several slides: each part's heading says "(continued)" after the first, and
 * its id gets a number, so `#/credits-2` stays a stable address.
 */

/**
 * A list cut into as few parts as hold at most `size` items each, balanced so that no part is
 * left with a lone row (9 rows of at most 8 → 5 + 4, not 8 + 1); earlier parts take the extra one.
 */
export function balancedChunks<T>(list: readonly T[], size: number): T[][] {
  const count = Math.max(1, Math.ceil(list.length / size));
  const parts: T[][] = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    const length = Math.floor(list.length / count) + (i < list.length % count ? 1 : 0);
    parts.push(list.slice(start, start + length));
    start += length;
  }
  return parts;
}

export const partHeading = (heading: string, texts: DeckTexts, index: number) => (index === 0 ? heading : `${heading} (${texts.continued})`);
export const partId = (id: string, index: number) => (index === 0 ? id : `${id}-${index + 1}`);
