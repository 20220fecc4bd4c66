import { describe, expect, it } from 'vitest';
import { clampText } from './clampText.ts';

describe('clampText', () => {
  it('keeps a short text whole, on one line', () => {
    expect(clampText('  Une   heure\npour découvrir ', 50)).toBe('Une heure pour découvrir');
  });

  it('keeps the no-break spaces of French typography, and never cuts at one', () => {
    expect(clampText('Durée prévue\u00a0: 60\u202fmin, «\u00a0communs\u00a0»', 50)).toBe('Durée prévue\u00a0: 60\u202fmin, «\u00a0communs\u00a0»');
    expect(clampText('Animation\u00a0\n Amel', 50)).toBe('Animation Amel');
    expect(clampText('Une heure pour découvrir les communs\u00a0: exemples', 38)).toBe('Une heure pour découvrir les…');
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
