import { describe, expect, it } from 'vitest';
import { formatDateTime } from './formatDateTime.ts';

// Intl puts narrow no-break spaces in some languages' output: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('dates and times in the interface language', () => {
  it('reads the French way in French and the English way in English', () => {
    expect(plain(formatDateTime('2025-03-14T13:05:00Z', 'fr', 'UTC'))).toBe('14 mars 2025, 13:05');
    expect(plain(formatDateTime('2025-03-14T13:05:00Z', 'en', 'UTC'))).toBe('Mar 14, 2025, 1:05 PM');
  });

  it('is shown in the time zone asked (the device’s by default)', () => {
    expect(plain(formatDateTime('2025-03-14T13:05:00Z', 'fr', 'Europe/Paris'))).toBe('14 mars 2025, 14:05');
    expect(formatDateTime('2025-03-14T13:05:00Z', 'fr')).toMatch(/2025/);
  });

  it('a string that is no date is shown as it is', () => {
    expect(formatDateTime('hier', 'fr')).toBe('hier');
  });
});
