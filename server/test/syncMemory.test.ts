import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { IncomingMessage } from 'node:http';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectClient, createWorkspace, synced, startServer, WAIT, type TestClient, type TestServer } from './helpers.ts';

// What an open room and its sockets keep in memory. A full garbage collection is run here (the
// test process is started without --expose-gc, so the flag is set now and `gc` taken from a fresh context).
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

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

describe('sync memory', () => {
  it('an open sync socket keeps nothing of the HTTP request that opened it', async () => {
    const requests: WeakRef<IncomingMessage>[] = [];
    t.server.app.websocketServer.on('connection', (_socket: unknown, request: IncomingMessage) => requests.push(new WeakRef(request)));
    const amel = connectClient(t.wsOrigin, ws.id, 'general-pad', ws.editKey);
    const yann = connectClient(t.wsOrigin, ws.id, 'general-pad', ws.editKey);
    clients.push(amel, yann);
    await Promise.all([synced(amel), synced(yann)]);
    expect(requests).toHaveLength(2);
    await vi.waitFor(() => {
      gc();
      expect(requests.map((r) => r.deref())).toEqual([undefined, undefined]);
    }, WAIT);
    // The sockets still work.
    amel.doc.getText('t').insert(0, 'Bonjour');
    await vi.waitFor(() => expect(yann.doc.getText('t').toString()).toBe('Bonjour'), WAIT);
  });

  it('an accepted update waits for the disk as its own bytes, not as a view into the socket’s read buffer', async () => {
    const amel = connectClient(t.wsOrigin, ws.id, 'general-pad', ws.editKey);
    clients.push(amel);
    await synced(amel);
    const room = await t.server.ctx.rooms.open({ workspaceId: ws.id, docId: 'general-pad' });
    const stored: Uint8Array[] = [];
    room.link = { stored: (updates) => stored.push(...updates.flatMap((u) => (u.data ? [u.data] : []))), awareness: () => {} };
    amel.doc.getText('t').insert(0, 'Bonjour');
    amel.doc.getText('t').insert(7, ' les communs');
    await vi.waitFor(() => expect(stored.length).toBeGreaterThanOrEqual(2), WAIT);
    for (const update of stored) expect(update.buffer.byteLength).toBe(update.byteLength);
  });
});
