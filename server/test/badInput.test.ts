import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { CLOSE_CODES } from '@minga/schema';
import { closeCodeOf, connectClient, createWorkspace, rawSocket, startServer, synced, waitFor, type TestClient, type TestServer } from './helpers.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
const clients: TestClient[] = [];

beforeEach(async () => {
  t = await startServer({ config: { maxMessageBytes: 64 * 1024 } });
  ws = await createWorkspace(t.origin);
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await t.close();
});

function message(...parts: (number | Uint8Array)[]): Uint8Array {
  const e = encoding.createEncoder();
  for (const p of parts) {
    if (typeof p === 'number') encoding.writeVarUint(e, p);
    else encoding.writeVarUint8Array(e, p);
  }
  return encoding.toUint8Array(e);
}

/** A well-behaved client with some text, to check that bad sockets leave it untouched. */
async function bystander(): Promise<TestClient> {
  const c = connectClient(t.wsOrigin, ws.id, 'general-pad', ws.editKey);
  clients.push(c);
  await synced(c);
  c.doc.getText('t').insert(0, 'contenu précieux');
  await waitFor(async () => (await t.server.ctx.store.countUpdates({ workspaceId: ws.id, docId: 'general-pad' })) > 0, 'stored');
  return c;
}

describe('bad input on the sync endpoint', () => {
  const cases: [string, Uint8Array][] = [
    ['an empty frame', new Uint8Array([])],
    ['an unknown message type', message(99)],
    ['a truncated sync message', new Uint8Array([0])],
    ['an unknown sync step', message(0, 7, new Uint8Array([1, 2]))],
    ['a garbage document update', message(0, 2, new Uint8Array([5, 200, 1, 7, 9, 9, 9]))],
    ['a length prefix longer than the frame', new Uint8Array([0, 2, 0xff, 0x7f, 1])],
    ['a garbage awareness update', message(1, new Uint8Array([1, 5, 1, 3, 123, 34, 120]))],
  ];

  for (const [name, bytes] of cases) {
    it(`${name} closes only that socket with 4400 and loses nothing`, async () => {
      const amel = await bystander();
      const bad = await rawSocket(t.wsOrigin, ws.id, 'general-pad', ws.editKey);
      const code = closeCodeOf(bad);
      bad.send(bytes, { binary: true });
      expect(await code).toBe(CLOSE_CODES.badRequest);
      amel.doc.getText('t').insert(0, 'encore ');
      const yann = connectClient(t.wsOrigin, ws.id, 'general-pad', ws.editKey);
      clients.push(yann);
      await synced(yann);
      await waitFor(() => yann.doc.getText('t').toString() === 'encore contenu précieux', 'others unaffected');
      expect(amel.provider.wsconnected).toBe(true);
    });
  }

  it('a message over the configured limit closes that socket with 4413 and stores nothing of it', async () => {
    const amel = await bystander();
    const bad = await rawSocket(t.wsOrigin, ws.id, 'general-pad', ws.editKey);
    const code = closeCodeOf(bad);
    bad.send(message(0, 2, new Uint8Array(100 * 1024)), { binary: true });
    expect(await code).toBe(CLOSE_CODES.messageTooBig);
    expect(amel.provider.wsconnected).toBe(true);
    expect(await t.server.ctx.store.countUpdates({ workspaceId: ws.id, docId: 'general-pad' })).toBe(1);
  });
});

describe('bad input on the REST API', () => {
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${t.origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('invalid JSON gets 400 invalid_json, never a stack trace', async () => {
    const res = await post('/api/workspaces', '{"name": ');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toEqual({ error: { code: 'invalid_json', message: expect.any(String) } });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|node_modules/);
  });

  it('a body that fails the schema says what and where', async () => {
    const res = await post('/api/workspaces', JSON.stringify({ name: '', colour: 'red' }));
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('invalid_body');
    expect(error.message).toMatch(/name/);
    expect(error.message).toMatch(/colour/);
  });

  it('a body over the limit gets 413', async () => {
    const res = await post('/api/workspaces', JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });

  it('a body that is not JSON gets 415', async () => {
    const res = await fetch(`${t.origin}/api/workspaces`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'name=x' });
    expect(res.status).toBe(415);
  });

  it('an unknown API route gets a JSON 404', async () => {
    const res = await fetch(`${t.origin}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
