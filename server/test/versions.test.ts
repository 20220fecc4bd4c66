import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { VersionWithStateSchema } from '@minga/schema';
import { connectClient, createWorkspace, startServer, synced, waitFor, type TestClient, type TestServer } from './helpers.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
const clients: TestClient[] = [];
beforeEach(async () => {
  t = await startServer({ config: { autoVersionIdleMs: 300 } });
  ws = await createWorkspace(t.origin);
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await t.close();
});

const api = (path: string, key: string, init: RequestInit = {}) =>
  fetch(`${t.origin}/api/w/${ws.id}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${key}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
  });

describe('document history', () => {
  it('a named version keeps the state of its moment, with its label and author', async () => {
    const amel = connectClient(t.wsOrigin, ws.id, 'unit-a', ws.editKey);
    clients.push(amel);
    await synced(amel);
    amel.doc.getText('t').insert(0, 'première version');
    await waitFor(async () => (await t.server.ctx.store.countUpdates({ workspaceId: ws.id, docId: 'unit-a' })) > 0, 'stored');
    const res = await api('/docs/unit-a/versions', ws.editKey, { method: 'POST', body: JSON.stringify({ label: 'Avant Lille', author: 'Amel' }) });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    amel.doc.getText('t').insert(0, 'modifiée : ');

    const list = (await (await api('/docs/unit-a/versions', ws.viewKey)).json()) as { versions: { id: number; label: string; kind: string }[] };
    expect(list.versions.find((v) => v.id === id)).toMatchObject({ label: 'Avant Lille', kind: 'named' });
    const version = VersionWithStateSchema.parse(await (await api(`/docs/unit-a/versions/${id}`, ws.viewKey)).json());
    const preview = new Y.Doc();
    Y.applyUpdate(preview, Buffer.from(version.state, 'base64'));
    expect(preview.getText('t').toString()).toBe('première version');
    expect(version.author).toBe('Amel');
  });

  it('a view key cannot save a version; a bad body says what is wrong', async () => {
    expect((await api('/docs/unit-a/versions', ws.viewKey, { method: 'POST', body: JSON.stringify({ label: 'x', author: 'y' }) })).status).toBe(403);
    const bad = await api('/docs/unit-a/versions', ws.editKey, { method: 'POST', body: JSON.stringify({ label: '' }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/label.*author|author/);
  });

  it('a burst of editing ends in an automatic version naming who edited', async () => {
    const amel = connectClient(t.wsOrigin, ws.id, 'unit-b', ws.editKey);
    clients.push(amel);
    await synced(amel);
    amel.provider.awareness.setLocalStateField('user', { name: 'Amel', color: '#a00' });
    // The server relays a presence once it holds it: when another client sees Amel, the server knows her name.
    const yann = connectClient(t.wsOrigin, ws.id, 'unit-b', ws.viewKey);
    clients.push(yann);
    await waitFor(() => (yann.provider.awareness.getStates().get(amel.doc.clientID) as { user?: { name?: string } } | undefined)?.user?.name === 'Amel', 'Amel\'s presence on the server');
    for (let i = 0; i < 5; i++) amel.doc.getText('t').insert(0, `${i}`);
    const versions = async () => ((await (await api('/docs/unit-b/versions', ws.editKey)).json()) as { versions: { kind: string; author: string }[] }).versions;
    await vi.waitFor(async () => {
      expect((await versions()).find((v) => v.kind === 'auto')?.author).toBe('Amel');
    }, { timeout: 5000, interval: 100 });
  });

  it('a burst credits each editor under the name her presence gave as she edited: a rename mid-burst credits both, and leaving before the version still counts', async () => {
    const amel = connectClient(t.wsOrigin, ws.id, 'unit-c', ws.editKey);
    const bruno = connectClient(t.wsOrigin, ws.id, 'unit-c', ws.editKey);
    const yann = connectClient(t.wsOrigin, ws.id, 'unit-c', ws.viewKey);
    clients.push(amel, bruno, yann);
    await Promise.all([amel, bruno, yann].map((c) => synced(c)));
    amel.provider.awareness.setLocalStateField('user', { name: 'Amel', color: '#a00' });
    bruno.provider.awareness.setLocalStateField('user', { name: 'Bruno', color: '#0a0' });
    // Yann (a view key) names nobody: he sees both, so the server holds both names.
    yann.provider.awareness.setLocalStateField('user', { name: 'Yann', color: '#00a' });
    const names = () => [...yann.provider.awareness.getStates().values()].map((s) => (s as { user?: { name?: string } }).user?.name);
    await waitFor(() => names().includes('Amel') && names().includes('Bruno'), 'both presences on the server');

    // One burst, each socket's messages in order: Amel edits, renames herself, edits again; Bruno edits and leaves.
    amel.doc.getText('t').insert(0, 'a');
    amel.provider.awareness.setLocalStateField('user', { name: 'Amel R.', color: '#a00' });
    amel.doc.getText('t').insert(1, 'b');
    bruno.doc.getText('t').insert(0, 'c');
    bruno.destroy();

    const versions = async () => ((await (await api('/docs/unit-c/versions', ws.editKey)).json()) as { versions: { kind: string; author: string }[] }).versions;
    await vi.waitFor(async () => {
      expect((await versions()).filter((v) => v.kind === 'auto').map((v) => v.author)).toEqual(['Amel, Amel R., Bruno']);
    }, { timeout: 5000, interval: 100 });
  });

  it('an unknown version is a 404', async () => {
    expect((await api('/docs/unit-a/versions/999', ws.editKey)).status).toBe(404);
  });
});

describe('restoring a version', () => {
  it('brings a unit back to a named version as a new change, keeping every version in the history', async () => {
    const created = await (await api('/units', ws.editKey, { method: 'POST', body: JSON.stringify({ title: 'Version A', objectives: [{ text: 'Un' }] }) })).json() as { id: string };
    const saved = (await (await api(`/docs/${created.id}/versions`, ws.editKey, { method: 'POST', body: JSON.stringify({ label: 'A', author: 'Amel' }) })).json()) as { id: number };
    const current = await (await api(`/units/${created.id}`, ws.editKey)).json() as Record<string, unknown>;
    await api(`/units/${created.id}`, ws.editKey, { method: 'PUT', body: JSON.stringify({ ...current, title: 'Version B', objectives: [] }) });
    const amel = connectClient(t.wsOrigin, ws.id, created.id, ws.editKey);
    clients.push(amel);
    await synced(amel);

    const res = await api(`/docs/${created.id}/versions/${saved.id}/restore`, ws.editKey, { method: 'POST', body: JSON.stringify({}) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { title: string }).title).toBe('Version A');
    const { unitText } = await import('@minga/doc-model');
    await waitFor(() => unitText(amel.doc, 'title').toString() === 'Version A', 'open editor sees the restore');
    const versions = ((await (await api(`/docs/${created.id}/versions`, ws.editKey)).json()) as { versions: unknown[] }).versions;
    expect(versions.length).toBeGreaterThanOrEqual(1);
    expect((await api(`/docs/${created.id}/versions/${saved.id}/restore`, ws.viewKey, { method: 'POST', body: JSON.stringify({}) })).status).toBe(403);
  });
});
