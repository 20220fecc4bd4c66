import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_CODES, CommentsListSchema, commentsDocId, UnitSchema, type Unit } from '@minga/schema';
import { openThread, replyToThread, setThreadStatus, yDocToThreads } from '@minga/doc-model';
import { closedByServer, connectClient, createWorkspace, startServer, synced, waitFor, WAIT, type TestClient, type TestServer } from './helpers.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
const clients: TestClient[] = [];
const client = (docId: string, key: string) => {
  const c = connectClient(t.wsOrigin, ws.id, docId, key);
  clients.push(c);
  return c;
};
beforeEach(async () => {
  t = await startServer();
  ws = await createWorkspace(t.origin);
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await t.close();
});

const api = (path: string, key: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(`${t.origin}/api/w/${ws.id}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${key}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });

async function createUnit(title: string): Promise<Unit> {
  const res = await api('/units', ws.editKey, { method: 'POST', body: { title } });
  expect(res.status).toBe(201);
  return UnitSchema.parse(await res.json());
}

const now = '2026-12-04T10:00:00.000Z';

describe('comment threads over sync', () => {
  it('live between two people, read by a newcomer, and never in the unit itself', async () => {
    const unit = await createUnit('Les communs');
    const amel = client(commentsDocId(unit.id), ws.editKey);
    const yann = client(commentsDocId(unit.id), ws.editKey);
    await Promise.all([synced(amel), synced(yann)]);
    openThread(amel.doc, { anchor: { field: 'title' }, author: 'Amel', text: 'Titre trop large ?', now });
    await waitFor(() => yDocToThreads(yann.doc).length === 1, 'the thread reaches Yann');

    const later = client(commentsDocId(unit.id), ws.viewKey);
    await synced(later);
    expect(yDocToThreads(later.doc).map((thread) => thread.messages[0]?.text)).toEqual(['Titre trop large ?']);
    const json = await (await api(`/units/${unit.id}`, ws.viewKey)).text();
    expect(json).not.toContain('Titre trop large');
  });

  it('a view key reads the threads but its own never reach anyone', async () => {
    const unit = await createUnit('Les communs');
    const editor = client(commentsDocId(unit.id), ws.editKey);
    const viewer = client(commentsDocId(unit.id), ws.viewKey);
    await Promise.all([synced(editor), synced(viewer)]);
    openThread(viewer.doc, { anchor: { field: 'title' }, author: 'Mallory', text: 'écrit sans droit', now });
    // Awareness goes out on the same socket after the update: once the editor sees it, the server has handled the update.
    viewer.provider.awareness.setLocalStateField('user', { name: 'Mallory', color: '#000' });
    await waitFor(() => [...editor.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Mallory'), 'the viewer’s later message arrives');
    openThread(editor.doc, { anchor: { field: 'description' }, author: 'Amel', text: 'Et la description ?', now });
    await waitFor(() => yDocToThreads(viewer.doc).some((thread) => thread.author === 'Amel'), 'the editor’s thread reaches the viewer');
    const fresh = client(commentsDocId(unit.id), ws.editKey);
    await synced(fresh);
    expect(yDocToThreads(fresh.doc).map((thread) => thread.author)).toEqual(['Amel']);
  });

  it('a unit moved to the bin closes the sockets of its comments too (4410), and they stay closed', async () => {
    const unit = await createUnit('À jeter');
    const reader = client(commentsDocId(unit.id), ws.editKey);
    await synced(reader);
    const closed = closedByServer(reader);
    expect((await api(`/units/${unit.id}`, ws.editKey, { method: 'DELETE' })).status).toBe(200);
    expect((await closed).code).toBe(CLOSE_CODES.docDeleted);
    const again = client(commentsDocId(unit.id), ws.editKey);
    expect((await closedByServer(again)).code).toBe(CLOSE_CODES.docDeleted);
  });
});

describe('comments over REST', () => {
  it('lists what waits for a person: open threads mentioning them, per unit, with the open count', async () => {
    const communs = await createUnit('Les communs');
    const gouvernance = await createUnit('Gouvernance');
    const a = client(commentsDocId(communs.id), ws.editKey);
    const b = client(commentsDocId(gouvernance.id), ws.editKey);
    await Promise.all([synced(a), synced(b)]);
    const asked = openThread(a.doc, { anchor: { field: 'title' }, author: 'Amel', text: 'Tu relis, @Yann ?', now });
    openThread(a.doc, { anchor: { field: 'description' }, author: 'Amel', text: 'Description à revoir', now });
    const done = openThread(b.doc, { anchor: { field: 'title' }, author: 'Lou', text: '@yann vu ?', now });
    setThreadStatus(b.doc, done, 'resolved', 'Yann', now);
    replyToThread(a.doc, asked, 'Yann', 'Oui, demain', now);
    const list = async (query: string) => {
      const res = await api(`/comments${query}`, ws.viewKey);
      expect(res.status).toBe(200);
      return CommentsListSchema.parse(await res.json());
    };
    await vi.waitFor(async () => expect((await list('?status=all')).items).toHaveLength(2), WAIT);
    const mine = await list('?status=open&mention=Yann');
    expect(mine.items.map((item) => [item.title, item.openCount, item.threads.map((thread) => thread.id)])).toEqual([['Les communs', 2, [asked]]]);
    const resolved = await list('?status=resolved&mention=yann');
    expect(resolved.items.map((item) => item.threads.map((thread) => thread.id))).toEqual([[done]]);
    expect((await api('/comments?status=everything', ws.viewKey)).status).toBe(400);
  });

  it('a unit’s JSON carries its threads only when asked with ?comments=1', async () => {
    const unit = await createUnit('Les communs');
    const c = client(commentsDocId(unit.id), ws.editKey);
    await synced(c);
    openThread(c.doc, { anchor: { field: 'title' }, author: 'Amel', text: 'Source ?', now });
    await vi.waitFor(async () => expect(await (await api(`/units/${unit.id}?comments=1`, ws.viewKey)).json()).toHaveProperty('comments.length', 1), WAIT);
    expect(await (await api(`/units/${unit.id}`, ws.viewKey)).json()).not.toHaveProperty('comments');
  });
});

