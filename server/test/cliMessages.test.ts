import { describe, expect, it } from 'vitest';
import { frenchTypographyFaults } from '@minga/schema';
import { catalogues, cliMessages } from '../src/cli/messages.ts';

/** Every message of a catalogue, each function called with a word or a number per argument. */
function allMessages(table: object): Array<[string, string]> {
  return Object.entries(table).flatMap(([key, value]): Array<[string, string]> => {
    if (typeof value === 'string') return [[key, value]];
    if (Array.isArray(value)) return value.map((v, i) => [`${key}[${i}]`, String(v)]);
    const fn = value as (...args: unknown[]) => unknown;
    const args = Array.from({ length: fn.length }, (_, i) => (i % 2 === 0 ? 'Mon espace' : 3));
    return [[key, String(fn(...args))]];
  });
}

describe('CLI messages', () => {
  it('speak French to a French locale, English otherwise', () => {
    expect(cliMessages({ LANG: 'fr_FR.UTF-8' })).toBe(catalogues.fr);
    expect(cliMessages({ LANG: 'en_GB.UTF-8' })).toBe(catalogues.en);
  });

  it('French messages put a non-breaking space before : ; ! ? and inside « »', () => {
    const problems = allMessages(catalogues.fr).flatMap(([key, text]) => frenchTypographyFaults(text).map((fault) => `${key}: …${fault}…`));
    expect(problems).toEqual([]);
  });
});
