import { afterEach, describe, expect, it } from 'vitest';
import { hhmmToText, isoDateToText, textToHhmm, textToIsoDate, todayIsoDate } from './localDateTime.ts';

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

describe('today', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('is the device’s day, not UTC’s, on either side of midnight UTC', () => {
    process.env.TZ = 'Europe/Paris';
    expect(todayIsoDate(new Date('2026-12-05T23:30:00Z'))).toBe('2026-12-06');
    process.env.TZ = 'Pacific/Kiritimati';
    expect(todayIsoDate(new Date('2026-12-31T10:00:00Z'))).toBe('2027-01-01');
    process.env.TZ = 'America/Los_Angeles';
    expect(todayIsoDate(new Date('2026-12-06T03:00:00Z'))).toBe('2026-12-05');
  });
});
