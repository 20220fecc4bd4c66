import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { EXAMPLE_UNIT, type Unit } from '@minga/schema';
import { applyUnitJson, unitToYDoc } from './applyUnitJson.ts';
import { yDocToUnit } from './yDocToUnit.ts';
import { insertItem, listIds, moveItem, removeItem, setUnitMeta, updateItem } from './unitOps.ts';
import { itemText, slideFragment, unitList, unitText } from './unitLayout.ts';
import { syncXmlFragment, xmlFragmentToRichText } from './richTextYjs.ts';
import { forkPeer, syncPeers } from './testPeers.ts';

const stepIds = EXAMPLE_UNIT.steps.map((s) => s.id);

function twoPeers(): [Y.Doc, Y.Doc] {
  const amel = unitToYDoc(EXAMPLE_UNIT);
  return [amel, forkPeer(amel)];
}

function expectConverged(...docs: Y.Doc[]): Unit {
  const units = docs.map((d) => yDocToUnit(d));
  for (const u of units) expect(u).toEqual(units[0]);
  return units[0]!;
}

function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('two people editing one unit at once', () => {
  it('moving the same step to different places leaves it once, in one place', () => {
    const [amel, yann] = twoPeers();
    moveItem(amel, 'steps', 'st-1', 5);
    moveItem(yann, 'steps', 'st-1', 2);
    syncPeers(amel, yann);
    const { steps } = expectConverged(amel, yann);
    expect([...steps.map((s) => s.id)].sort()).toEqual([...stepIds].sort());
    expect(steps.filter((s) => s.id === 'st-1')).toHaveLength(1);
  });

  it('reordering different steps keeps every step exactly once', () => {
    const [amel, yann] = twoPeers();
    moveItem(amel, 'steps', 'st-6', 0);
    moveItem(yann, 'steps', 'st-2', 4);
    syncPeers(amel, yann);
    const ids = expectConverged(amel, yann).steps.map((s) => s.id);
    expect(ids[0]).toBe('st-6');
    expect([...ids].sort()).toEqual([...stepIds].sort());
  });

  it('many random concurrent moves, inserts and edits by three people never duplicate or lose a step', () => {
    const random = seeded(7);
    const amel = unitToYDoc(EXAMPLE_UNIT);
    const peers = [amel, forkPeer(amel), forkPeer(amel)];
    const expected = new Set(stepIds);
    for (let round = 0; round < 40; round++) {
      peers.forEach((peer, p) => {
        const ids = listIds(peer, 'steps');
        const id = ids[Math.floor(random() * ids.length)]!;
        moveItem(peer, 'steps', id, Math.floor(random() * ids.length));
        if (random() < 0.2) {
          const newId = `r${round}p${p}`;
          insertItem(peer, 'steps', { id: newId, title: newId, kind: 'other', minutes: 1, notes: '' }, Math.floor(random() * ids.length));
          expected.add(newId);
        }
        if (random() < 0.3) updateItem(peer, 'steps', id, { minutes: Math.floor(random() * 60) });
      });
      if (random() < 0.5) syncPeers(...peers);
    }
    syncPeers(...peers);
    const ids = expectConverged(...peers).steps.map((s) => s.id);
    expect(ids).toHaveLength(expected.size);
    expect(new Set(ids)).toEqual(expected);
  });

  it('a move and a delete of the same step end with the step deleted everywhere', () => {
    const [amel, yann] = twoPeers();
    moveItem(amel, 'steps', 'st-3', 0);
    removeItem(yann, 'steps', 'st-3');
    syncPeers(amel, yann);
    expect(expectConverged(amel, yann).steps.map((s) => s.id)).toEqual(stepIds.filter((id) => id !== 'st-3'));
  });

  it('two steps inserted at the same place both stay, in the same order for everyone', () => {
    const [amel, yann] = twoPeers();
    const step = (id: string) => ({ id, title: id, kind: 'talk' as const, minutes: 5, notes: '' });
    insertItem(amel, 'steps', step('from-amel'), 1);
    insertItem(yann, 'steps', step('from-yann'), 1);
    syncPeers(amel, yann);
    const ids = expectConverged(amel, yann).steps.map((s) => s.id);
    expect(ids.slice(1, 3).sort()).toEqual(['from-amel', 'from-yann']);
    // Both got the same key; a later move between them still finds room.
    const order = (id: string) => unitList(amel, 'steps').get(id)!.get('order');
    expect(order('from-amel')).toBe(order('from-yann'));
    moveItem(amel, 'steps', 'st-6', 2);
    syncPeers(amel, yann);
    expect(expectConverged(amel, yann).steps.map((s) => s.id)[2]).toBe('st-6');
  });

  it('edits of different fields all survive', () => {
    const [amel, yann] = twoPeers();
    unitText(amel, 'title').insert(0, 'Atelier : ');
    updateItem(amel, 'steps', 'st-2', { minutes: 25 });
    setUnitMeta(yann, { licence: 'CC-BY-4.0' });
    updateItem(yann, 'steps', 'st-2', { kind: 'workshop' });
    insertItem(yann, 'objectives', { id: 'obj-3', text: 'Nommer une règle' });
    syncPeers(amel, yann);
    const unit = expectConverged(amel, yann);
    expect(unit.title).toBe(`Atelier : ${EXAMPLE_UNIT.title}`);
    expect(unit.licence).toBe('CC-BY-4.0');
    expect(unit.steps.find((s) => s.id === 'st-2')).toMatchObject({ minutes: 25, kind: 'workshop' });
    expect(unit.objectives.map((o) => o.id)).toEqual(['obj-1', 'obj-2', 'obj-3']);
  });

  it('typing in the same text at once merges both words', () => {
    const [amel, yann] = twoPeers();
    itemText(amel, 'steps', 'st-2', 'notes')!.insert(0, 'Amel ');
    itemText(yann, 'steps', 'st-2', 'notes')!.insert(0, 'Yann ');
    unitText(amel, 'description').insert(0, '« ');
    unitText(yann, 'description').insert(unitText(yann, 'description').length, ' »');
    syncPeers(amel, yann);
    const unit = expectConverged(amel, yann);
    expect(unit.steps.find((s) => s.id === 'st-2')!.notes).toMatch(/^(Amel Yann |Yann Amel )$/);
    expect(unit.description).toBe(`« ${EXAMPLE_UNIT.description} »`);
  });

  it('two people writing different paragraphs of the same slide both keep their words', () => {
    const [amel, yann] = twoPeers();
    const p = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });
    syncXmlFragment(slideFragment(amel, 'sl-1', 'notes')!, { type: 'doc', content: [p('Amel’s note'), p('Laisser deviner avant de montrer.')] });
    syncXmlFragment(slideFragment(yann, 'sl-1', 'notes')!, { type: 'doc', content: [p('Laisser deviner avant de montrer, puis montrer.')] });
    syncPeers(amel, yann);
    expectConverged(amel, yann);
    expect(xmlFragmentToRichText(slideFragment(amel, 'sl-1', 'notes')!).content).toEqual([
      p('Amel’s note'), p('Laisser deviner avant de montrer, puis montrer.'),
    ]);
  });

  it('a PUT of a whole unit merges with a live edit made meanwhile in another field', () => {
    const [server, yann] = twoPeers();
    unitText(yann, 'participants').insert(0, 'Léa, ');
    applyUnitJson(server, { ...EXAMPLE_UNIT, title: 'Nouveau titre', hashtags: ['communs'] });
    syncPeers(server, yann);
    const unit = expectConverged(server, yann);
    expect(unit).toMatchObject({ title: 'Nouveau titre', hashtags: ['communs'], participants: `Léa, ${EXAMPLE_UNIT.participants}` });
  });
});
