import type { Deck } from '@minga/export';

/**
 * A short hash of what a deck shows (its slides without notes or timing, its title, theme and
 * language): the presenter publishes it, and a phone fetches the deck again when it changes. Not
 * a security measure (the server builds the phone's deck itself), only a change signal.
 */
export function deckRevision(deck: Deck): string {
  const shown = JSON.stringify([deck.lang, deck.title, deck.theme, deck.slides.map(({ notes: _notes, timing: _timing, ...slide }) => slide)]);
  // FNV-1a, 32 bits, twice with two offsets: 64 bits are plenty to tell one edit from the next.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < shown.length; i++) {
    const c = shown.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}
