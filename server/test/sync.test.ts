import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '@minga/schema';
import { closedByServer, connectClient, createWorkspace, startServer, synced, waitFor, type TestClient, type TestServer } from './helpers.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
const clients: TestClient[] = [];
const client = (key: string | undefined, docId = 'general-pad', workspaceId = ws.id) => {
  const c = connectClient(t.wsOrigin, workspaceId, docId, key);
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

describe('sync endpoint', () => {
  it('edits from two stock y-websocket clients converge', async () => {
    const amel = client(ws.editKey);
    const yann = client(ws.editKey);
    await Promise.all([synced(amel), synced(yann)]);
    amel.doc.getText('t').insert(0, 'Bonjour ');
    yann.doc.getText('t').insert(0, 'les communs');
    await waitFor(() => amel.doc.getText('t').toString() === yann.doc.getText('t').toString() && amel.doc.getText('t').length === 19, 'convergence');
    expect(amel.doc.getText('t').toString()).toContain('Bonjour');
    expect(amel.doc.getText('t').toString()).toContain('les communs');
  });

  it('awareness states reach the other people in the doc, view keys included', async () => {
    const amel = client(ws.editKey);
    const yann = client(ws.viewKey);
    await Promise.all([synced(amel), synced(yann)]);
    amel.provider.awareness.setLocalStateField('user', { name: 'Amel', color: '#c00' });
    await waitFor(() => [...yann.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Amel'), 'awareness of Amel');
    yann.provider.awareness.setLocalStateField('user', { name: 'Yann', color: '#00c' });
    await waitFor(() => [...amel.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Yann'), 'awareness of Yann');
  });

  it('a view key receives the doc and live changes, but its updates never reach others or the disk', async () => {
    const editor = client(ws.editKey);
    await synced(editor);
    editor.doc.getText('t').insert(0, 'texte partagé');
    const viewer = client(ws.viewKey);
    await synced(viewer);
    await waitFor(() => viewer.doc.getText('t').toString() === 'texte partagé', 'viewer receives the doc');

    viewer.doc.getText('t').insert(0, 'VANDALE ');
    editor.doc.getText('t').insert(13, ' !');
    await waitFor(() => viewer.doc.getText('t').toString().endsWith(' !'), 'viewer follows live edits');
    // The viewer's socket carries its update, then its presence: once the editor sees the presence,
    // the server has handled (and dropped) the update. Then a brand new client checks.
    viewer.provider.awareness.setLocalStateField('user', { name: 'Lecteur' });
    await waitFor(() => (editor.provider.awareness.getStates().get(viewer.doc.clientID) as { user?: { name?: string } } | undefined)?.user?.name === 'Lecteur', 'the viewer\'s presence after its update');
    expect(editor.doc.getText('t').toString()).toBe('texte partagé !');
    const fresh = client(ws.editKey);
    await synced(fresh);
    expect(fresh.doc.getText('t').toString()).toBe('texte partagé !');

    const stored = t.server.ctx.store;
    const { state } = await stored.load({ workspaceId: ws.id, docId: 'general-pad' });
    const Y = await import('yjs');
    const check = new Y.Doc();
    Y.applyUpdate(check, state!);
    expect(check.getText('t').toString()).toBe('texte partagé !');
  });

  it('a socket without a key is closed with 4401 and the client stops reconnecting', async () => {
    const anon = client(undefined);
    const closed = await closedByServer(anon);
    expect(closed.code).toBe(CLOSE_CODES.missingKey);
    await waitFor(() => !anon.provider.shouldConnect, 'provider gives up');
  });

  it('a wrong key is closed with 4403, an unknown workspace with 4404, a bad doc id with 4400', async () => {
    expect((await closedByServer(client('not-the-key'))).code).toBe(CLOSE_CODES.wrongKey);
    expect((await closedByServer(client(ws.editKey, 'pad', 'NoSuchWorkspace0'))).code).toBe(CLOSE_CODES.workspaceNotFound);
    expect((await closedByServer(client(ws.editKey, 'x'.repeat(65)))).code).toBe(CLOSE_CODES.badRequest);
  });

  it('a key of one workspace does not open another', async () => {
    const other = await createWorkspace(t.origin, 'Autre atelier');
    expect((await closedByServer(client(other.editKey))).code).toBe(CLOSE_CODES.wrongKey);
  });

  it('rotating the keys over REST cuts the open sockets that used the old ones at once', async () => {
    const editor = client(ws.editKey);
    const viewer = client(ws.viewKey);
    await Promise.all([synced(editor), synced(viewer)]);
    const editorClosed = closedByServer(editor);
    const res = await fetch(`${t.origin}/api/w/${ws.id}/keys/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ws.editKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ which: 'edit' }),
    });
    expect(res.status).toBe(200);
    const rotated = (await res.json()) as { editKey: string; viewKey?: string };
    expect(rotated.viewKey).toBeUndefined();
    expect((await editorClosed).code).toBe(CLOSE_CODES.wrongKey);
    // The view key was not rotated: its socket stays.
    expect(viewer.provider.wsconnected).toBe(true);
    const again = client(rotated.editKey);
    await synced(again);
  });

  it('keys rotated by another process (the CLI) cut this server’s sockets too', async () => {
    const viewer = client(ws.viewKey);
    await synced(viewer);
    const closed = closedByServer(viewer);
    // Same database, another connection: as `minga workspace rotate-keys` does.
    const { openDatabase } = await import('../src/storage/openDatabase.ts');
    const { WorkspaceRepo } = await import('../src/workspaces/WorkspaceRepo.ts');
    const { SqliteWorkspaceRows } = await import('../src/workspaces/SqliteWorkspaceRows.ts');
    const db = openDatabase(t.dataDir);
    await new WorkspaceRepo(new SqliteWorkspaceRows(db)).rotate(ws.id, 'view');
    db.close();
    expect((await closed).code).toBe(CLOSE_CODES.wrongKey);
  });

  it('a new client of a large doc loaded from disk gets it whole, and every edit made since it was loaded', async () => {
    const text = 'Les communs se cultivent ensemble. '.repeat(2_500); // 87 500 characters: past the kept-state threshold
    const amel = client(ws.editKey, 'unit-large');
    await synced(amel);
    amel.doc.getText('t').insert(0, text);
    await waitFor(async () => (await t.server.ctx.store.countUpdates({ workspaceId: ws.id, docId: 'unit-large' })) > 0, 'update stored');
    amel.destroy();
    await waitFor(() => t.server.ctx.rooms.size === 0, 'room unloaded');

    const yann = client(ws.editKey, 'unit-large');
    await synced(yann);
    expect(yann.doc.getText('t').toString()).toBe(text);
    yann.doc.getText('t').insert(0, 'Relu : ');
    await waitFor(async () => (await t.server.ctx.store.countUpdates({ workspaceId: ws.id, docId: 'unit-large' })) > 1, 'edit stored');
    // A client that holds nothing, after the edit: it must not be served the doc as it was loaded.
    const lou = client(ws.editKey, 'unit-large');
    await synced(lou);
    expect(lou.doc.getText('t').toString()).toBe(`Relu : ${text}`);
  });

  it('a doc leaves memory after its last client goes, and comes back whole', async () => {
    const amel = client(ws.editKey, 'unit-1');
    await synced(amel);
    amel.doc.getText('t').insert(0, 'persisté');
    await waitFor(async () => (await t.server.ctx.store.countUpdates({ workspaceId: ws.id, docId: 'unit-1' })) > 0, 'update stored');
    amel.destroy();
    await waitFor(() => t.server.ctx.rooms.size === 0, 'room unloaded');
    const yann = client(ws.editKey, 'unit-1');
    await synced(yann);
    expect(yann.doc.getText('t').toString()).toBe('persisté');
  });
});
