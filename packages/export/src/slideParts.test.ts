import { describe, expect, it } from 'vitest';
import { balancedChunks } from './slideParts.ts';

const sizes = (n: number, size: number) => balancedChunks(Array.from({ length: n }, (_, i) => i), size).map((part) => part.length);

describe('balancedChunks', () => {
  it('spreads rows evenly over as few parts as the size allows, never leaving a lone row', () => {
    expect(sizes(9, 8)).toEqual([5, 4]);
    expect(sizes(8, 8)).toEqual([8]);
    expect(sizes(17, 8)).toEqual([6, 6, 5]);
    expect(sizes(16, 8)).toEqual([8, 8]);
  });

  it('keeps every item once, in order, and gives an empty list one empty part', () => {
    const list = Array.from({ length: 19 }, (_, i) => i);
    expect(balancedChunks(list, 8).flat()).toEqual(list);
    expect(balancedChunks([], 8)).toEqual([[]]);
  });
});
