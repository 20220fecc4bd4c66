import { applyUnitJson, yDocToUnit } from '@minga/doc-model';
import { UnitDraftSchema, unitFromDraft } from '@minga/schema';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeVersion } from './decodeVersion.ts';
import { restoreVersion } from './restoreVersion.ts';
import { UndoController } from './UndoController.ts';

const UNIT_ID = 'unit-1';

function unitDoc(draft: Record<string, unknown>): Y.Doc {
  const doc = new Y.Doc();
  applyUnitJson(doc, unitFromDraft(UnitDraftSchema.parse(draft), UNIT_ID));
  return doc;
}

/** A saved version as the API sends it: the whole Yjs state, base64. */
function savedState(doc: Y.Doc): string {
  return btoa(String.fromCharCode(...Y.encodeStateAsUpdate(doc)));
}

describe('restoring a saved version of a unit', () => {
  it('reads the version in a throwaway doc, leaving the live one alone', () => {
    const live = unitDoc({ title: 'Version A', steps: [{ title: 'Accueil', minutes: 10 }] });
    const state = savedState(live);
    live.getText('title').insert(9, ' bis');
    const version = decodeVersion(state, UNIT_ID);
    expect(version.title).toBe('Version A');
    expect(version.steps.map((step) => step.title)).toEqual(['Accueil']);
    expect(live.getText('title').toString()).toBe('Version A bis');
  });

  it('brings the content back as one new change, which keeps the history and credits those who came since', () => {
    const live = unitDoc({ title: 'Version A', objectives: [{ text: 'Premier' }], contributors: [{ name: 'Amel' }] });
    const version = decodeVersion(savedState(live), UNIT_ID);
    applyUnitJson(live, { ...yDocToUnit(live, UNIT_ID), title: 'Version B', objectives: [], contributors: [{ name: 'Amel' }, { name: 'Yann' }] });
    const before = Y.encodeStateVector(live);
    let transactions = 0;
    live.on('afterTransaction', (transaction) => {
      if (transaction.changed.size > 0) transactions++;
    });

    restoreVersion(live, version, UNIT_ID, 'me');

    const restored = yDocToUnit(live, UNIT_ID);
    expect(restored.title).toBe('Version A');
    expect(restored.objectives.map((objective) => objective.text)).toEqual(['Premier']);
    expect(restored.contributors.map((contributor) => contributor.name)).toEqual(['Amel', 'Yann']);
    expect(transactions).toBe(1);
    // A new change on top: a peer that held the state before receives it as an ordinary update.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(live));
    expect(yDocToUnit(peer, UNIT_ID).title).toBe('Version A');
    expect(Y.encodeStateVector(live)).not.toEqual(before);
  });

  it('can be undone by the person who restored, like any change of theirs', () => {
    const live = unitDoc({ title: 'Version A', steps: [{ title: 'Accueil', minutes: 10 }] });
    const version = decodeVersion(savedState(live), UNIT_ID);
    const origin = { person: 'amel' };
    const undo = new UndoController(live, origin);
    undo.start();
    live.transact(() => live.getText('title').insert(9, ' changée'), origin);
    undo.stopCapturing();
    restoreVersion(live, version, UNIT_ID, origin);
    expect(live.getText('title').toString()).toBe('Version A');
    undo.undo();
    expect(live.getText('title').toString()).toBe('Version A changée');
    undo.stop();
  });
});
