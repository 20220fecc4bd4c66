import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { EXAMPLE_SESSION, SessionSchema, type Session, type SessionItem } from '@minga/schema';
import { applySessionJson, sessionToYDoc } from './applySessionJson.ts';
import { yDocToSession } from './yDocToSession.ts';
import {
  insertSessionItem, insertSessionListItem, moveSessionItem, removeSessionItem, sessionListIds, setItemServesObjective,
  setSessionMeta, updateSessionItem,
} from './sessionOps.ts';
import { sessionItemText, sessionList, sessionText } from './sessionLayout.ts';
import { forkPeer, syncPeers } from './testPeers.ts';

const itemIds = EXAMPLE_SESSION.items.map((i) => i.id);

function peers(n: number): Y.Doc[] {
  const first = sessionToYDoc(EXAMPLE_SESSION);
  return [first, ...Array.from({ length: n - 1 }, () => forkPeer(first))];
}

function expectConverged(...docs: Y.Doc[]): Session {
  const sessions = docs.map((d) => yDocToSession(d));
  for (const s of sessions) expect(s).toEqual(sessions[0]);
  expect(SessionSchema.safeParse(sessions[0]).success).toBe(true);
  return sessions[0]!;
}

function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const freeItem = (id: string): SessionItem => ({ id, kind: 'break', title: id, minutes: 5 });
const itemOf = (session: Session, id: string) => session.items.find((i) => i.id === id);

