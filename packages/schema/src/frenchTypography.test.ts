import { describe, expect, it } from 'vitest';
import { frenchTypographyFaults } from './frenchTypography.ts';

describe('French typography check', () => {
  it('finds each missing non-breaking space', () => {
    expect(frenchTypographyFaults('Attention : « Oui» ou «non » ? Bien ! 14:30, ?key=…, {{n, number(minimumFractionDigits: 1)}}')).toHaveLength(7);
    expect(frenchTypographyFaults('Durée prévue : 60 min')).toHaveLength(1);
    expect(frenchTypographyFaults('Unité « Les communs » : 15 min')).toHaveLength(3);
    expect(frenchTypographyFaults('Passer ; la suite ? Oui !')).toHaveLength(3);
  });

  it('accepts no-break spaces, times, query strings, URLs and interpolations', () => {
    expect(frenchTypographyFaults('Attention\u00a0: «\u202fOui\u202f» ou non\u202f? Bien\u00a0! 14:30, ?key=…')).toEqual([]);
    expect(frenchTypographyFaults('Durée prévue\u00a0: 60 min, 14:30, Unité «\u00a0x\u00a0»\u00a0; ensuite\u202f?')).toEqual([]);
    expect(frenchTypographyFaults('Écrire à mailto:a@b.org ou https://exemple.org, {{count}}\u00a0!')).toEqual([]);
  });
});
