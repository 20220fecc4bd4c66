import { z } from 'zod';
import { LICENCES, licenceTerms, type Licence } from './licence.ts';
import { jsonEqual } from './normaliseRichText.ts';
import { totalMinutes, type Unit, type UnitSource } from './unit.ts';

/** The parts of a unit a fork compares with its source, field by field. */
export const UPSTREAM_FIELDS = ['title', 'description', 'objectives', 'steps', 'slides', 'hashtags', 'materials'] as const;
export type UpstreamField = (typeof UPSTREAM_FIELDS)[number];

/** Why a unit may or may not be adapted. */
export type ForkCheck = { ok: true; licence: Licence } | { ok: false; reason: 'no_derivatives' };

/**
 * Whether a unit's licence allows a fork, and the licence the fork must carry.
 * No-derivatives forbids adaptations; share-alike keeps its licence (so do the others, by default).
 */
export function checkFork(licence: Licence): ForkCheck {
  if (licenceTerms(licence).noDerivatives) return { ok: false, reason: 'no_derivatives' };
  return { ok: true, licence };
}

/**
 * The licences an adaptation may carry, given the licence of the unit it adapts. Share-alike keeps
 * its licence: CC BY-SA 4.0 → CC BY-SA 4.0 only, CC BY-NC-SA 4.0 → CC BY-NC-SA 4.0 only. Any other
 * source licence, or none known (`undefined`), leaves every licence open.
 */
export function allowedLicences(sourceLicence: Licence | undefined): readonly Licence[] {
  if (sourceLicence && licenceTerms(sourceLicence).shareAlike) return [sourceLicence];
  return LICENCES;
}

/** Whether an adaptation of a unit under `sourceLicence` may carry `next`. */
export function licenceChangeAllowed(sourceLicence: Licence | undefined, next: Licence): boolean {
  return allowedLicences(sourceLicence).includes(next);
}

/** The share-alike licence recorded as its source's when the unit was forked, if any: the one it must keep. */
export function shareAlikeSourceLicence(unit: { source?: UnitSource }): Licence | undefined {
  const licence = unit.source?.forkedFrom?.licence;
  return licence && licenceTerms(licence).shareAlike ? licence : undefined;
}

/** The licences a unit may carry: all of them, unless it is a fork of a share-alike unit. */
export function allowedLicencesFor(unit: { source?: UnitSource }): readonly Licence[] {
  return allowedLicences(unit.source?.forkedFrom?.licence);
}

/**
 * The licence that applies to a unit when it is exported: its own, unless it adapts a share-alike
 * unit and carries a licence the source does not allow; then the source's (share-alike binds the
 * adaptation whatever its document says).
 */
export function licenceInForce(unit: { licence: Licence; source?: UnitSource }): Licence {
  const bound = shareAlikeSourceLicence(unit);
  return bound && !licenceChangeAllowed(bound, unit.licence) ? bound : unit.licence;
}

/** A unit as its fork starts: a new id, the lineage (with the source's licence), the same credits and licence. */
export function forkUnit(source: Unit, newId: string, version: string, options: { title?: string; catalogueId?: string } = {}): Unit {
  const { createdAt: _c, updatedAt: _u, ...rest } = source;
  // A source that itself broke its own source's share-alike passes on the licence in force, not its own.
  const licence = licenceInForce(source);
  return {
    ...rest,
    licence,
    id: newId,
    title: options.title ?? source.title,
    source: {
      ...(source.source?.url ? { url: source.source.url } : {}),
      forkedFrom: { unitId: source.id, version, ...(options.catalogueId ? { catalogueId: options.catalogueId } : {}), licence },
    },
  };
}

export const UpstreamFieldChangeSchema = z.object({
  field: z.enum(UPSTREAM_FIELDS),
  /** The source when the fork was made (or last brought up to date). */
  base: z.unknown(),
  /** The source now. */
  upstream: z.unknown(),
  /** The fork now. */
  mine: z.unknown(),
  /** The fork changed this field too since then: taking the source's value replaces the fork's. */
  conflict: z.boolean(),
});
export type UpstreamFieldChange = z.infer<typeof UpstreamFieldChangeSchema>;

/** What changed in the source since the fork, field by field, with the minutes before and after. */
export function upstreamChanges(base: Unit, upstream: Unit, mine: Unit) {
  const changes: UpstreamFieldChange[] = [];
  for (const field of UPSTREAM_FIELDS) {
    if (jsonEqual(base[field], upstream[field])) continue;
    if (jsonEqual(mine[field], upstream[field])) continue;
    changes.push({ field, base: base[field], upstream: upstream[field], mine: mine[field], conflict: !jsonEqual(base[field], mine[field]) });
  }
  return {
    changes,
    minutes: { base: totalMinutes(base.steps), upstream: totalMinutes(upstream.steps), mine: totalMinutes(mine.steps) },
  };
}

/** The fork with the chosen fields taken from the source; every other field stays the fork's own. */
export function takeUpstream(mine: Unit, upstream: Unit, fields: readonly UpstreamField[]): Unit {
  const next: Unit = { ...mine };
  for (const field of fields) (next as Record<UpstreamField, unknown>)[field] = JSON.parse(JSON.stringify(upstream[field])) as unknown;
  return next;
}

/** Body of `POST /api/w/<ws>/units/<id>/fork`. */
export const ForkBodySchema = z.strictObject({
  title: z.string().max(200, 'must be at most 200 characters').regex(/^[^\r\n]*$/, 'must be a single line').optional(),
  /** Who forks: recorded on the source's version that marks the fork. */
  author: z.string().trim().min(1).max(100).optional(),
});

/** Body of `POST /api/w/<ws>/units/<id>/upstream`: which of the source's changes to take. */
export const TakeUpstreamBodySchema = z.strictObject({
  take: z.array(z.enum(UPSTREAM_FIELDS)).max(UPSTREAM_FIELDS.length),
});