describe('people composing one session at once', () => {
  it('moving the same item to different places leaves it once, in one place', () => {
    const [amel, yann] = peers(2) as [Y.Doc, Y.Doc];
    moveSessionItem(amel, 'it-welcome', 4);
    moveSessionItem(yann, 'it-welcome', 2);
    syncPeers(amel, yann);
    const ids = expectConverged(amel, yann).items.map((i) => i.id);
    expect([...ids].sort()).toEqual([...itemIds].sort());
    expect(ids.filter((id) => id === 'it-welcome')).toHaveLength(1);
  });

  it('reordering different items keeps every item exactly once', () => {
    const [amel, yann] = peers(2) as [Y.Doc, Y.Doc];
    moveSessionItem(amel, 'it-evaluation', 0);
    moveSessionItem(yann, 'it-communs', 4);
    syncPeers(amel, yann);
    const ids = expectConverged(amel, yann).items.map((i) => i.id);
    expect(ids[0]).toBe('it-evaluation');
    expect([...ids].sort()).toEqual([...itemIds].sort());
  });

  for (const [count, seed] of [[2, 1], [2, 42], [3, 7], [3, 2024]] as const) {
    it(`many random concurrent moves, inserts, removals and edits by ${count} people (seed ${seed}) never duplicate or lose an item`, () => {
      const random = seeded(seed);
      const docs = peers(count);
      const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
      const expected = new Set(itemIds);
      for (let round = 0; round < 50; round++) {
        docs.forEach((doc, p) => {
          const ids = sessionListIds(doc, 'items');
          const id = pick(ids);
          if (id !== undefined) moveSessionItem(doc, id, Math.floor(random() * ids.length));
          const roll = random();
          if (roll < 0.25) {
            const newId = `r${round}p${p}`;
            insertSessionItem(doc, freeItem(newId), Math.floor(random() * (ids.length + 1)));
            expected.add(newId);
          } else if (roll < 0.32 && id !== undefined && ids.length > 3) {
            removeSessionItem(doc, id);
            expected.delete(id);
          } else if (roll < 0.6 && id !== undefined) {
            const item = itemOf(yDocToSession(doc), id);
            if (item?.kind === 'unit') updateSessionItem(doc, id, { minutesOverride: Math.floor(random() * 60) });
            else if (item) updateSessionItem(doc, id, { minutes: Math.floor(random() * 60) });
          }
        });
        if (random() < 0.4) syncPeers(...docs);
      }
      syncPeers(...docs);
      const ids = expectConverged(...docs).items.map((i) => i.id);
      expect(ids).toHaveLength(new Set(ids).size);
      expect(new Set(ids)).toEqual(expected);
    });
  }

  it('a move and a removal of the same item end with the item removed everywhere', () => {
    const [amel, yann] = peers(2) as [Y.Doc, Y.Doc];
    moveSessionItem(amel, 'it-gouvernance', 0);
    removeSessionItem(yann, 'it-gouvernance');
    syncPeers(amel, yann);
    expect(expectConverged(amel, yann).items.map((i) => i.id)).toEqual(itemIds.filter((id) => id !== 'it-gouvernance'));
  });

  it('two items inserted at the same place by three people all stay, in the same order for everyone', () => {
    const docs = peers(3);
    docs.forEach((doc, p) => insertSessionItem(doc, freeItem(`from-${p}`), 1));
    syncPeers(...docs);
    const ids = expectConverged(...docs).items.map((i) => i.id);
    expect(ids.slice(1, 4).sort()).toEqual(['from-0', 'from-1', 'from-2']);
    moveSessionItem(docs[0]!, 'it-evaluation', 2);
    syncPeers(...docs);
    expect(expectConverged(...docs).items.map((i) => i.id)[2]).toBe('it-evaluation');
  });

  it('edits of different fields of one item, and of the session, all survive', () => {
    const [amel, yann] = peers(2) as [Y.Doc, Y.Doc];
    updateSessionItem(amel, 'it-communs', { minutesOverride: 25 });
    updateSessionItem(yann, 'it-communs', { facilitator: 'Léa' });
    setSessionMeta(amel, { startTime: '09:00' });
    setSessionMeta(yann, { theme: 'black' });
    insertSessionListItem(yann, 'objectives', { id: 'sobj-4', text: 'Trouver des alliés' });
    syncPeers(amel, yann);
    const session = expectConverged(amel, yann);
    expect(itemOf(session, 'it-communs')).toMatchObject({ minutesOverride: 25, facilitator: 'Léa' });
    expect(session).toMatchObject({ startTime: '09:00', theme: 'black' });
    expect(session.objectives.map((o) => o.id)).toEqual(['sobj-1', 'sobj-2', 'sobj-3', 'sobj-4']);
  });

  it('typing in the same text at once merges both words, in a new item\'s notes too', () => {
    const [amel, yann] = peers(2) as [Y.Doc, Y.Doc];
    insertSessionItem(amel, freeItem('it-pause'), 2);
    syncPeers(amel, yann);
    sessionItemText(amel, 'it-pause', 'notes')!.insert(0, 'Amel ');
    sessionItemText(yann, 'it-pause', 'notes')!.insert(0, 'Yann ');
    sessionItemText(amel, 'it-communs', 'transitionNote')!.insert(0, '« ');
    const note = sessionItemText(yann, 'it-communs', 'transitionNote')!;
    note.insert(note.length, ' »');
    sessionText(amel, 'audience').insert(0, 'Tous : ');
    syncPeers(amel, yann);
    const session = expectConverged(amel, yann);
    expect(itemOf(session, 'it-pause')).toMatchObject({ notes: expect.stringMatching(/^(Amel Yann |Yann Amel )$/) });
    expect(itemOf(session, 'it-communs')).toMatchObject({ transitionNote: `« ${(EXAMPLE_SESSION.items[1] as { transitionNote: string }).transitionNote} »` });
    expect(session.audience).toBe(`Tous : ${EXAMPLE_SESSION.audience}`);
  });

  it('pinning and going live at once end in one valid state: pinned to the new version, or live', () => {
    const [amel, yann] = peers(2) as [Y.Doc, Y.Doc];
    updateSessionItem(amel, 'it-gouvernance', { mode: 'live' });
    updateSessionItem(yann, 'it-gouvernance', { mode: 'pinned', pinnedVersion: 'v3' });
    updateSessionItem(amel, 'it-communs', { mode: 'pinned', pinnedVersion: 'v7' });
    updateSessionItem(yann, 'it-communs', { mode: 'pinned', pinnedVersion: 'v8' });
    syncPeers(amel, yann);
    const session = expectConverged(amel, yann);
    const gouvernance = itemOf(session, 'it-gouvernance')!;
    expect(gouvernance.kind === 'unit' && (gouvernance.mode === 'live' ? gouvernance.pinnedVersion === undefined : gouvernance.pinnedVersion === 'v3')).toBe(true);
    expect(['v7', 'v8']).toContain((itemOf(session, 'it-communs') as { pinnedVersion?: string }).pinnedVersion);
  });

  it('ticking objectives at once keeps every tick, once', () => {
    const docs = peers(3);
    setItemServesObjective(docs[0]!, 'it-communs', 'sobj-1', true);
    setItemServesObjective(docs[1]!, 'it-communs', 'sobj-2', true);
    setItemServesObjective(docs[2]!, 'it-communs', 'sobj-1', true);
    setItemServesObjective(docs[2]!, 'it-communs', 'sobj-3', false);
    syncPeers(...docs);
    const serves = (itemOf(expectConverged(...docs), 'it-communs') as { servesObjectiveIds?: string[] }).servesObjectiveIds;
    expect([...(serves ?? [])].sort()).toEqual(['sobj-1', 'sobj-2']);
  });

  it('one facilitator added by two people at once is there once', () => {
    const [amel, yann] = peers(2) as [Y.Doc, Y.Doc];
    insertSessionListItem(amel, 'facilitators', { name: 'Léa' });
    insertSessionListItem(yann, 'facilitators', { name: 'léa' });
    syncPeers(amel, yann);
    expect(expectConverged(amel, yann).facilitators.filter((f) => f.name.toLowerCase() === 'léa')).toHaveLength(1);
    expect(sessionList(amel, 'facilitators').size).toBe(3);
  });

  it('a PUT of a whole session merges with a live edit made meanwhile in another field', () => {
    const [server, yann] = peers(2) as [Y.Doc, Y.Doc];
    sessionText(yann, 'place').insert(0, 'Salle 2, ');
    moveSessionItem(yann, 'it-evaluation', 0);
    applySessionJson(server, { ...EXAMPLE_SESSION, title: 'Nouveau titre', targetMinutes: 75 });
    syncPeers(server, yann);
    const session = expectConverged(server, yann);
    expect(session).toMatchObject({ title: 'Nouveau titre', targetMinutes: 75, place: `Salle 2, ${EXAMPLE_SESSION.place}` });
    expect(session.items[0]!.id).toBe('it-evaluation');
  });
});
