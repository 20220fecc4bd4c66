import type * as Y from 'yjs';
import { ReviewStateSchema, TimestampSchema, type UnitReview } from '@minga/schema';
import { writeOrderedSet } from './listItems.ts';
import { sortedIds } from './orderedMap.ts';
import { parsedOr, setValue } from './yFields.ts';
import { unitReviewers, unitReviewMap } from './unitLayout.ts';

/** The unit's review, or undefined while nobody set one (a draft). Reviewer names are read as written, in order. */
export function readUnitReview(doc: Y.Doc): UnitReview | undefined {
  const map = unitReviewMap(doc);
  const state = parsedOr(ReviewStateSchema, map.get('state'), undefined);
  if (state === undefined) return undefined;
  const reviewers = sortedIds(unitReviewers(doc) as Y.Map<unknown>).filter((name) => name.trim() !== '').slice(0, 30);
  const changedAt = parsedOr(TimestampSchema, map.get('changedAt'), undefined);
  return { state, reviewers, ...(changedAt ? { changedAt } : {}) };
}

/**
 * Makes the unit's review read `review`, writing only what differs: a state set by one editor
 * and a reviewer added by another at the same moment both stay.
 */
export function writeUnitReview(doc: Y.Doc, review: UnitReview | undefined): void {
  doc.transact(() => {
    const map = unitReviewMap(doc);
    setValue(map, 'state', review?.state);
    setValue(map, 'changedAt', review?.changedAt);
    writeOrderedSet(unitReviewers(doc), review?.reviewers ?? []);
  });
}
