import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EXAMPLE_UNIT, isCompleteSequence, UnitSchema } from '@minga/schema';
import { unitToYDoc } from './applyUnitJson.ts';
import { COMMENTS_LAYOUT_VERSION, openThread } from './commentThreads.ts';
import {
  COMMENTS_LAYOUT_MIGRATIONS, LayoutMigrationError, migrateLayout, SESSION_LAYOUT_MIGRATIONS, storedLayout, UNIT_LAYOUT_MIGRATIONS,
} from './layoutMigrations.ts';
import { SESSION_LAYOUT_VERSION } from './sessionLayout.ts';
import { UNIT_LAYOUT_VERSION, UNIT_META, unitMeta } from './unitLayout.ts';
import { setUnitMeta } from './unitOps.ts';
import { yDocToUnit } from './yDocToUnit.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

/** The unit document an older Minga stored (layout 1), as a server loads it. */
function storedLayout1Unit(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, fixture('unit-layout-1.bin'));
  return doc;
}

describe('layout migrations', () => {
  it('have a named step for every layout version of every kind of document', () => {
    expect(isCompleteSequence(UNIT_LAYOUT_MIGRATIONS, UNIT_LAYOUT_VERSION, 'unit-layout')).toBe(true);
    expect(isCompleteSequence(SESSION_LAYOUT_MIGRATIONS, SESSION_LAYOUT_VERSION, 'session-layout')).toBe(true);
    expect(isCompleteSequence(COMMENTS_LAYOUT_MIGRATIONS, COMMENTS_LAYOUT_VERSION, 'comments-layout')).toBe(true);
  });

  it('bring a unit stored in layout 1 to the current layout, losing nothing of what it held', () => {
    const expected = UnitSchema.parse(JSON.parse(fixture('unit-layout-1.json').toString('utf8')));
    const doc = storedLayout1Unit();
    expect(storedLayout(doc, 'unit')).toBe(1);
    expect(unitMeta(doc).get(UNIT_META.review)).toEqual(expected.review);

    expect(migrateLayout(doc, 'unit')).toEqual(['unit-layout/2-review-roots']);
    expect(storedLayout(doc, 'unit')).toBe(UNIT_LAYOUT_VERSION);
    expect(unitMeta(doc).has(UNIT_META.review)).toBe(false);
    expect(yDocToUnit(doc)).toEqual(expected);
    expect(migrateLayout(doc, 'unit')).toEqual([]);
  });

  it('give the same document when two servers migrate the same old doc at once', () => {
    const a = storedLayout1Unit();
    const b = storedLayout1Unit();
    migrateLayout(a, 'unit');
    migrateLayout(b, 'unit');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(yDocToUnit(a)).toEqual(yDocToUnit(b));
    expect(yDocToUnit(a).review?.reviewers).toEqual(['Lou Martin', 'Sami']);
  });

  it('keep a reviewer added by one editor while another changes the state (what layout 2 is for)', () => {
    const a = storedLayout1Unit();
    migrateLayout(a, 'unit');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setUnitMeta(a, { review: { state: 'ready', reviewers: ['Lou Martin', 'Sami'] } });
    setUnitMeta(b, { review: { state: 'in_review', reviewers: ['Lou Martin', 'Sami', 'Noor'] } });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(yDocToUnit(a).review?.reviewers).toEqual(['Lou Martin', 'Sami', 'Noor']);
    expect(yDocToUnit(a).review).toEqual(yDocToUnit(b).review);
  });

  it('read a version stored in layout 1 without migrating it', () => {
    expect(yDocToUnit(storedLayout1Unit()).review).toEqual({ state: 'in_review', reviewers: ['Lou Martin', 'Sami'], changedAt: '2026-11-20T09:30:00.000Z' });
  });

  it('stamp a doc written before layouts had versions, leave an empty doc alone, refuse one from a newer Minga', () => {
    const comments = new Y.Doc();
    openThread(comments, { anchor: { field: 'title' }, author: 'Lou', text: 'Trop long ?', now: '2026-12-01T10:00:00.000Z' });
    comments.getMap('comments').delete('layoutVersion');
    expect(migrateLayout(comments, 'comments')).toEqual(['comments-layout/1-initial']);
    expect(storedLayout(comments, 'comments')).toBe(1);

    expect(migrateLayout(new Y.Doc(), 'session')).toEqual([]);

    const newer = unitToYDoc(UnitSchema.parse(EXAMPLE_UNIT));
    unitMeta(newer).set(UNIT_META.layoutVersion, UNIT_LAYOUT_VERSION + 1);
    expect(() => migrateLayout(newer, 'unit')).toThrow(LayoutMigrationError);
    expect(() => migrateLayout(newer, 'unit')).toThrow(/newer Minga/);
  });
});
