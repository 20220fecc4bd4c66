import { describe, expect, it } from 'vitest';
import { clampParagraphs, clampText } from './clampText.ts';

describe('clampText', () => {
  it('keeps a short text whole, on one line', () => {
    expect(clampText('  Une   heure\npour découvrir ', 50)).toBe('Une heure pour découvrir');
  });

  it('cuts a long text at a word, marks the cut with "…" and stays within the limit', () => {
    const cut = clampText('Une heure pour découvrir les communs par l’exemple', 30);
    expect(cut).toBe('Une heure pour découvrir les…');
    expect(Array.from(cut).length).toBeLessThanOrEqual(30);
    expect(clampText('Anticonstitutionnellement', 10)).toBe('Anticonst…');
    expect(clampText('Une, deux, trois', 10)).toBe('Une, deux…');
  });

  it('never cuts a surrogate pair in half', () => {
    expect(clampText('🌱🌱🌱🌱🌱🌱', 4)).toBe('🌱🌱🌱…');
    expect(clampText('abc', 1)).toBe('…');
    expect(clampText('abc', 0)).toBe('');
  });
});

describe('clampParagraphs', () => {
  const options = { maxLines: 4, lineChars: 20, maxParagraphs: 3 };

  it('keeps paragraphs that fit, drops blank lines', () => {
    expect(clampParagraphs('Un.\n\n\nDeux.\r\nTrois.', options)).toEqual(['Un.', 'Deux.', 'Trois.']);
  });

  it('counts each paragraph as at least one line and cuts the one that overflows', () => {
    const out = clampParagraphs(`Un.\n${'mot '.repeat(30)}`, options);
    expect(out[0]).toBe('Un.');
    expect(out[1]!.endsWith('…')).toBe(true);
    expect(Array.from(out[1]!).length).toBeLessThanOrEqual(3 * 20);
  });

  it('ends with "…" when paragraphs are left out', () => {
    expect(clampParagraphs('Un.\nDeux.\nTrois.\nQuatre.', options)).toEqual(['Un.', 'Deux.', 'Trois. …']);
    expect(clampParagraphs('', options)).toEqual([]);
  });
});
