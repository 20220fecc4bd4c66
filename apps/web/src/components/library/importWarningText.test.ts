import { IMPORT_WARNING_CODES } from '@minga/schema';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { testTranslations } from '../../i18n/testTranslations.ts';
import { importWarningText } from './importWarningText.ts';

let t: Record<'fr' | 'en', TFunction>;
beforeAll(async () => {
  t = await testTranslations();
});

describe('import warnings in the interface’s language', () => {
  it.each(['fr', 'en'] as const)('every warning code has a sentence of its own in %s, never the server’s English', (lng) => {
    const seen = new Set<string>();
    for (const code of IMPORT_WARNING_CODES) {
      const text = importWarningText(t[lng], { code, message: 'ENGLISH FROM THE SERVER', params: { value: 'Licence libre maison', to: 'CC-BY-4.0', n: 3, m: 5 } });
      expect(text, code).not.toContain('ENGLISH FROM THE SERVER');
      expect(text, code).not.toContain('importUnit.');
      expect(text, code).not.toMatch(/\{\{/);
      expect(text.length, code).toBeGreaterThan(10);
      seen.add(text);
    }
    expect(seen.size).toBe(IMPORT_WARNING_CODES.length);
  });

  it('says where and how often, and keeps the server’s sentence for a code it does not know', () => {
    expect(importWarningText(t.fr, { code: 'hashtag_invalid', message: '', line: 4, count: 2, params: { value: 'mot dièse!' } }))
      .toBe('ligne 4\u00a0: Le mot-dièse «\u00a0mot dièse!\u00a0» a été laissé de côté (lettres, chiffres, «\u00a0-\u00a0» et «\u00a0_\u00a0» seulement, 50 caractères au plus). (2 fois)');
    expect(importWarningText(t.en, { message: 'something new happened' })).toBe('something new happened');
  });
});
