import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnitSchema, type Unit } from '@minga/schema';
import {
  addHashtag, insertItem, itemText, listIds, moveItem, setUnitMeta, slideFragment, unitText, updateItem, yDocToUnit,
  richTextToXmlFragment,
} from '@minga/doc-model';
import { connectClient, createWorkspace, startServer, synced, waitFor, type TestClient, type TestServer } from './helpers.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
const clients: TestClient[] = [];
beforeEach(async () => {
  t = await startServer();
  ws = await createWorkspace(t.origin);
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await t.close();
});

const paragraph = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });

describe('co-writing a unit over sync', () => {
  it('two stock y-websocket clients edit every part of one unit at once and converge to the same JSON', async () => {
    const res = await fetch(`${t.origin}/api/w/${ws.id}/units`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ws.editKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Communs',
        description: 'Une ligne',
        steps: ['Accueil', 'Exposé', 'Atelier', 'Bilan'].map((title, i) => ({ id: `s${i}`, title, kind: 'talk', minutes: 10 })),
        slides: [{ id: 'sl1', content: paragraph('Premier jet'), notes: { type: 'doc', content: [{ type: 'paragraph' }] } }],
      }),
    });
    const unit = UnitSchema.parse(await res.json());
    const amel = connectClient(t.wsOrigin, ws.id, unit.id, ws.editKey);
    const yann = connectClient(t.wsOrigin, ws.id, unit.id, ws.editKey);
    clients.push(amel, yann);
    await Promise.all([synced(amel), synced(yann)]);

    // Cut both from the server, so every edit below is truly concurrent.
    amel.provider.disconnect();
    yann.provider.disconnect();
    // Amel: header, objectives, moves a step, writes in the slide, licence.
    unitText(amel.doc, 'title').insert(0, 'Les ');
    unitText(amel.doc, 'description').insert(9, ' de plus');
    insertItem(amel.doc, 'objectives', { id: 'o-amel', text: 'Définir un commun' });
    moveItem(amel.doc, 'steps', 's3', 0);
    itemText(amel.doc, 'steps', 's1', 'title')!.insert(6, ' court');
    richTextToXmlFragment(paragraph('Version Amel'), slideFragment(amel.doc, 'sl1', 'notes')!);
    insertItem(amel.doc, 'materials', { id: 'm1', title: 'Licence', url: 'https://creativecommons.org/licenses/by-sa/4.0/', licence: 'CC BY-SA 4.0' });
    setUnitMeta(amel.doc, { licence: 'CC-BY-4.0' });
    addHashtag(amel.doc, '#Communs');
    // Yann, at the same time: the same title, the same step list, the same slide, other parts.
    unitText(yann.doc, 'title').insert(7, ' pour les décideurs');
    insertItem(yann.doc, 'objectives', { id: 'o-yann', text: 'Citer trois exemples' });
    moveItem(yann.doc, 'steps', 's3', 2);
    updateItem(yann.doc, 'steps', 's2', { minutes: 25 });
    insertItem(yann.doc, 'slides', { id: 'sl2', content: paragraph('Deuxième diapo'), notes: paragraph('Note de Yann'), hidden: false });
    insertItem(yann.doc, 'nextSteps', { id: 'n1', text: 'Relancer', done: false });
    insertItem(yann.doc, 'contributors', { name: 'Yann' });
    addHashtag(yann.doc, 'décideurs');
    unitText(yann.doc, 'participants').insert(0, 'Atelier de Lille');

    amel.provider.connect();
    yann.provider.connect();
    const json = (c: TestClient) => JSON.stringify(yDocToUnit(c.doc, unit.id));
    await waitFor(() => json(amel) === json(yann) && listIds(amel.doc, 'slides').length === 2 && unitText(amel.doc, 'participants').length > 0, 'convergence', 8000);

    const merged: Unit = UnitSchema.parse(yDocToUnit(amel.doc, unit.id));
    expect(merged.title).toBe('Les Communs pour les décideurs');
    expect(merged.objectives.map((o) => o.id).sort()).toEqual(['o-amel', 'o-yann']);
    // One move won; no step was lost or duplicated.
    expect(merged.steps.map((s) => s.id).sort()).toEqual(['s0', 's1', 's2', 's3']);
    expect(merged.steps.find((s) => s.id === 's1')?.title).toBe('Exposé court');
    expect(merged.steps.find((s) => s.id === 's2')?.minutes).toBe(25);
    expect(merged.hashtags.sort()).toEqual(['communs', 'décideurs']);
    expect(merged.licence).toBe('CC-BY-4.0');
    expect(merged.materials).toHaveLength(1);
    expect(merged.nextSteps.map((n) => n.text)).toEqual(['Relancer']);

    // The server's copy, read over REST, is the same JSON.
    const stored = await (await fetch(`${t.origin}/api/w/${ws.id}/units/${unit.id}`, { headers: { authorization: `Bearer ${ws.viewKey}` } })).json();
    expect(JSON.stringify(stored)).toBe(json(amel));
  });
});
