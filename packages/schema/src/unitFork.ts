import { z } from 'zod';
import { LICENCES, licenceTerms, type Licence } from './licence.ts';
import { jsonEqual } from './normaliseRichText.ts';
import { totalMinutes, type Unit, type UnitSource } from './unit.ts';

/**
 * The parts of a unit a fork compares with its source, field by field: all its content. Not the
 * licence (share-alike rules it), the source, the ids or the dates.
 */
export const UPSTREAM_FIELDS = [
  'title', 'description', 'objectives', 'steps', 'nextSteps', 'context', 'participants', 'slides', 'hashtags', 'materials', 'contributors', 'language',
] as const;
export type UpstreamField = (typeof UPSTREAM_FIELDS)[number];

/** The lists whose items a fork can take one by one from its source. */
export const UPSTREAM_ITEM_FIELDS = ['objectives', 'steps', 'nextSteps'] as const;
export type UpstreamItemField = (typeof UPSTREAM_ITEM_FIELDS)[number];

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

/** One item of a list that changed in the source: new there, changed, or removed. */
export const UpstreamItemChangeSchema = z.object({
  id: z.string(),
  change: z.enum(['added', 'changed', 'removed']),
  /** The item in the source now (absent when the source removed it). */
  upstream: z.unknown().optional(),
  /** The item in the fork now (absent when the fork does not have it). */
  mine: z.unknown().optional(),
  /** The fork changed this item too since then. */
  conflict: z.boolean(),
});
export type UpstreamItemChange = z.infer<typeof UpstreamItemChangeSchema>;

export const UpstreamFieldChangeSchema = z.object({
  field: z.enum(UPSTREAM_FIELDS),
  /** For objectives, steps and next steps: the items that changed, to take one by one. */
  items: z.array(UpstreamItemChangeSchema).optional(),
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
    const change: UpstreamFieldChange = { field, base: base[field], upstream: upstream[field], mine: mine[field], conflict: !jsonEqual(base[field], mine[field]) };
    if (isItemField(field)) change.items = upstreamItemChanges(base[field], upstream[field], mine[field]);
    changes.push(change);
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

function isItemField(field: UpstreamField): field is UpstreamItemField {
  return (UPSTREAM_ITEM_FIELDS as readonly string[]).includes(field);
}

type ListItem = { id: string };

/** The items the source added, changed or removed since the fork, leaving out those the fork already matches. */
export function upstreamItemChanges(base: readonly ListItem[], upstream: readonly ListItem[], mine: readonly ListItem[]): UpstreamItemChange[] {
  const byId = (list: readonly ListItem[]) => new Map(list.map((item) => [item.id, item]));
  const [b, u, m] = [byId(base), byId(upstream), byId(mine)];
  const ids = [...new Set([...upstream.map((i) => i.id), ...base.map((i) => i.id)])];
  const out: UpstreamItemChange[] = [];
  for (const id of ids) {
    const [was, now, ours] = [b.get(id), u.get(id), m.get(id)];
    if (jsonEqual(was, now) || jsonEqual(ours, now)) continue;
    const change = !was ? 'added' : !now ? 'removed' : 'changed';
    out.push({ id, change, ...(now ? { upstream: now } : {}), ...(ours ? { mine: ours } : {}), conflict: !jsonEqual(was, ours) });
  }
  return out;
}

/**
 * The fork with one item of a list as the source has it now: replaced, removed, or (new in the
 * source) inserted after the nearest item before it that the fork has too.
 */
export function takeUpstreamItem(mine: Unit, upstream: Unit, field: UpstreamItemField, id: string): Unit {
  const list: ListItem[] = [...(mine[field] as ListItem[])];
  const theirs = upstream[field] as ListItem[];
  const at = theirs.findIndex((item) => item.id === id);
  const here = list.findIndex((item) => item.id === id);
  if (at < 0) {
    if (here >= 0) list.splice(here, 1);
  } else {
    const copy = JSON.parse(JSON.stringify(theirs[at])) as ListItem;
    if (here >= 0) list[here] = copy;
    else {
      const before = theirs.slice(0, at).reverse().map((item) => list.findIndex((x) => x.id === item.id)).find((i) => i >= 0);
      list.splice(before === undefined ? 0 : before + 1, 0, copy);
    }
  }
  return { ...mine, [field]: list };
}

/** Body of `POST /api/w/<ws>/units/<id>/fork`. */
export const ForkBodySchema = z.strictObject({
  title: z.string().max(200, 'must be at most 200 characters').regex(/^[^\r\n]*$/, 'must be a single line').optional(),
  /** Who forks: recorded on the source's version that marks the fork. */
  author: z.string().trim().min(1).max(100).optional(),
});

/** Body of `POST /api/w/<ws>/units/<id>/upstream`: which of the source's changes to take. */
export const TakeUpstreamBodySchema = z.strictObject({
  /** Whole fields to take. */
  take: z.array(z.enum(UPSTREAM_FIELDS)).max(UPSTREAM_FIELDS.length),
  /** Single objectives, steps or next steps to take, by id (a field taken whole needs none). */
  items: z.array(z.strictObject({ field: z.enum(UPSTREAM_ITEM_FIELDS), id: z.string().min(1).max(64) })).max(1000).default([]),
});
