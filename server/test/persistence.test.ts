import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import pino from 'pino';
import { openDatabase } from '../src/storage/openDatabase.ts';
import { SqliteDocStore } from '../src/storage/SqliteDocStore.ts';
import { RoomManager } from '../src/sync/RoomManager.ts';
import { connectClient, createWorkspace, spawnServer, startServer, synced, tempDataDir, waitFor, type TestClient } from './helpers.ts';

const clients: TestClient[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

describe('durable storage', () => {
  it('an edit survives a clean restart of the server', async () => {
    const dataDir = tempDataDir();
    const first = await startServer({ dataDir });
    const ws = await createWorkspace(first.origin);
    const amel = connectClient(first.wsOrigin, ws.id, 'general-pad', ws.editKey);
    clients.push(amel);
    await synced(amel);
    amel.doc.getText('t').insert(0, 'Notes de l’atelier');
    await waitFor(async () => (await first.server.ctx.store.countUpdates({ workspaceId: ws.id, docId: 'general-pad' })) > 0, 'stored');
    amel.destroy();
    await first.close();

    const second = await startServer({ dataDir });
    cleanups.push(() => second.close());
    const yann = connectClient(second.wsOrigin, ws.id, 'general-pad', ws.editKey);
    clients.push(yann);
    await synced(yann);
    expect(yann.doc.getText('t').toString()).toBe('Notes de l’atelier');
  });

  it('an edit that reached a second client survives SIGKILL of the server right after', async () => {
    const dataDir = tempDataDir();
    const first = await spawnServer(dataDir);
    cleanups.push(() => void first.child.kill('SIGKILL'));
    const ws = await createWorkspace(first.origin);
    const amel = connectClient(first.wsOrigin, ws.id, 'general-pad', ws.editKey);
    const yann = connectClient(first.wsOrigin, ws.id, 'general-pad', ws.editKey);
    clients.push(amel, yann);
    await Promise.all([synced(amel), synced(yann)]);
    amel.doc.getText('t').insert(0, 'écrit juste avant la panne');
    await waitFor(() => yann.doc.getText('t').toString() === 'écrit juste avant la panne', 'edit reaches yann');
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    amel.destroy();
    yann.destroy();

    const second = await spawnServer(dataDir);
    cleanups.push(() => void second.child.kill('SIGKILL'));
    const zoe = connectClient(second.wsOrigin, ws.id, 'general-pad', ws.editKey);
    clients.push(zoe);
    await synced(zoe);
    expect(zoe.doc.getText('t').toString()).toBe('écrit juste avant la panne');
  });

  it('SIGTERM stops the server cleanly: exit code 0 and the data compacted', async () => {
    const dataDir = tempDataDir();
    const server = await spawnServer(dataDir);
    const ws = await createWorkspace(server.origin);
    const amel = connectClient(server.wsOrigin, ws.id, 'general-pad', ws.editKey);
    clients.push(amel);
    await synced(amel);
    for (let i = 0; i < 20; i++) amel.doc.getText('t').insert(i, 'x');
    await waitFor(() => amel.provider.synced && amel.provider.wsconnected, 'connected');
    // Wait until the server has stored all twenty.
    const db = openDatabase(dataDir);
    cleanups.push(() => void db.close());
    const count = () => (db.prepare('SELECT count(*) AS n FROM doc_updates').get() as { n: number }).n;
    await waitFor(() => count() >= 20, 'all updates stored');
    const exited = new Promise<number | null>((r) => server.child.once('exit', r));
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(count()).toBe(1);
  });

  it('a doc left as 20 000 separate updates opens whole, then is stored as one snapshot', async () => {
    const dataDir = tempDataDir();
    const db = openDatabase(dataDir);
    const store = new SqliteDocStore(db, dataDir);
    cleanups.push(async () => {
      await store.close();
      db.close();
    });
    const ref = { workspaceId: 'w1', docId: 'big' };
    const source = new Y.Doc();
    const writes: Promise<number>[] = [];
    source.on('update', (u: Uint8Array) => writes.push(store.append(ref, u)));
    const text = source.getText('t');
    for (let i = 0; i < 20_000; i++) text.insert((i * 7) % (text.length + 1), String.fromCharCode(97 + (i % 26)));
    await Promise.all(writes);
    expect(await store.countUpdates(ref)).toBe(20_000);

    const rooms = new RoomManager(store, pino({ level: 'silent' }), { unloadGraceMs: 10, compactEvery: 500 });
    const room = await rooms.open(ref);
    expect(room.doc.getText('t').toString()).toBe(text.toString());
    // The compaction the load started deletes the 20 000 rows a slice per writer round: an edit of
    // another doc made meanwhile is on disk, and relayed, long before the last slice.
    const other = await rooms.open({ workspaceId: 'w1', docId: 'small' });
    other.doc.getText('t').insert(0, 'pendant le chargement');
    await other.settled();
    expect(await store.countUpdates(ref)).toBeGreaterThan(1);
    await waitFor(async () => (await store.countUpdates(ref)) === 1, 'folded into one snapshot');
    await rooms.closeAll();

    // The next load reads the snapshot alone, with everything in it.
    const reopened = new RoomManager(store, pino({ level: 'silent' }), { unloadGraceMs: 10, compactEvery: 500 });
    const again = await reopened.open(ref);
    expect(again.doc.getText('t').toString()).toBe(text.toString());
    expect((await store.load(ref)).updateCount).toBe(1);
    await reopened.closeAll();
  });
});

describe('compaction next to another process', () => {
  it('an update stored by another process after a doc was loaded survives that doc’s compaction', async () => {
    const dataDir = tempDataDir();
    const db = openDatabase(dataDir);
    const store = new SqliteDocStore(db, dataDir);
    cleanups.push(async () => {
      await store.close();
      db.close();
    });
    const ref = { workspaceId: 'w1', docId: 'shared' };
    const source = new Y.Doc();
    const writes: Promise<number>[] = [];
    source.on('update', (u: Uint8Array) => writes.push(store.append(ref, u)));
    source.getText('t').insert(0, 'ab');
    source.getText('t').insert(2, 'cd');
    await Promise.all(writes);

    const rooms = new RoomManager(store, pino({ level: 'silent' }), { unloadGraceMs: 10, compactEvery: 500 });
    const room = await rooms.open(ref);
    // Another process (say `minga import`) appends after the load, straight to the database.
    const otherDb = openDatabase(dataDir);
    const other = new SqliteDocStore(otherDb, dataDir);
    const late = new Y.Doc();
    Y.applyUpdate(late, Y.encodeStateAsUpdate(source));
    let lateUpdate: Uint8Array | null = null;
    late.on('update', (u: Uint8Array) => (lateUpdate = u));
    late.getText('t').insert(4, 'EF');
    await other.append(ref, lateUpdate!);
    await other.close();
    otherDb.close();

    room.doc.getText('t').insert(0, '>');
    await room.settled();
    await room.compact();
    await rooms.closeAll();
    const { state } = await store.load(ref);
    const check = new Y.Doc();
    Y.applyUpdate(check, state!);
    expect(check.getText('t').toString()).toBe('>abcdEF');
  });
});
