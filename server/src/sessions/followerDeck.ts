import { createHash } from 'node:crypto';
import type { Deck, DeckSlide } from '@minga/export';

/**
 * The deck as the room sees it through a follow key: exactly what the projector shows. Every
 * slide loses its speaker notes (the units' slide and step notes, the items' facilitator notes,
 * the budget lines) and its timing; comments never were in a deck.
 */
export function followerDeck(deck: Deck): Deck {
  return {
    lang: deck.lang,
    title: deck.title,
    theme: deck.theme,
    slides: deck.slides.map((slide): DeckSlide => {
      const { timing: _timing, ...shown } = slide;
      return { ...shown, notes: { lines: [] } };
    }),
  };
}

/** A strong ETag for a deck's JSON: phones ask again often, and an unchanged deck costs a 304. */
export function deckEtag(json: string): string {
  return `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
}
