import type { DeckTexts } from './deckText.ts';

/**
 * A list spread over several slides: each part's heading says "(continued)" after the first, and
 * its id gets a number, so `#/credits-2` stays a stable address.
 */

export function chunk<T>(list: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < list.length; i += size) parts.push(list.slice(i, i + size));
  return parts.length > 0 ? parts : [[]];
}

export const partHeading = (heading: string, texts: DeckTexts, index: number) => (index === 0 ? heading : `${heading} (${texts.continued})`);
export const partId = (id: string, index: number) => (index === 0 ? id : `${id}-${index + 1}`);
