import { describe, expect, it } from 'vitest';
import { EXAMPLE_UNIT } from '@minga/schema';
import { unitToYDoc } from './applyUnitJson.ts';
import { yDocToUnit } from './yDocToUnit.ts';
import {
  addHashtag, insertItem, listIds, moveHashtag, moveItem, removeHashtag, removeItem, setUnitMeta, unitTotalMinutes, updateItem,
} from './unitOps.ts';
import { slideFragment, unitSharedTypes, unitText } from './unitLayout.ts';
import { forkPeer, syncPeers } from './testPeers.ts';
import * as Y from 'yjs';

describe('unit edits', () => {
  it('move a step to any index, first and last included, and say when nothing moved', () => {
    const doc = unitToYDoc(EXAMPLE_UNIT);
    expect(moveItem(doc, 'steps', 'st-1', 99)).toBe(true);
    expect(listIds(doc, 'steps')).toEqual(['st-2', 'st-3', 'st-4', 'st-5', 'st-6', 'st-1']);
    expect(moveItem(doc, 'steps', 'st-1', 0)).toBe(true);
    expect(moveItem(doc, 'steps', 'st-4', 1)).toBe(true);
    expect(listIds(doc, 'steps')).toEqual(['st-1', 'st-4', 'st-2', 'st-3', 'st-5', 'st-6']);
    expect(moveItem(doc, 'steps', 'st-4', 1)).toBe(false);
    expect(moveItem(doc, 'steps', 'nope', 0)).toBe(false);
  });

  it('total the minutes of the sequence as they change', () => {
    const doc = unitToYDoc(EXAMPLE_UNIT);
    expect(unitTotalMinutes(doc)).toBe(60);
    updateItem(doc, 'steps', 'st-2', { minutes: 25 });
    removeItem(doc, 'steps', 'st-4');
    expect(unitTotalMinutes(doc)).toBe(60);
  });

  it('insert items where asked; a new slide comes with empty content and notes fragments', () => {
    const doc = unitToYDoc(EXAMPLE_UNIT);
    insertItem(doc, 'objectives', { id: 'obj-0', text: 'Premier' }, 0);
    insertItem(doc, 'slides', { id: 'sl-new', content: { type: 'doc', content: [] }, notes: { type: 'doc', content: [] }, hidden: false });
    expect(listIds(doc, 'objectives')).toEqual(['obj-0', 'obj-1', 'obj-2']);
    expect(listIds(doc, 'slides')).toEqual(['sl-1', 'sl-2', 'sl-new']);
    expect(slideFragment(doc, 'sl-new', 'content')?.length).toBe(0);
    expect(slideFragment(doc, 'sl-new', 'notes')).not.toBeNull();
    expect(slideFragment(doc, 'missing', 'notes')).toBeNull();
  });

  it('record a contributor once, whatever the spelling, and re-file a renamed one in place', () => {
    const doc = unitToYDoc(EXAMPLE_UNIT);
    insertItem(doc, 'contributors', { name: 'Léa' });
    insertItem(doc, 'contributors', { name: 'amel' });
    expect(yDocToUnit(doc).contributors).toEqual([{ name: 'Amel', role: 'facilitation' }, { name: 'Yann' }, { name: 'Léa' }]);
    updateItem(doc, 'contributors', 'amel', { role: 'animation' });
    updateItem(doc, 'contributors', 'yann', { name: 'Yann Le Goff' });
    expect(yDocToUnit(doc).contributors).toEqual([{ name: 'Amel', role: 'animation' }, { name: 'Yann Le Goff' }, { name: 'Léa' }]);
    expect(listIds(doc, 'contributors')).toEqual(['amel', 'yann le goff', 'léa']);
  });

  it('add hashtags normalised and once, move and remove them', () => {
    const doc = unitToYDoc(EXAMPLE_UNIT);
    expect(addHashtag(doc, '#Éducation Populaire')).toBe('éducation-populaire');
    expect(addHashtag(doc, 'COMMUNS')).toBe('communs');
    expect(addHashtag(doc, '#')).toBeNull();
    moveHashtag(doc, 'éducation-populaire', 0);
    expect(removeHashtag(doc, '#Tiers Lieux')).toBe(true);
    expect(yDocToUnit(doc).hashtags).toEqual(['éducation-populaire', 'communs', 'décideurs']);
  });

  it('set language and licence', () => {
    const doc = unitToYDoc(EXAMPLE_UNIT);
    setUnitMeta(doc, { language: 'en', licence: 'CC-BY-ND-4.0' });
    expect(yDocToUnit(doc)).toMatchObject({ language: 'en', licence: 'CC-BY-ND-4.0' });
  });

  it('undo reverts one person\'s structured edits and leaves the other person\'s', () => {
    const amel = unitToYDoc(EXAMPLE_UNIT);
    const yann = forkPeer(amel);
    const undo = new Y.UndoManager(unitSharedTypes(amel));
    moveItem(amel, 'steps', 'st-1', 3);
    updateItem(amel, 'steps', 'st-2', { minutes: 45 });
    unitText(yann, 'title').insert(0, 'Yann : ');
    Y.applyUpdate(amel, Y.encodeStateAsUpdate(yann), 'remote');
    undo.undo();
    syncPeers(amel, yann);
    const unit = yDocToUnit(yann);
    expect(unit.steps).toEqual(EXAMPLE_UNIT.steps);
    expect(unit.title).toBe(`Yann : ${EXAMPLE_UNIT.title}`);
  });
});
