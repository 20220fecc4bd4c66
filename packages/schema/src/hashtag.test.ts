import { describe, expect, it } from 'vitest';
import { HashtagsSchema, normaliseHashtag, normaliseHashtags } from './hashtag.ts';
import { LICENCES, licenceTerms } from './licence.ts';

describe('hashtags', () => {
  it('are lowercased, lose their leading #, keep their accents and turn spaces into dashes', () => {
    expect(normaliseHashtag('#Décideurs')).toBe('décideurs');
    expect(normaliseHashtag('  ##Tiers   Lieux ')).toBe('tiers-lieux');
    expect(normaliseHashtag('Formation - Action')).toBe('formation-action');
    expect(normaliseHashtag('#E\u0301tat')).toBe('état');
  });

  it('are deduplicated after normalisation, keeping the first position', () => {
    expect(normaliseHashtags(['#Communs', 'Tiers lieux', 'communs', '#', 'tiers-lieux'])).toEqual(['communs', 'tiers-lieux']);
    expect(HashtagsSchema.parse(['#Communs', 'COMMUNS', 'Éducation populaire'])).toEqual(['communs', 'éducation-populaire']);
  });

  it('refuse an empty tag or punctuation with a readable message', () => {
    expect(HashtagsSchema.safeParse(['#']).error?.issues[0]?.message).toBe('a hashtag needs at least one letter or digit');
    expect(HashtagsSchema.safeParse(['a,b']).error?.issues[0]?.message).toMatch(/letters \(accents welcome\), digits/);
  });
});

describe('licences', () => {
  it('tell share-alike and no-derivatives apart', () => {
    expect(licenceTerms('CC-BY-SA-4.0')).toMatchObject({ label: 'CC BY-SA 4.0', shareAlike: true, noDerivatives: false, attribution: true });
    expect(licenceTerms('CC-BY-NC-ND-4.0')).toMatchObject({ label: 'CC BY-NC-ND 4.0', url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/', noDerivatives: true, nonCommercial: true, shareAlike: false });
    expect(licenceTerms('CC0-1.0')).toMatchObject({ attribution: false, shareAlike: false, noDerivatives: false });
    expect(LICENCES.filter((l) => licenceTerms(l).shareAlike)).toEqual(['CC-BY-SA-4.0', 'CC-BY-NC-SA-4.0']);
    expect(LICENCES.filter((l) => licenceTerms(l).noDerivatives)).toEqual(['CC-BY-ND-4.0', 'CC-BY-NC-ND-4.0']);
  });
});
