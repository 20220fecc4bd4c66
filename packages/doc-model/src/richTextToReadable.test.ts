import { describe, expect, it } from 'vitest';
import { EXAMPLE_UNIT } from '@minga/schema';
import { richTextToReadable } from './richTextToReadable.ts';

describe('the readable text of rich text', () => {
  it('keeps one block per line, list bullets and numbers, quotes and image descriptions', () => {
    expect(richTextToReadable(EXAMPLE_UNIT.slides[0]!.content).split('\n')).toEqual([
      'Qu’est-ce qu’un commun\u00a0?',
      'Une ressource, une communauté et des règles',
      'Voir Wikipédia ou écrire',
      '> Il n’y a pas de commun sans communauté.',
      '• Wikipédia',
      '• OpenStreetMap',
      '  3. ',
      '    ———',
      '———',
      '[Photo du pad]',
    ]);
  });

  it('is empty for an empty document', () => {
    expect(richTextToReadable({ type: 'doc', content: [] })).toBe('');
  });
});
