import { clockTimeAt } from '@minga/schema';
import { describe, expect, it } from 'vitest';
import { formatClock, formatClockRange, formatSessionDate } from './sessionFormat.ts';

// Intl puts narrow no-break spaces in some languages' output: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('session dates and clock times in the interface language', () => {
  it('a date reads in French and in English, the same day whatever the time zone', () => {
    expect(formatSessionDate('2025-03-14', 'fr')).toBe('vendredi 14 mars 2025');
    expect(formatSessionDate('2025-03-14', 'en')).toBe('Friday, March 14, 2025');
    expect(plain(formatSessionDate('2025-03-14', 'fr', 'medium'))).toBe('14 mars 2025');
  });

  it('a string that is not a date is shown as it is', () => {
    expect(formatSessionDate('bientôt', 'fr')).toBe('bientôt');
  });

  it('a clock time is 24-hour in French, 12-hour in English, with the next day marked', () => {
    expect(formatClock(clockTimeAt('14:05', 0)!, 'fr')).toBe('14:05');
    expect(plain(formatClock(clockTimeAt('14:05', 0)!, 'en'))).toBe('2:05 PM');
    expect(formatClock(clockTimeAt('23:30', 45)!, 'fr')).toBe('00:15 (+1)');
  });

  it('a range joins start and end with an en dash; no start, no range', () => {
    expect(formatClockRange(clockTimeAt('09:30', 0), clockTimeAt('09:30', 20), 'fr')).toBe('09:30–09:50');
    expect(formatClockRange(undefined, undefined, 'fr')).toBe('');
  });
});
