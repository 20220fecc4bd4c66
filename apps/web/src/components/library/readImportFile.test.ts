import { describe, expect, it } from 'vitest';
import { looksBinary } from './readImportFile.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('telling a text file from a binary one before sending it', () => {
  it('a pad in French with accents, tabs and Windows line ends is text', () => {
    expect(looksBinary(bytes('Titre : Les communs\r\n\t- décideurs • tiers-lieux\n'))).toBe(false);
  });

  it('an empty file is not called binary (the server says it is empty)', () => {
    expect(looksBinary(new Uint8Array())).toBe(false);
  });

  it('a PDF, a Word document and a PNG are binary', () => {
    expect(looksBinary(bytes('%PDF-1.7\n%âãÏÓ'))).toBe(true);
    expect(looksBinary(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe(true);
    expect(looksBinary(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  });

  it('a NUL byte anywhere in the head makes it binary', () => {
    expect(looksBinary(Uint8Array.from([0x41, 0x42, 0x00, 0x43]))).toBe(true);
  });
});
