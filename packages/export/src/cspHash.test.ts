import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash } from './cspHash.ts';

describe('cspHash', () => {
  it('gives the CSP source of the standard SHA-256 test vectors', async () => {
    expect(await cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(await cspHash('abc')).toBe("'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
  });

  it('hashes the UTF-8 bytes of the text, as the browser does when it checks an inline script', async () => {
    for (const text of ['é', '日本語', '😀 emoji', 'a'.repeat(56), 'c'.repeat(100_000), 'lone \ud800 surrogate']) {
      const expected = `'sha256-${createHash('sha256').update(Buffer.from(new TextEncoder().encode(text))).digest('base64')}'`;
      expect(await cspHash(text), JSON.stringify(text.slice(0, 10))).toBe(expected);
    }
  });
});
