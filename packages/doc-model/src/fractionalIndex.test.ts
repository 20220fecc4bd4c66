import { describe, expect, it } from 'vitest';
import { isValidOrderKey, keyBetween, keysBetween } from './fractionalIndex.ts';

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('fractional index', () => {
  it('makes a key strictly between any two keys it made, for thousands of random inserts', () => {
    const random = seeded(42);
    const keys: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const at = Math.floor(random() * (keys.length + 1));
      const key = keyBetween(keys[at - 1] ?? null, keys[at] ?? null);
      expect(isValidOrderKey(key)).toBe(true);
      keys.splice(at, 0, key);
    }
    for (let i = 1; i < keys.length; i++) expect((keys[i - 1] as string) < (keys[i] as string)).toBe(true);
  });

  it('keeps keys short when a list grows at its end or its start one item at a time', () => {
    let last: string | null = null;
    let first: string | null = null;
    for (let i = 0; i < 500; i++) last = keyBetween(last, null);
    for (let i = 0; i < 500; i++) first = keyBetween(null, first);
    expect((last as string).length).toBeLessThanOrEqual(20);
    expect((first as string).length).toBeLessThanOrEqual(20);
    expect(first! < last!).toBe(true);
  });

  it('spreads n keys evenly and in order between two bounds', () => {
    const keys = keysBetween(null, null, 1000);
    expect(keys).toHaveLength(1000);
    expect(new Set(keys).size).toBe(1000);
    expect([...keys].sort()).toEqual(keys);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(3);
    const inner = keysBetween('a', 'b', 50);
    expect(inner.every((k) => k > 'a' && k < 'b' && isValidOrderKey(k))).toBe(true);
  });

  it('refuses bounds that are equal, reversed or not order keys', () => {
    expect(() => keyBetween('a', 'a')).toThrow(/out of order/);
    expect(() => keyBetween('b', 'a')).toThrow(/out of order/);
    expect(() => keyBetween('a0', null)).toThrow(/invalid order key/);
    expect(() => keyBetween('a b', null)).toThrow(/invalid order key/);
  });
});
