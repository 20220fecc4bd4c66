import { applyUnitJson, unitTotalMinutes } from '@minga/doc-model';
import { UnitDraftSchema, unitFromDraft } from '@minga/schema';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { UndoController } from './UndoController.ts';

function unitDoc(draft: Record<string, unknown>): Y.Doc {
  const doc = new Y.Doc();
  applyUnitJson(doc, unitFromDraft(UnitDraftSchema.parse(draft), 'unit-1'));
  return doc;
}

describe('undo of a unit', () => {
  it('takes back only this person\'s changes, never what arrived from the others', () => {
    const amel = unitDoc({ steps: [{ title: 'Accueil', minutes: 10 }] });
    const yann = new Y.Doc();
    Y.applyUpdate(yann, Y.encodeStateAsUpdate(amel));
    const origin = { person: 'amel' };
    const undo = new UndoController(amel, origin);
    undo.start();
    expect(undo.getState()).toEqual({ canUndo: false, canRedo: false });

    amel.transact(() => amel.getText('title').insert(0, 'Les communs'), origin);
    yann.getText('context').insert(0, 'Lille');
    yann.getMap('steps').forEach((step) => (step as Y.Map<unknown>).set('minutes', 30));
    Y.applyUpdate(amel, Y.encodeStateAsUpdate(yann, Y.encodeStateVector(amel)), 'remote');
    expect(undo.getState().canUndo).toBe(true);

    undo.undo();
    expect(amel.getText('title').toString()).toBe('');
    expect(amel.getText('context').toString()).toBe('Lille');
    expect(unitTotalMinutes(amel)).toBe(30);
    expect(undo.getState()).toEqual({ canUndo: false, canRedo: true });
    undo.redo();
    expect(amel.getText('title').toString()).toBe('Les communs');
    undo.stop();
  });
});
