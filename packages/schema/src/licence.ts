import { z } from 'zod';

/** The licences a unit can carry: the Creative Commons 4.0 family and CC0. */
export const LICENCES = [
  'CC-BY-SA-4.0',
  'CC-BY-4.0',
  'CC-BY-NC-4.0',
  'CC-BY-NC-SA-4.0',
  'CC-BY-ND-4.0',
  'CC-BY-NC-ND-4.0',
  'CC0-1.0',
] as const;
export type Licence = (typeof LICENCES)[number];

/** The network's material is a commons under CC BY-SA: new units start there. */
export const DEFAULT_LICENCE: Licence = 'CC-BY-SA-4.0';

export const LicenceSchema = z.enum(LICENCES, { error: `must be one of ${LICENCES.join(', ')}` });

/** What a licence asks of whoever reuses the unit. */
export const LicenceTermsSchema = z.object({
  /** Short human label, e.g. "CC BY-SA 4.0". */
  label: z.string(),
  /** The licence deed. */
  url: z.string(),
  /** Reusers must credit the authors. */
  attribution: z.boolean(),
  /** Adaptations must carry the same licence. */
  shareAlike: z.boolean(),
  /** No commercial use. */
  nonCommercial: z.boolean(),
  /** Adaptations may not be shared: a fork is not allowed. */
  noDerivatives: z.boolean(),
});
export type LicenceTerms = z.infer<typeof LicenceTermsSchema>;

/** The terms of a licence: share-alike, no-derivatives, non-commercial, attribution. */
export function licenceTerms(licence: Licence): LicenceTerms {
  if (licence === 'CC0-1.0') {
    return {
      label: 'CC0 1.0',
      url: 'https://creativecommons.org/publicdomain/zero/1.0/',
      attribution: false,
      shareAlike: false,
      nonCommercial: false,
      noDerivatives: false,
    };
  }
  const parts = licence.replace(/^CC-/, '').replace(/-4\.0$/, '').split('-');
  const code = parts.join('-').toLowerCase();
  return {
    label: `CC ${parts.join('-')} 4.0`,
    url: `https://creativecommons.org/licenses/${code}/4.0/`,
    attribution: true,
    shareAlike: parts.includes('SA'),
    nonCommercial: parts.includes('NC'),
    noDerivatives: parts.includes('ND'),
  };
}
