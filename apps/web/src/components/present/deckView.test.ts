import { buildDeck, renderSlideHtml, sixtySlideSession } from '@minga/export';
import { describe, expect, it } from 'vitest';
import { deckView, notesHtmlOf, slideLabel } from './deckView.ts';
import { nextStepIdFor, nextStepText } from './roomInputActions.ts';

const { session, units } = sixtySlideSession();
const deck = buildDeck({ session, units, lang: 'en' });

describe('the deck as the app shows it', () => {
  it('renders each slide with the exported file’s markup, its notes apart', () => {
    const view = deckView(deck);
    expect(view).toHaveLength(deck.slides.length);
    expect(view[0]!.html).toBe(renderSlideHtml(deck.slides[0]!));
    const content = view.find((s) => s.kind === 'content')!;
    expect(content.notesHtml).toContain('Notes de la diapositive 1');
    expect(content.notesHtml).not.toContain('<aside');
  });

  it('finds the notes even when the slide text talks about asides: user text cannot hold one', () => {
    const slide = { ...deck.slides[0]!, kind: 'title' as const, title: '<aside class="notes">fake</aside></section>', subtitle: '', details: [], notes: { lines: ['real notes'] } };
    expect(notesHtmlOf(renderSlideHtml(slide))).toBe('<p>real notes</p>');
  });

  it('labels slides by their title or first words', () => {
    expect(slideLabel(deck.slides[0]!)).toBe(session.title);
    expect(deck.slides.filter((s) => s.kind === 'content').map(slideLabel)[0]).toBe('Diapositive 1 Texte de la diapositive.');
  });
});

describe('a message from the room as a next step', () => {
  it('becomes one line, with an id taken from the message', () => {
    expect(nextStepText({ text: ' Écrire aux élus\n\n avant juin ' })).toBe('Écrire aux élus avant juin');
    expect(nextStepIdFor({ id: 42 })).toBe('room-input-42');
  });
});
