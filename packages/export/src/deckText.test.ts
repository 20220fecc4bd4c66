import { describe, expect, it } from 'vitest';
import { frenchTypographyFaults, type BudgetStatus } from '@minga/schema';
import { DECK_TEXTS } from './deckText.ts';
import { handoverTexts } from './handoverLines.ts';
import { REVEAL_LABELS } from './revealLabels.ts';

const BUDGETS: BudgetStatus[] = [{ status: 'exact', by: 0 }, { status: 'over', by: 5 }, { status: 'under', by: 10 }];

/** The arguments a text function is called with: each of its outputs is checked. */
const SAMPLE_CALLS: Record<string, unknown[][]> = {
  labelled: [['Public', 'élus'], ['Public', '']],
  budget: BUDGETS.map((status) => [status, 60]),
  step: [[2, 5, 'Exercice éclair']],
  unitOverride: [[20, 15]],
  unitPlanned: [['Les communs', 15]],
  date: [['2026-05-01'], ['2026-05-14'], ['pas une date']],
  doneBy: [['Yann', '14 mai 2026'], [undefined, undefined]],
  moreObjectives: [[1], [3]],
  moreFacilitators: [[1], [3]],
  morePoints: [[1], [3]],
  durationValue: [[45], [60], [90]],
  target: [[90]],
};

/** Every text of a table, each function called with its samples (or with a word, a number). */
function allTexts(table: object, prefix = ''): Array<[string, string]> {
  return Object.entries(table).flatMap(([key, value]): Array<[string, string]> => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [[path, value]];
    if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      const calls = SAMPLE_CALLS[key] ?? [Array.from({ length: fn.length }, (_, i) => (i % 2 === 0 ? 'Les communs' : 3))];
      return calls.map((args) => [`${path}(${args.map((a) => JSON.stringify(a)).join(', ')})`, String(fn(...args))]);
    }
    if (Array.isArray(value)) return value.map((v, i) => [`${path}[${i}]`, String(v)]);
    return allTexts(value as object, path);
  });
}

const frTexts = [...allTexts(DECK_TEXTS.fr), ...allTexts(handoverTexts('fr'), 'handover'), ...allTexts(REVEAL_LABELS.fr, 'reveal')];

describe('export texts', () => {
  it('the French and English tables have the same texts', () => {
    const keys = (table: object) => allTexts(table).map(([path]) => path.replace(/\(.*$/, '')).sort();
    expect(keys(DECK_TEXTS.fr)).toEqual(keys(DECK_TEXTS.en));
  });

  it('every French text is written out and exercised', () => {
    expect(frTexts.length).toBeGreaterThan(80);
    expect(frTexts.filter(([, text]) => text.trim() === '' || text.includes('undefined') || text.includes('[object'))).toEqual([]);
  });

  it('French text puts a non-breaking space before : ; ! ? and inside « »', () => {
    const problems = frTexts.flatMap(([path, text]) => frenchTypographyFaults(text).map((fault) => `${path}: …${fault}…`));
    expect(problems).toEqual([]);
  });

  it('French text uses the typographic apostrophe ’, never a straight one', () => {
    expect(frTexts.filter(([, text]) => text.includes("'"))).toEqual([]);
  });
});
