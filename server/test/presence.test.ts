import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { CLOSE_CODES } from '@minga/schema';
import { closeCodeOf, connectClient, createWorkspace, rawSocket, startServer, synced, waitFor, type TestClient, type TestServer } from './helpers.ts';
import { AWARENESS_LIMITS } from '../src/sync/awarenessPolicy.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
const clients: TestClient[] = [];
const client = (key: string, docId = 'session-1') => {
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

/** One awareness message: `[1, update]` where update speaks for `entries`. */
function awarenessFrame(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(update, e.clientId);
    encoding.writeVarUint(update, e.clock);
    encoding.writeVarString(update, JSON.stringify(e.state));
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

const position = (seq: number, h: number) => ({ h, v: 0, f: -1, slideId: `s-${h}`, lang: 'fr', seq, at: Date.now() });

/** The states that say someone presents, as a phone following the session sees them. */
const presenters = (c: TestClient) =>
  [...c.provider.awareness.getStates().entries()].filter(([, s]) => s.presenting !== undefined);

describe('presence that cannot be forged', () => {
  it('a view-key client claiming to present with the highest clock moves nobody: phones still see the real presenter only', async () => {
    const presenter = client(ws.editKey);
    const phone = client(ws.viewKey);
    const attacker = client(ws.viewKey);
    await Promise.all([synced(presenter), synced(phone), synced(attacker)]);
    presenter.provider.awareness.setLocalState({ user: { name: 'Amel', color: '#cc0000', role: 'edit' }, presenting: position(3, 2) });
    await waitFor(() => presenters(phone).length === 1, 'the presenter reaches the phone');

    attacker.provider.awareness.setLocalState({ user: { name: 'Amel', color: '#cc0000', role: 'edit' }, presenting: position(1e9, 7), cursor: { anchor: 1 } });
    await waitFor(() => phone.provider.awareness.getStates().has(attacker.doc.clientID), 'the attacker’s state reaches the phone');
    await waitFor(() => presenter.provider.awareness.getStates().has(attacker.doc.clientID), 'and the presenter');

    expect(presenters(phone).map(([id]) => id)).toEqual([presenter.doc.clientID]);
    expect(presenters(phone)[0]![1].presenting).toMatchObject({ h: 2, seq: 3 });
    // Shown as a viewer, without the editor's name it tried to borrow, nor a cursor.
    expect(phone.provider.awareness.getStates().get(attacker.doc.clientID)).toEqual({ viewer: true });
  });

  it('a read-only client is shown as a viewer with its own name, a checked colour and nothing else', async () => {
    const editor = client(ws.editKey);
    const viewer = client(ws.viewKey);
    await Promise.all([synced(editor), synced(viewer)]);
    viewer.provider.awareness.setLocalState({ user: { name: 'Yann', color: 'red;background:url(x)', role: 'edit' }, extra: 'x'.repeat(500) });
    await waitFor(() => editor.provider.awareness.getStates().has(viewer.doc.clientID), 'viewer state');
    expect(editor.provider.awareness.getStates().get(viewer.doc.clientID)).toEqual({ viewer: true, user: { name: 'Yann', color: '#555555', role: 'view' } });
  });

  it('an editor presents as before', async () => {
    const presenter = client(ws.editKey);
    const phone = client(ws.viewKey);
    await Promise.all([synced(presenter), synced(phone)]);
    presenter.provider.awareness.setLocalState({ user: { name: 'Amel', color: '#cc0000', role: 'edit' }, presenting: position(5, 4) });
    await waitFor(() => presenters(phone).length === 1 && (presenters(phone)[0]![1].presenting as { h: number }).h === 4, 'position');
  });

  it('a socket cannot speak for another socket’s awareness id', async () => {
    const presenter = client(ws.editKey);
    const phone = client(ws.viewKey);
    await Promise.all([synced(presenter), synced(phone)]);
    presenter.provider.awareness.setLocalState({ user: { name: 'Amel', color: '#cc0000', role: 'edit' }, presenting: position(5, 4) });
    await waitFor(() => presenters(phone).length === 1, 'position');
    const raw = await rawSocket(t.wsOrigin, ws.id, 'session-1', ws.editKey);
    raw.send(awarenessFrame([{ clientId: presenter.doc.clientID, clock: 1e6, state: { presenting: position(1e9, 9) } }]));
    const probe = client(ws.viewKey);
    await synced(probe);
    await waitFor(() => presenters(probe).length === 1, 'probe sees the presenter');
    expect((presenters(probe)[0]![1].presenting as { h: number }).h).toBe(4);
    raw.close();
  });

  it('a socket cannot take another socket’s presence away; once that socket has gone, its id is free again', async () => {
    const editor = client(ws.editKey);
    await synced(editor);
    const first = await rawSocket(t.wsOrigin, ws.id, 'session-1', ws.editKey);
    first.send(awarenessFrame([{ clientId: 4243, clock: 1, state: { user: { name: 'Amel', color: '#cc0000' } } }]));
    await waitFor(() => editor.provider.awareness.getStates().has(4243), 'the first socket’s presence');
    // Another socket says 4243 left, with a later clock: the state stays, it is not that socket’s to remove.
    const second = await rawSocket(t.wsOrigin, ws.id, 'session-1', ws.editKey);
    second.send(awarenessFrame([{ clientId: 4243, clock: 5, state: null }]));
    const probe = client(ws.viewKey);
    await synced(probe);
    await waitFor(() => probe.provider.awareness.getStates().has(4243), 'the probe sees the first socket’s presence');
    expect(editor.provider.awareness.getStates().get(4243)).toMatchObject({ user: { name: 'Amel' } });
    // The first socket goes: its presence with it, and its id may be spoken for by whoever comes next.
    first.close();
    await waitFor(() => !editor.provider.awareness.getStates().has(4243), 'the first socket’s presence gone');
    second.send(awarenessFrame([{ clientId: 4243, clock: 6, state: { user: { name: 'Yann', color: '#0000cc' } } }]));
    await waitFor(() => (editor.provider.awareness.getStates().get(4243) as { user?: { name?: string } } | undefined)?.user?.name === 'Yann', 'the id spoken for by the second socket');
    second.close();
  });

  it('an awareness message over the size limit closes its socket with 4413', async () => {
    const raw = await rawSocket(t.wsOrigin, ws.id, 'session-1', ws.viewKey);
    const closed = closeCodeOf(raw);
    raw.send(awarenessFrame([{ clientId: 77, clock: 1, state: { user: { name: 'x'.repeat(AWARENESS_LIMITS.maxBytes) } } }]));
    expect(await closed).toBe(CLOSE_CODES.messageTooBig);
  });

  it('an awareness flood closes its socket with 4429, and the room keeps going', async () => {
    const editor = client(ws.editKey);
    await synced(editor);
    const raw = await rawSocket(t.wsOrigin, ws.id, 'session-1', ws.viewKey);
    const closed = closeCodeOf(raw);
    for (let clock = 1; clock <= AWARENESS_LIMITS.burst * 3; clock++) {
      raw.send(awarenessFrame([{ clientId: 4242, clock, state: { user: { name: `flood ${clock}` } } }]));
    }
    expect(await closed).toBe(CLOSE_CODES.tooManyMessages);
    const other = client(ws.editKey);
    await synced(other);
    editor.doc.getText('t').insert(0, 'toujours là');
    await waitFor(() => other.doc.getText('t').toString() === 'toujours là', 'edits still flow');
    // The flood's state left with its socket.
    await waitFor(() => !editor.provider.awareness.getStates().has(4242), 'flood state removed');
  });
});
