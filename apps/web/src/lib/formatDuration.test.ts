import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { testTranslations } from '../i18n/testTranslations.ts';
import { formatDuration } from './formatDuration.ts';

let t: Record<'fr' | 'en', TFunction>;

beforeAll(async () => {
  t = await testTranslations();
});

describe('durations in the interface language', () => {
  it.each([
    [45, '45 min', '45 min'],
    [60, '1 h', '1 h'],
    [65, '1 h 5 min', '1 h 5 min'],
    [125, '2 h 5 min', '2 h 5 min'],
    [0, '0 min', '0 min'],
  ])('%i minutes read "%s" in French and "%s" in English', (minutes, french, english) => {
    expect(formatDuration(t.fr, minutes)).toBe(french);
    expect(formatDuration(t.en, minutes)).toBe(english);
  });
});
