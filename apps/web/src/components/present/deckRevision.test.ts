import { buildDeck, sixtySlideSession, type Deck } from '@minga/export';
import { describe, expect, it } from 'vitest';
import { deckRevision } from './deckRevision.ts';

const { session, units } = sixtySlideSession();
const deck = buildDeck({ session, units, lang: 'fr' });
const withSlide = (index: number, patch: Record<string, unknown>): Deck => ({
  ...deck,
  slides: deck.slides.map((slide, i) => (i === index ? ({ ...slide, ...patch } as Deck['slides'][number]) : slide)),
});

describe('deckRevision', () => {
  it('changes when what the room sees changes, not when the speaker notes or the timing do', () => {
    const rev = deckRevision(deck);
    expect(deckRevision(buildDeck({ session, units, lang: 'fr' }))).toBe(rev);
    expect(deckRevision(withSlide(3, { notes: { lines: ['une autre note'] } }))).toBe(rev);
    expect(deckRevision(withSlide(3, { timing: undefined }))).toBe(rev);
    expect(deckRevision(withSlide(0, { title: 'Un autre titre' }))).not.toBe(rev);
    expect(deckRevision({ ...deck, theme: deck.theme === 'minga' ? 'black' : 'minga' } as Deck)).not.toBe(rev);
    expect(deckRevision(buildDeck({ session, units, lang: 'en' }))).not.toBe(rev);
  });
});
