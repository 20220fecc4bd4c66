import { licenceChangeAllowed, licenceInForce, licenceTerms, shareAlikeSourceLicence, type Licence, type Unit } from '@minga/schema';
import { ApiError } from '../http/ApiError.ts';

/** Why a fork of a share-alike unit may not carry `next`, naming the source's licence. */
export function shareAlikeMessage(sourceLicence: Licence, next: Licence): string {
  const source = licenceTerms(sourceLicence).label;
  return `This unit adapts a unit under ${source}, which is share-alike: adaptations keep ${source}, so it cannot be put under ${licenceTerms(next).label}.`;
}

/** A 409 `conflict` when a fork of a share-alike unit carries a licence its source does not allow. */
export function requireShareAlikeKept(unit: Pick<Unit, 'licence' | 'source'>, action = ''): void {
  const bound = shareAlikeSourceLicence(unit);
  if (bound && !licenceChangeAllowed(bound, unit.licence)) {
    throw new ApiError('conflict', `${shareAlikeMessage(bound, unit.licence)}${action ? ` ${action}` : ''}`);
  }
}

/**
 * A version being restored over a fork keeps the share-alike rule of the fork as it is now: the
 * source's recorded licence stays recorded, and a licence the source forbids gives way to the
 * licence in force. The rest of the version comes back as it was.
 */
export function restoredUnderShareAlike(restored: Unit, current: Pick<Unit, 'source'>): Unit {
  const recorded = current.source?.forkedFrom?.licence;
  const forkedFrom = restored.source?.forkedFrom;
  const source = recorded && forkedFrom ? { ...restored.source, forkedFrom: { ...forkedFrom, licence: recorded } } : restored.source;
  const kept = source ? { ...restored, source } : restored;
  return { ...kept, licence: licenceInForce(kept) };
}
