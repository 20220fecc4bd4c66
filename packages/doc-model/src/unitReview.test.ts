import { describe, expect, it } from 'vitest';
import { UnitSchema, EXAMPLE_UNIT } from '@minga/schema';
import { unitToYDoc } from './applyUnitJson.ts';
import { yDocToUnit } from './yDocToUnit.ts';
import { setUnitMeta } from './unitOps.ts';
import { unitReviewMap } from './unitLayout.ts';

describe('a unit’s review state', () => {
  it('goes through the Yjs form and back, and an editor can change it live', () => {
    const unit = UnitSchema.parse({ ...EXAMPLE_UNIT, review: { state: 'in_review', reviewers: ['Lou', 'Sami'], changedAt: '2026-12-04T10:00:00.000Z' } });
    const doc = unitToYDoc(unit);
    expect(yDocToUnit(doc, unit.id).review).toEqual(unit.review);
    setUnitMeta(doc, { review: { state: 'ready', reviewers: ['Lou', 'Sami'] } });
    expect(yDocToUnit(doc, unit.id).review).toEqual({ state: 'ready', reviewers: ['Lou', 'Sami'] });
  });

  it('reads as absent (a draft) when a peer wrote something that is not a review', () => {
    const doc = unitToYDoc(UnitSchema.parse(EXAMPLE_UNIT));
    unitReviewMap(doc).set('state', 'approved-by-me');
    expect(yDocToUnit(doc).review).toBeUndefined();
  });

  it('is refused in the JSON form when its state is unknown', () => {
    expect(UnitSchema.safeParse({ ...EXAMPLE_UNIT, review: { state: 'done', reviewers: [] } }).success).toBe(false);
  });
});
