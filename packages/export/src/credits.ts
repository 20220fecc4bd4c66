import { contributorKey, licenceInForce, licenceTerms, shareAlikeSourceLicence, type Contributor, type Licence, type Material } from '@minga/schema';
import type { ResolvedUnit } from './resolveUnits.ts';

/**
 * Who and what a deck or run-sheet credits: per unit its contributors, licence and sources, and
 * over all units the union of contributors and licences. Share-alike licences require it, and the
 * network's material is a commons: credits travel with every export.
 */

export interface UnitCredits {
  unitId: string;
  /** The unit's title, or its id when it cannot be read. */
  title: string;
  /** The unit was deleted or cannot be read: its credits are unknown. */
  missing: boolean;
  contributors: Contributor[];
  /** Who reviewed it ("relu par"): approvals and comments from outside its contributors, by name. */
  reviewers: string[];
  /**
   * The licence in force (`licenceInForce`): the unit's own, or its share-alike source's when the
   * unit carries a licence that source does not allow.
   */
  licence?: Licence;
  /** Set on forks of a share-alike unit: the source's licence, which the fork keeps. */
  adaptedFrom?: Licence;
  materials: Material[];
}

export interface Credits {
  units: UnitCredits[];
  /** Everyone who contributed to any unit, once each (first spelling kept), in order of appearance. */
  contributors: Contributor[];
  /** Every licence in use, once each, in order of appearance. */
  licences: Licence[];
}

/**
 * Who reviewed each unit, by unit id: the server reads it from the unit's comments document
 * (`reviewedBy`), names only; a comment's text never reaches an export.
 */
export type UnitReviewers = ReadonlyMap<string, readonly string[]>;

/** The credits of the given units, each unit once, in the order given. */
export function collectCredits(units: readonly ResolvedUnit[], reviewers: UnitReviewers = new Map()): Credits {
  const seenUnits = new Set<string>();
  const seenPeople = new Set<string>();
  const credits: Credits = { units: [], contributors: [], licences: [] };
  for (const resolved of units) {
    if (seenUnits.has(resolved.unitId)) continue;
    seenUnits.add(resolved.unitId);
    const unit = resolved.unit;
    if (!unit) {
      credits.units.push({ unitId: resolved.unitId, title: resolved.unitId, missing: true, contributors: [], reviewers: [], materials: [] });
      continue;
    }
    const licence = licenceInForce(unit);
    const adaptedFrom = shareAlikeSourceLicence(unit);
    credits.units.push({
      unitId: unit.id, title: unit.title || unit.id, missing: false, contributors: unit.contributors, reviewers: [...(reviewers.get(unit.id) ?? [])], licence, ...(adaptedFrom ? { adaptedFrom } : {}), materials: unit.materials,
    });
    if (!credits.licences.includes(licence)) credits.licences.push(licence);
    for (const person of unit.contributors) {
      const key = contributorKey(person.name);
      if (seenPeople.has(key)) continue;
      seenPeople.add(key);
      credits.contributors.push(person);
    }
  }
  return credits;
}

/** "Amel (facilitation), Yann". */
export function contributorNames(contributors: readonly Contributor[]): string {
  return contributors.map((c) => (c.role ? `${c.name} (${c.role})` : c.name)).join(', ');
}

/** Short labels of licences: "CC BY-SA 4.0, CC0 1.0". */
export function licenceLabels(licences: readonly Licence[]): string {
  return licences.map((l) => licenceTerms(l).label).join(', ');
}
