import { describe, expect, it } from 'vitest';
import { hhmmToText, isoDateToText, textToHhmm, textToIsoDate } from './localDateTime.ts';

describe('dates and times in the interface’s language', () => {
  it('shows a date as dd/mm/yyyy in French and mm/dd/yyyy in English', () => {
    expect(isoDateToText('2025-03-14', 'fr')).toBe('14/03/2025');
    expect(isoDateToText('2025-03-14', 'en')).toBe('03/14/2025');
    expect(isoDateToText('soon', 'fr')).toBe('soon');
  });

  it('reads a typed date in the language’s order, or ISO, and refuses what is no date', () => {
    expect(textToIsoDate('14/03/2025', 'fr')).toBe('2025-03-14');
    expect(textToIsoDate('3/14/2025', 'en')).toBe('2025-03-14');
    expect(textToIsoDate('2025-06-20', 'fr')).toBe('2025-06-20');
    expect(textToIsoDate('  ', 'fr')).toBe('');
    expect(textToIsoDate('31/02/2025', 'fr')).toBeNull();
    expect(textToIsoDate('03/14/2025', 'fr')).toBeNull();
  });

  it('shows times on 24 hours in French and with AM/PM in English, and reads both', () => {
    expect(hhmmToText('14:30', 'fr')).toBe('14:30');
    expect(hhmmToText('14:30', 'en')).toBe('2:30 PM');
    expect(textToHhmm('14:30', 'fr')).toBe('14:30');
    expect(textToHhmm('2:30 pm', 'en')).toBe('14:30');
    expect(textToHhmm('09:30', 'en')).toBe('09:30');
    expect(textToHhmm('25:00', 'fr')).toBeNull();
    expect(textToHhmm('', 'en')).toBe('');
  });
});
