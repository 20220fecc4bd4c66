import { describe, expect, it } from 'vitest';
import { frenchTypographyFaults, proseTexts } from './frenchTypography.ts';
import { EXAMPLE_SESSION } from './sessionExample.ts';
import { EXAMPLE_UNIT } from './unitExample.ts';

describe('the example unit and session', () => {
  // The session has no language of its own: it is French, as the unit it places.
  const texts = [...proseTexts(EXAMPLE_UNIT, 'EXAMPLE_UNIT'), ...proseTexts(EXAMPLE_SESSION, 'EXAMPLE_SESSION')];

  it('French text puts a non-breaking space before : ; ! ? and inside « », and uses ’ rather than straight quotes', () => {
    expect(EXAMPLE_UNIT.language).toBe('fr');
    const problems = texts.flatMap(([where, text]) => frenchTypographyFaults(text).map((fault) => `${where}: …${fault}…`));
    expect(problems).toEqual([]);
    expect(texts.filter(([, text]) => /['"]/.test(text))).toEqual([]);
  });

  it('proseTexts reads every nested text, the slides’ runs joined, and code as no prose', () => {
    expect(texts.length).toBeGreaterThan(60);
    const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'Voir', marks: [{ type: 'bold' }] }, { type: 'text', text: ' : ' }, { type: 'text', text: 'a: b', marks: [{ type: 'code' }] }] };
    expect(proseTexts({ notes: [paragraph] }, 'n')).toEqual([['n.notes[0]', 'Voir : code']]);
    expect(proseTexts({ type: 'codeBlock', content: [{ type: 'text', text: 'licence: CC-BY-SA-4.0\n' }] }, 'c')).toEqual([]);
  });
});
