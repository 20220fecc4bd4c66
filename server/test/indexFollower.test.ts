import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import pino from 'pino';
import { IndexFollower } from '../src/units/IndexFollower.ts';
import type { DocRegistry } from '../src/storage/DocRegistry.ts';
import { connectClient, createWorkspace, startServer, synced, WAIT, type TestClient, type TestServer } from './helpers.ts';

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

describe('index follower', () => {
  it('asks the registry about a doc that is neither a unit nor a session once, not after every quiet spell', async () => {
    const { ctx } = t.server;
    // The server's own registry, counting the questions about this doc.
    const asked: string[] = [];
    const registry: DocRegistry = Object.create(ctx.registry, {
      get: { value: (ref: { workspaceId: string; docId: string }) => (asked.push(ref.docId), ctx.registry.get(ref)) },
    }) as DocRegistry;
    // A debounce longer than the test: the follower looks at the doc only when told to here.
    const follower = new IndexFollower(registry, ctx.unitIndex, ctx.sessionIndex, pino({ level: 'silent' }), 600_000);
    const amel = connectClient(t.wsOrigin, ws.id, 'notes-libres', ws.editKey);
    clients.push(amel);
    await synced(amel);
    const room = await ctx.rooms.open({ workspaceId: ws.id, docId: 'notes-libres' });
    follower.follow(room);
    // Three quiet spells after edits: the registry is asked the first time only.
    for (const word of ['un ', 'deux ', 'trois ']) {
      amel.doc.getText('t').insert(0, word);
      await vi.waitFor(() => expect(room.doc.getText('t').toString()).toContain(word), WAIT);
      follower.reindex(room);
      await vi.waitFor(() => expect(asked.length).toBeGreaterThan(0), WAIT);
      await ctx.registry.get(room.ref);
    }
    expect(asked).toEqual(['notes-libres']);
    // Before the room leaves memory (flush), it is asked again.
    amel.doc.getText('t').insert(0, 'quatre ');
    await vi.waitFor(() => expect(room.doc.getText('t').toString()).toContain('quatre'), WAIT);
    follower.flush(room);
    expect(asked).toEqual(['notes-libres', 'notes-libres']);
  });
});
