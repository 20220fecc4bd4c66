import { describe, expect, it } from 'vitest';
import { base64, cspHash, sha256, utf8Encode } from './sha256.ts';

const webCryptoBase64 = async (text: string) => Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('base64');

describe('sha256', () => {
  it('matches the standard test vectors', () => {
    expect(base64(sha256(utf8Encode('')))).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(base64(sha256(utf8Encode('abc')))).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
    expect(cspHash('abc')).toBe("'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
  });

  it('agrees with WebCrypto on UTF-8 text of every length around the block boundaries', async () => {
    for (const text of ['é', '日本語', '😀 emoji', 'a'.repeat(55), 'a'.repeat(56), 'b'.repeat(64), 'c'.repeat(1000), 'lone \ud800 surrogate']) {
      expect(base64(sha256(utf8Encode(text))), JSON.stringify(text.slice(0, 10))).toBe(await webCryptoBase64(text));
    }
  });

  it('encodes UTF-8 like TextEncoder', () => {
    for (const text of ['Évaluation à chaud', '𝄞', '\u0000\u007f\u0080\u07ff\u0800\uffff', 'x\udc00y']) {
      expect([...utf8Encode(text)]).toEqual([...new TextEncoder().encode(text)]);
    }
  });
});
