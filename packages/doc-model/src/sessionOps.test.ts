import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EXAMPLE_SESSION } from '@minga/schema';
import { sessionToYDoc } from './applySessionJson.ts';
import { yDocToSession } from './yDocToSession.ts';
import {
  insertSessionItem, insertSessionListItem, moveSessionItem, moveSessionListItem, removeSessionItem, removeSessionListItem,
  sessionListIds, setItemServesObjective, setSessionMeta, updateSessionItem, updateSessionListItem,
} from './sessionOps.ts';
import { sessionEntryText, sessionItemText, sessionList, sessionSharedTypes, sessionText } from './sessionLayout.ts';
import { forkPeer, syncPeers } from './testPeers.ts';

const itemIds = EXAMPLE_SESSION.items.map((i) => i.id);
const itemOf = (doc: Y.Doc, id: string) => yDocToSession(doc).items.find((i) => i.id === id);

describe('session edits', () => {
  it('move an item to any index, first and last included, and say when nothing moved', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    expect(moveSessionItem(doc, 'it-welcome', 99)).toBe(true);
    expect(sessionListIds(doc, 'items')).toEqual([...itemIds.slice(1), 'it-welcome']);
    expect(moveSessionItem(doc, 'it-welcome', 0)).toBe(true);
    expect(moveSessionItem(doc, 'it-questions', 1)).toBe(true);
    expect(sessionListIds(doc, 'items')).toEqual(['it-welcome', 'it-questions', 'it-communs', 'it-gouvernance', 'it-evaluation']);
    expect(moveSessionItem(doc, 'it-questions', 1)).toBe(false);
    expect(moveSessionItem(doc, 'nope', 0)).toBe(false);
  });

  it('insert items where asked, each with the texts an input binds to', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    insertSessionItem(doc, { id: 'it-break', kind: 'break', title: 'Pause', minutes: 10 }, 2);
    insertSessionItem(doc, { id: 'it-unit', kind: 'unit', unitId: 'nouvelle-unite', mode: 'live' });
    expect(sessionListIds(doc, 'items')).toEqual([...itemIds.slice(0, 2), 'it-break', ...itemIds.slice(2), 'it-unit']);
    expect(sessionItemText(doc, 'it-break', 'notes')?.toString()).toBe('');
    expect(sessionItemText(doc, 'it-unit', 'transitionNote')?.toString()).toBe('');
    expect(sessionItemText(doc, 'it-unit', 'title')).toBeNull();
    sessionItemText(doc, 'it-unit', 'transitionNote')!.insert(0, 'Enchaîner');
    expect(itemOf(doc, 'it-unit')).toMatchObject({ transitionNote: 'Enchaîner' });
    expect(insertSessionItem(doc, { id: 'it-break', kind: 'other', title: 'x', minutes: 1 })).toBe('it-break');
    expect(itemOf(doc, 'it-break')).toMatchObject({ kind: 'break', title: 'Pause' });
  });

  it('remove an item, and say when it was not there', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    expect(removeSessionItem(doc, 'it-communs')).toBe(true);
    expect(removeSessionItem(doc, 'it-communs')).toBe(false);
    expect(sessionListIds(doc, 'items')).toEqual(itemIds.filter((id) => id !== 'it-communs'));
  });

  it('update an item\'s fields; going live drops the pinned version; clearing an optional field removes it', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    expect(updateSessionItem(doc, 'it-communs', { minutesOverride: 25, facilitator: undefined, transitionNote: 'Autre transition' })).toBe(true);
    expect(itemOf(doc, 'it-communs')).toEqual({
      id: 'it-communs', kind: 'unit', unitId: 'communs-decideurs-01', mode: 'live', minutesOverride: 25,
      transitionNote: 'Autre transition', servesObjectiveIds: ['sobj-3'],
    });
    updateSessionItem(doc, 'it-gouvernance', { mode: 'live' });
    expect(itemOf(doc, 'it-gouvernance')).toEqual({ id: 'it-gouvernance', kind: 'unit', unitId: 'gouvernance-partagee', mode: 'live', facilitator: 'Amel' });
    updateSessionItem(doc, 'it-gouvernance', { mode: 'pinned', pinnedVersion: 'v3' });
    expect(itemOf(doc, 'it-gouvernance')).toMatchObject({ mode: 'pinned', pinnedVersion: 'v3' });
  });

  it('turn an item into another kind, keeping only the fields that kind has', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    expect(updateSessionItem(doc, 'it-welcome', { kind: 'break' })).toBe(true);
    expect(itemOf(doc, 'it-welcome')).toEqual({ ...EXAMPLE_SESSION.items[0], kind: 'break' });
    expect(updateSessionItem(doc, 'it-communs', { kind: 'questions' })).toBe(true);
    expect(itemOf(doc, 'it-communs')).toEqual({ id: 'it-communs', kind: 'questions', title: '', minutes: 0, facilitator: 'Yann' });
    expect(updateSessionItem(doc, 'it-questions', { kind: 'unit', unitId: 'une-unite', mode: 'live' })).toBe(true);
    expect(itemOf(doc, 'it-questions')).toEqual({ id: 'it-questions', kind: 'unit', unitId: 'une-unite', mode: 'live' });
  });

  it('refuse, writing nothing, an update that would make an invalid item or that targets a missing one', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    let updates = 0;
    doc.on('update', () => updates++);
    expect(updateSessionItem(doc, 'it-welcome', { minutes: 601 })).toBe(false);
    expect(updateSessionItem(doc, 'it-welcome', { minutes: 2.5 })).toBe(false);
    expect(updateSessionItem(doc, 'it-welcome', { kind: 'unit' })).toBe(false);
    expect(updateSessionItem(doc, 'it-communs', { mode: 'pinned' })).toBe(false);
    expect(updateSessionItem(doc, 'missing', { minutes: 5 })).toBe(false);
    expect(updates).toBe(0);
  });

  it('tick and untick the objectives a unit item serves', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    expect(setItemServesObjective(doc, 'it-communs', 'sobj-1', true)).toBe(true);
    expect(setItemServesObjective(doc, 'it-communs', 'sobj-1', true)).toBe(false);
    expect(setItemServesObjective(doc, 'it-gouvernance', 'sobj-2', true)).toBe(true);
    expect(setItemServesObjective(doc, 'it-welcome', 'sobj-2', true)).toBe(false);
    expect(itemOf(doc, 'it-communs')).toMatchObject({ servesObjectiveIds: ['sobj-3', 'sobj-1'] });
    expect(itemOf(doc, 'it-gouvernance')).toMatchObject({ servesObjectiveIds: ['sobj-2'] });
    expect(setItemServesObjective(doc, 'it-communs', 'sobj-3', false)).toBe(true);
    expect(setItemServesObjective(doc, 'it-communs', 'sobj-3', false)).toBe(false);
    expect(itemOf(doc, 'it-communs')).toMatchObject({ servesObjectiveIds: ['sobj-1'] });
  });

  it('insert, move, update and remove objectives, next steps and facilitators', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    insertSessionListItem(doc, 'objectives', { id: 'sobj-0', text: 'Premier' }, 0);
    moveSessionListItem(doc, 'objectives', 'sobj-3', 1);
    updateSessionListItem(doc, 'objectives', 'sobj-2', { text: 'Partager la gouvernance' });
    sessionEntryText(doc, 'objectives', 'sobj-0')!.insert(7, ' objectif');
    insertSessionListItem(doc, 'nextSteps', { id: 'sns-3', text: 'Écrire le compte rendu', done: false }, 1);
    updateSessionListItem(doc, 'nextSteps', 'sns-1', { done: true });
    removeSessionListItem(doc, 'nextSteps', 'sns-2');
    insertSessionListItem(doc, 'facilitators', { name: 'Léa' }, 0);
    insertSessionListItem(doc, 'facilitators', { name: ' amel ' });
    updateSessionListItem(doc, 'facilitators', 'yann', { name: 'Yann Le Goff' });
    const session = yDocToSession(doc);
    expect(session.objectives).toEqual([
      { id: 'sobj-0', text: 'Premier objectif' },
      { id: 'sobj-3', text: 'Repartir avec une idée de projet' },
      { id: 'sobj-1', text: EXAMPLE_SESSION.objectives[0]!.text },
      { id: 'sobj-2', text: 'Partager la gouvernance' },
    ]);
    expect(session.nextSteps).toEqual([
      { id: 'sns-1', text: 'Envoyer les supports aux participants', done: true },
      { id: 'sns-3', text: 'Écrire le compte rendu', done: false },
    ]);
    expect(session.facilitators).toEqual([{ name: 'Léa' }, { name: 'Amel' }, { name: 'Yann Le Goff' }]);
    expect(sessionListIds(doc, 'facilitators')).toEqual(['léa', 'amel', 'yann le goff']);
  });

  it('set and clear the date, start time, target duration and theme', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    setSessionMeta(doc, { date: '2025-04-01', startTime: '09:30', targetMinutes: 90, theme: 'white' });
    expect(yDocToSession(doc)).toMatchObject({ date: '2025-04-01', startTime: '09:30', targetMinutes: 90, theme: 'white' });
    setSessionMeta(doc, { date: null, startTime: null });
    const session = yDocToSession(doc);
    expect(session).not.toHaveProperty('date');
    expect(session).not.toHaveProperty('startTime');
    expect(session.targetMinutes).toBe(90);
  });

  it('undo reverts one person\'s structured edits and leaves the other person\'s', () => {
    const amel = sessionToYDoc(EXAMPLE_SESSION);
    const yann = forkPeer(amel);
    const undo = new Y.UndoManager(sessionSharedTypes(amel));
    moveSessionItem(amel, 'it-welcome', 3);
    updateSessionItem(amel, 'it-questions', { minutes: 15 });
    setItemServesObjective(amel, 'it-communs', 'sobj-2', true);
    sessionText(yann, 'title').insert(0, 'Yann : ');
    Y.applyUpdate(amel, Y.encodeStateAsUpdate(yann), 'remote');
    undo.undo();
    syncPeers(amel, yann);
    const session = yDocToSession(yann);
    expect(session.items).toEqual(EXAMPLE_SESSION.items);
    expect(session.title).toBe(`Yann : ${EXAMPLE_SESSION.title}`);
    expect(sessionList(yann, 'items').size).toBe(itemIds.length);
  });
});
