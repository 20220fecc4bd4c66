import { describe, expect, it } from 'vitest';
import { LICENCES, type Licence } from './licence.ts';
import { UnitSchema, type Unit } from './unit.ts';
import { EXAMPLE_UNIT } from './unitExample.ts';
import { allowedLicences, allowedLicencesFor, forkUnit, licenceChangeAllowed, licenceInForce, shareAlikeSourceLicence } from './unitFork.ts';

const forkOf = (sourceLicence: Licence | undefined, licence: Licence = sourceLicence ?? 'CC-BY-4.0'): Unit => ({
  ...EXAMPLE_UNIT,
  id: 'fork',
  licence,
  source: { forkedFrom: { unitId: 'src', version: 'v1', ...(sourceLicence ? { licence: sourceLicence } : {}) } },
});

describe('share-alike after the fork', () => {
  it('a CC BY-SA 4.0 source allows CC BY-SA 4.0 only', () => {
    expect(allowedLicences('CC-BY-SA-4.0')).toEqual(['CC-BY-SA-4.0']);
    expect(licenceChangeAllowed('CC-BY-SA-4.0', 'CC-BY-SA-4.0')).toBe(true);
    for (const next of LICENCES.filter((l) => l !== 'CC-BY-SA-4.0')) expect(licenceChangeAllowed('CC-BY-SA-4.0', next)).toBe(false);
  });

  it('a CC BY-NC-SA 4.0 source allows CC BY-NC-SA 4.0 only', () => {
    expect(allowedLicences('CC-BY-NC-SA-4.0')).toEqual(['CC-BY-NC-SA-4.0']);
    expect(licenceChangeAllowed('CC-BY-NC-SA-4.0', 'CC-BY-SA-4.0')).toBe(false);
    expect(licenceChangeAllowed('CC-BY-NC-SA-4.0', 'CC-BY-NC-4.0')).toBe(false);
  });

  it('other sources, and forks whose source licence was not recorded, leave every licence open', () => {
    for (const source of ['CC-BY-4.0', 'CC-BY-NC-4.0', 'CC0-1.0', undefined] as const) {
      expect(allowedLicences(source)).toEqual(LICENCES);
    }
    expect(allowedLicencesFor(forkOf(undefined, 'CC0-1.0'))).toEqual(LICENCES);
    expect(allowedLicencesFor({})).toEqual(LICENCES);
  });

  it('reads the rule from the unit', () => {
    expect(allowedLicencesFor(forkOf('CC-BY-SA-4.0'))).toEqual(['CC-BY-SA-4.0']);
    expect(shareAlikeSourceLicence(forkOf('CC-BY-NC-SA-4.0'))).toBe('CC-BY-NC-SA-4.0');
    expect(shareAlikeSourceLicence(forkOf('CC-BY-4.0'))).toBeUndefined();
  });

  it('the licence in force is the source’s when the fork carries one it forbids', () => {
    expect(licenceInForce(forkOf('CC-BY-SA-4.0', 'CC-BY-4.0'))).toBe('CC-BY-SA-4.0');
    expect(licenceInForce(forkOf('CC-BY-SA-4.0'))).toBe('CC-BY-SA-4.0');
    expect(licenceInForce(forkOf('CC-BY-4.0', 'CC0-1.0'))).toBe('CC0-1.0');
    expect(licenceInForce(forkOf(undefined, 'CC0-1.0'))).toBe('CC0-1.0');
  });

  it('forkUnit records the source’s licence, and a source that broke its own rule passes on the licence in force', () => {
    const fork = forkUnit({ ...EXAMPLE_UNIT, licence: 'CC-BY-NC-SA-4.0' }, 'f1', 'v1');
    expect(fork.source?.forkedFrom).toMatchObject({ unitId: EXAMPLE_UNIT.id, version: 'v1', licence: 'CC-BY-NC-SA-4.0' });
    expect(fork.licence).toBe('CC-BY-NC-SA-4.0');
    expect(UnitSchema.parse(fork)).toEqual(fork);

    const grandchild = forkUnit(forkOf('CC-BY-SA-4.0', 'CC-BY-4.0'), 'f2', 'v2');
    expect(grandchild.licence).toBe('CC-BY-SA-4.0');
    expect(grandchild.source?.forkedFrom?.licence).toBe('CC-BY-SA-4.0');
  });

  it('old forks without a recorded licence stay valid', () => {
    const old = forkOf(undefined, 'CC-BY-4.0');
    expect(UnitSchema.parse(old)).toEqual(old);
  });
});
