import { describe, expect, it } from 'vitest';
import { EXAMPLE_UNIT, type RichTextDoc, type Slide, type Unit } from '@minga/schema';
import { deckTexts } from './deckText.ts';
import { fixtureUnit } from './deckFixtures.ts';
import { KEY_POINT_DETAIL_CHARS, MAX_KEY_POINTS, unitKeyPoints } from './keyPoints.ts';

const fr = deckTexts('fr');
const t = (text: string) => ({ type: 'text' as const, text });
const slide = (id: string, content: unknown[], hidden = false): Slide => ({ id, content: { type: 'doc', content } as RichTextDoc, notes: { type: 'doc', content: [] }, hidden });
const withSlides = (slides: Slide[], steps = EXAMPLE_UNIT.steps): Pick<Unit, 'slides' | 'steps'> => ({ slides, steps });

describe('unitKeyPoints', () => {
  it('takes from each visible slide its first heading, its first paragraph and its first image', () => {
    const { points, more } = unitKeyPoints(EXAMPLE_UNIT, fr);
    expect(points).toEqual([{
      title: 'Qu’est-ce qu’un commun\u00a0?',
      detail: 'Une ressource, une communauté et des règles Voir Wikipédia ou écrire',
      image: { src: '/api/w/ws-lille/files/f1a2b3', alt: 'Photo du pad' },
    }]);
    expect(more).toBe(0);
  });

  it('falls back to the first list’s items, then the first quote, when a slide has no paragraph', () => {
    const list = { type: 'bulletList', content: ['Wikipédia', 'OpenStreetMap'].map((w) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [t(w)] }] })) };
    const { points } = unitKeyPoints(withSlides([
      slide('a', [{ type: 'heading', attrs: { level: 2 }, content: [t('Exemples')] }, list]),
      slide('b', [{ type: 'blockquote', content: [{ type: 'paragraph', content: [t('Pas de commun sans communauté.')] }] }]),
    ]), fr);
    expect(points).toEqual([{ title: 'Exemples', detail: 'Wikipédia · OpenStreetMap' }, { title: '', detail: 'Pas de commun sans communauté.' }]);
  });

  it('cuts a long paragraph at a word with "…" and skips slides with no words', () => {
    const long = 'Une phrase qui revient. '.repeat(30);
    const { points } = unitKeyPoints(withSlides([
      slide('a', [{ type: 'paragraph', content: [t(long)] }]),
      slide('b', [{ type: 'image', attrs: { src: 'https://example.org/a.png' } }, { type: 'horizontalRule' }]),
    ]), fr);
    expect(points).toHaveLength(1);
    expect(Array.from(points[0]!.detail).length).toBeLessThanOrEqual(KEY_POINT_DETAIL_CHARS);
    expect(points[0]!.detail.endsWith('revient…')).toBe(true);
  });

  it('keeps at most 8 points and counts the rest', () => {
    const { points, more } = unitKeyPoints(fixtureUnit('u', { slides: 12, hidden: 3 }), fr);
    expect(points).toHaveLength(MAX_KEY_POINTS);
    expect(points[7]).toEqual({ title: 'Diapositive 8', detail: 'Texte de la diapositive.' });
    expect(more).toBe(4);
  });

  it('uses the sequence, breaks left out, when no visible slide has words', () => {
    const { points } = unitKeyPoints(withSlides([slide('h', [{ type: 'paragraph', content: [t('Cachée')] }], true)]), deckTexts('en'));
    expect(points.map((p) => `${p.title} — ${p.detail}`)).toEqual([
      'Accueil et tour de table — talk · 10 min',
      'Jeu de rôle — exercise · 20 min',
      'Petits groupes — small-group workshop · 15 min',
      'Débat — discussion · 10 min',
      'Évaluation — other · 0 min',
    ]);
  });

  it('does not trust its input: odd content, odd nodes and deep nesting give points or nothing, never an exception', () => {
    let deep: unknown = t('au fond');
    for (let i = 0; i < 10_000; i++) deep = { type: 'blockquote', content: [deep] };
    const odd = [
      slide('a', 'not a list' as unknown as unknown[]),
      { id: 'b', content: null, notes: null, hidden: false } as unknown as Slide,
      slide('c', [null, 42, { type: 'heading', content: [{ type: 'text', text: 7 }] }, deep]),
    ];
    expect(() => unitKeyPoints(withSlides(odd, []), fr)).not.toThrow();
    expect(unitKeyPoints(withSlides(odd, []), fr).points).toEqual([{ title: '', detail: 'au fond' }]);
  });
});
