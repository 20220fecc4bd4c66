import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EXAMPLE_UNIT, type Unit } from '@minga/schema';
import { applyUnitJson, unitToYDoc } from './applyUnitJson.ts';
import { yDocToUnit } from './yDocToUnit.ts';
import { itemText, slideFragment, unitList, unitText } from './unitLayout.ts';

function countUpdates(doc: Y.Doc): () => number {
  let n = 0;
  doc.on('update', () => n++);
  return () => n;
}

describe('applyUnitJson', () => {
  it('writes nothing when the document already holds the unit', () => {
    const doc = unitToYDoc(EXAMPLE_UNIT);
    const updates = countUpdates(doc);
    applyUnitJson(doc, structuredClone(EXAMPLE_UNIT));
    expect(updates()).toBe(0);
  });

  it('applies a whole unit in one transaction', () => {
    const doc = unitToYDoc(EXAMPLE_UNIT);
    const updates = countUpdates(doc);
    applyUnitJson(doc, { ...EXAMPLE_UNIT, title: 'Autre', steps: EXAMPLE_UNIT.steps.slice(1), licence: 'CC0-1.0' });
    expect(updates()).toBe(1);
  });

  it('keeps an untouched slide\'s fragments and the Y.Texts of untouched fields as the same Yjs objects', () => {
    const doc = unitToYDoc(EXAMPLE_UNIT);
    const content = slideFragment(doc, 'sl-1', 'content');
    const notes = slideFragment(doc, 'sl-2', 'notes');
    const stepTitle = itemText(doc, 'steps', 'st-2', 'title');
    const title = unitText(doc, 'title');
    const slide2 = EXAMPLE_UNIT.slides[1]!;
    const changed: Unit = {
      ...EXAMPLE_UNIT,
      title: EXAMPLE_UNIT.title + ' !',
      slides: [slide2, { ...EXAMPLE_UNIT.slides[0]!, hidden: true }],
      steps: EXAMPLE_UNIT.steps.map((s) => (s.id === 'st-2' ? { ...s, minutes: 30 } : s)),
    };
    applyUnitJson(doc, changed);
    expect(slideFragment(doc, 'sl-1', 'content')).toBe(content);
    expect(slideFragment(doc, 'sl-2', 'notes')).toBe(notes);
    expect(itemText(doc, 'steps', 'st-2', 'title')).toBe(stepTitle);
    expect(unitText(doc, 'title')).toBe(title);
    expect(yDocToUnit(doc)).toEqual(changed);
  });

  it('moves a reordered item by rewriting its order key only', () => {
    const doc = unitToYDoc(EXAMPLE_UNIT);
    const steps = unitList(doc, 'steps');
    const before = new Map([...steps.entries()].map(([id, m]) => [id, m.get('order')]));
    const [first, ...rest] = EXAMPLE_UNIT.steps;
    const reordered = { ...EXAMPLE_UNIT, steps: [...rest.slice(0, 3), first!, ...rest.slice(3)] };
    applyUnitJson(doc, reordered);
    const changedKeys = [...steps.entries()].filter(([id, m]) => m.get('order') !== before.get(id)).map(([id]) => id);
    expect(changedKeys).toEqual(['st-1']);
    expect(yDocToUnit(doc).steps.map((s) => s.id)).toEqual(reordered.steps.map((s) => s.id));
  });

  it('edits a changed text where it changed, so a caret elsewhere stays put', () => {
    const doc = unitToYDoc(EXAMPLE_UNIT);
    const context = unitText(doc, 'context');
    const caret = Y.createRelativePositionFromTypeIndex(context, context.length - 1);
    applyUnitJson(doc, { ...EXAMPLE_UNIT, context: 'Réécrit pendant la Minga de Lille, novembre 2014.' });
    const at = Y.createAbsolutePositionFromRelativePosition(caret, doc)!.index;
    expect(context.toString().slice(at)).toBe('.');
  });

  it('adds, removes and clears: items, hashtags, optional fields', () => {
    const doc = unitToYDoc(EXAMPLE_UNIT);
    const { source: _source, createdAt: _createdAt, ...withoutOptional } = EXAMPLE_UNIT;
    const next: Unit = {
      ...withoutOptional,
      hashtags: ['tiers-lieux', 'nouveau'],
      objectives: [],
      materials: [...EXAMPLE_UNIT.materials, { id: 'mat-3', title: 'Affiche', url: 'https://example.org/affiche', licence: 'CC0' }],
      contributors: [{ name: 'Yann', role: 'relecture' }],
    };
    applyUnitJson(doc, next);
    expect(yDocToUnit(doc)).toEqual(next);
    expect(unitList(doc, 'objectives').size).toBe(0);
  });
});
