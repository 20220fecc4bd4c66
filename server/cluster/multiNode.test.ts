import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES, EXAMPLE_UNIT } from '@minga/schema';
import { closedByServer, connectClient, createWorkspace, synced, waitFor, type TestClient } from '../test/helpers.ts';
import { exited, FrontProxy, TestCluster } from './clusterNodes.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function cluster(nodes: number): Promise<TestCluster> {
  const c = new TestCluster();
  cleanups.push(() => c.stop());
  for (let i = 0; i < nodes; i++) await c.start();
  return c;
}

const clients: TestClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

function client(wsOrigin: string, workspaceId: string, docId: string, key: string): TestClient {
  const c = connectClient(wsOrigin, workspaceId, docId, key);
  clients.push(c);
  return c;
}

const words = (c: TestClient) => c.doc.getArray<string>('log').toArray();

/** Types a word every `everyMs` into the client's log until stopped; returns the words typed. */
function typing(c: TestClient, name: string, everyMs = 15) {
  const typed: string[] = [];
  const timer = setInterval(() => {
    const word = `${name}-${typed.length}`;
    typed.push(word);
    c.doc.getArray<string>('log').push([word]);
  }, everyMs);
  return { typed, stop: () => clearInterval(timer) };
}

// Each test starts two or three server processes: bounds for a busy 2-core machine, not measures.
describe('two Minga nodes on one Postgres and one Redis', { timeout: 180_000 }, () => {
  it('clients on two nodes see each other’s edits and presence live', async () => {
    const c = await cluster(2);
    const [a, b] = c.nodes as [NonNullable<(typeof c.nodes)[0]>, NonNullable<(typeof c.nodes)[0]>];
    const ws = await createWorkspace(a.origin);
    const alice = client(a.wsOrigin, ws.id, 'pad', ws.editKey);
    const bob = client(b.wsOrigin, ws.id, 'pad', ws.editKey);
    await Promise.all([synced(alice), synced(bob)]);

    alice.doc.getText('t').insert(0, 'from A. ');
    await waitFor(() => bob.doc.getText('t').toString() === 'from A. ', 'alice’s edit on node B');
    bob.doc.getText('t').insert(8, 'from B.');
    await waitFor(() => alice.doc.getText('t').toString() === 'from A. from B.', 'bob’s edit on node A');

    alice.provider.awareness.setLocalStateField('user', { name: 'Alice', color: '#aa0000' });
    bob.provider.awareness.setLocalStateField('user', { name: 'Bob', color: '#0000aa' });
    const names = (x: TestClient) => [...x.provider.awareness.getStates().values()].map((s) => (s as { user?: { name?: string } }).user?.name);
    await waitFor(() => names(bob).includes('Alice'), 'alice present on node B', 10_000);
    await waitFor(() => names(alice).includes('Bob'), 'bob present on node A', 10_000);
    // A client that joins later, on either node, sees both at once (not after the next renewal).
    const carol = client(b.wsOrigin, ws.id, 'pad', ws.editKey);
    await synced(carol);
    await waitFor(() => names(carol).includes('Alice') && names(carol).includes('Bob'), 'both present for a newcomer');
    // The presenter's position reaches a phone (view key) on the other node; a phone claiming to
    // present is screened by its own node, so nobody sees it present.
    const phone = client(b.wsOrigin, ws.id, 'pad', ws.viewKey);
    await synced(phone);
    const position = { h: 3, v: 0, f: -1, slideId: 's3', lang: 'fr', seq: 7, at: 0 };
    alice.provider.awareness.setLocalStateField('presenting', position);
    const presentingSeen = (x: TestClient) => [...x.provider.awareness.getStates().values()].map((s) => (s as { presenting?: unknown }).presenting).filter(Boolean);
    await waitFor(() => JSON.stringify(presentingSeen(phone)) === JSON.stringify([position]), 'the position on the phone on node B');
    phone.provider.awareness.setLocalState({ user: { name: 'Mallory', color: '#00aa00' }, presenting: { ...position, seq: 99 } });
    await waitFor(() => names(alice).includes('Mallory'), 'the phone present (as a viewer) on node A');
    expect(presentingSeen(alice)).toEqual([position]);
    // Leaving is seen on the other node too.
    alice.destroy();
    await waitFor(() => !names(bob).includes('Alice'), 'alice gone on node B');
  });

  it('a node killed while clients type through both: its clients move to the other, and nothing anyone received is lost', async () => {
    const c = await cluster(2);
    const [a, b] = c.nodes as [NonNullable<(typeof c.nodes)[0]>, NonNullable<(typeof c.nodes)[0]>];
    const ws = await createWorkspace(a.origin);
    // Clients of node A come through a front, as through a load balancer: it sends them to B once A is dead.
    const front = new FrontProxy([a.port, b.port]);
    await front.listen();
    cleanups.push(() => front.close());
    const onA = [client(front.wsOrigin, ws.id, 'doc', ws.editKey), client(front.wsOrigin, ws.id, 'doc', ws.editKey)];
    const onB = [client(b.wsOrigin, ws.id, 'doc', ws.editKey), client(b.wsOrigin, ws.id, 'doc', ws.editKey)];
    const all = [...onA, ...onB];
    await Promise.all(all.map((x) => synced(x)));
    const typists = all.map((x, i) => typing(x, `c${i}`));
    // Typing goes on through both nodes.
    await waitFor(() => words(onB[0]!).some((w) => w.startsWith('c0-')) && words(onA[0]!).some((w) => w.startsWith('c2-')), 'edits crossing nodes');
    await waitFor(() => typists.every((t) => t.typed.length >= 20), 'twenty words from each client before the kill');

    a.child.kill('SIGKILL');
    await exited(a.child);
    front.backends = [b.port];
    // What each client had received from the servers when A died must survive.
    const receivedAtKill = all.map((x) => words(x));
    // Everyone types on while A is dead: its clients offline or moving to B.
    const typedAtKill = typists.map((t) => t.typed.length);
    await waitFor(() => typists.every((t, i) => t.typed.length >= typedAtKill[i]! + 20), 'twenty words from each client after the kill');
    for (const t of typists) t.stop();

    // A's clients reconnect (through the front, now to B) and send what B lacks.
    const typed = typists.flatMap((t) => t.typed);
    const check = client(b.wsOrigin, ws.id, 'doc', ws.editKey);
    await synced(check, 20_000);
    await waitFor(() => typed.every((w) => words(check).includes(w)), 'every typed word on the surviving node', 30_000);
    for (const received of receivedAtKill) expect(words(check)).toEqual(expect.arrayContaining(received));
    expect(new Set(words(check)).size).toBe(words(check).length);
    // And it is durable: a node started now reads it from Postgres.
    const fresh = await c.start();
    const late = client(fresh.wsOrigin, ws.id, 'doc', ws.editKey);
    await synced(late, 20_000);
    expect(new Set(words(late))).toEqual(new Set(typed));
  });

  it('a node cut from Redis keeps serving its clients, then catches up from Postgres without a restart', async () => {
    const c = await cluster(2);
    const [a, b] = c.nodes as [NonNullable<(typeof c.nodes)[0]>, NonNullable<(typeof c.nodes)[0]>];
    const ws = await createWorkspace(a.origin);
    const alice = client(a.wsOrigin, ws.id, 'doc', ws.editKey);
    const alice2 = client(a.wsOrigin, ws.id, 'doc', ws.editKey);
    const bob = client(b.wsOrigin, ws.id, 'doc', ws.editKey);
    await Promise.all([alice, alice2, bob].map((x) => synced(x)));
    alice.doc.getArray<string>('log').push(['before']);
    await waitFor(() => words(bob).includes('before'), 'live before the cut');

    // A Redis restart, as the nodes see it: every connection of this cluster's nodes dropped, again
    // and again for a second and a half (reconnections included), the machine's Redis left running.
    let cut = 0;
    let cutting = true;
    const cutter = (async () => {
      while (cutting) {
        cut += await c.cutRedis();
        // A pace, not a wait: cut again 5 ms after the nodes' last reconnections.
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    await waitFor(() => cut > 0, 'the first cut');
    alice.doc.getArray<string>('log').push(['during-a']);
    bob.doc.getArray<string>('log').push(['during-b']);
    // Each node still serves its own clients (the writes are in Postgres).
    await waitFor(() => words(alice2).includes('during-a'), 'alice’s edit served on node A during the cut');
    // The outage lasts: the nodes' connections dropped again and again, reconnections included.
    await waitFor(() => cut >= 4, 'four cuts', 15_000);
    cutting = false;
    await cutter;
    expect(cut).toBeGreaterThanOrEqual(4);

    // Once back, nobody types: each node must still learn what the other wrote meanwhile.
    await waitFor(() => words(bob).includes('during-a'), 'node B caught up', 15_000);
    await waitFor(() => words(alice).includes('during-b') && words(alice2).includes('during-b'), 'node A caught up', 15_000);
    // And live traffic flows again.
    bob.doc.getArray<string>('log').push(['after']);
    await waitFor(() => words(alice).includes('after'), 'live after the cut');
  });

  it('compaction on one node keeps what another node appended and has not folded', async () => {
    const c = await cluster(2);
    const [a, b] = c.nodes as [NonNullable<(typeof c.nodes)[0]>, NonNullable<(typeof c.nodes)[0]>];
    const ws = await createWorkspace(a.origin);
    const alice = client(a.wsOrigin, ws.id, 'doc', ws.editKey);
    const bob = client(b.wsOrigin, ws.id, 'doc', ws.editKey);
    const bobsFriend = client(b.wsOrigin, ws.id, 'doc', ws.editKey);
    await Promise.all([alice, bob, bobsFriend].map((x) => synced(x)));
    const aliceTyping = typing(alice, 'alice');
    const bobTyping = typing(bob, 'bob', 10);
    await waitFor(() => words(bobsFriend).some((w) => w.startsWith('alice-')), 'alice’s words on node B');
    aliceTyping.stop();
    await waitFor(() => aliceTyping.typed.every((w) => words(bobsFriend).includes(w)), 'all of alice’s words stored');
    const before = await c.storedCount(ws.id, 'doc');
    // Alice leaves: node A unloads the doc and folds it into one snapshot, while Bob keeps typing on B.
    alice.destroy();
    await waitFor(async () => (await c.storedCount(ws.id, 'doc')) < before, 'node A’s compaction', 20_000);
    // Bob goes on typing on B after A's compaction: rows A's fold did not see.
    const typedAtCompaction = bobTyping.typed.length;
    await waitFor(() => bobTyping.typed.slice(typedAtCompaction).filter((w) => words(bobsFriend).includes(w)).length >= 10, 'bob’s words after the compaction on node B');
    bobTyping.stop();
    // Node B dies without folding anything: its rows must all still be there.
    const receivedOnB = words(bobsFriend);
    b.child.kill('SIGKILL');
    await exited(b.child);
    const check = client(a.wsOrigin, ws.id, 'doc', ws.editKey);
    await synced(check, 20_000);
    expect(words(check)).toEqual(expect.arrayContaining([...aliceTyping.typed, ...receivedOnB]));
  });

  it('a node that loses Postgres closes its writers’ sockets with 4503; they reconnect and resend, and nothing is lost', async () => {
    const c = await cluster(2);
    const [a, b] = c.nodes as [NonNullable<(typeof c.nodes)[0]>, NonNullable<(typeof c.nodes)[0]>];
    const ws = await createWorkspace(a.origin);
    const alice = client(a.wsOrigin, ws.id, 'doc', ws.editKey);
    const bob = client(b.wsOrigin, ws.id, 'doc', ws.editKey);
    await Promise.all([alice, bob].map((x) => synced(x)));
    const codes: number[] = [];
    for (const x of [alice, bob]) x.provider.on('connection-close', (event) => event && codes.push(event.code));
    const typists = [typing(alice, 'alice', 5), typing(bob, 'bob', 5)];
    await waitFor(() => words(bob).some((w) => w.startsWith('alice-')), 'typing through both nodes');
    // Postgres restarting, as the nodes see it: their connections dropped again and again, until a
    // node closes a writer's socket for it.
    await waitFor(async () => {
      await c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [`minga:${c.schema}`]);
      return codes.includes(CLOSE_CODES.storageUnavailable);
    }, 'a writer’s socket closed with 4503', 30_000);
    for (const t of typists) t.stop();
    // Without a restart, both nodes serve again and hold every word typed.
    const typed = typists.flatMap((t) => t.typed);
    const check = client(b.wsOrigin, ws.id, 'doc', ws.editKey);
    await synced(check, 20_000);
    await waitFor(() => typed.every((w) => words(check).includes(w)), 'every typed word stored', 30_000);
    await waitFor(() => typed.every((w) => words(alice).includes(w) && words(bob).includes(w)), 'both clients converged', 30_000);
  });

  it('a key rotated on node A closes the sockets of the old key on node B; a unit sent to the bin on A closes its sockets on B', async () => {
    const c = await cluster(2);
    const [a, b] = c.nodes as [NonNullable<(typeof c.nodes)[0]>, NonNullable<(typeof c.nodes)[0]>];
    const ws = await createWorkspace(a.origin);
    const { createdAt: _c, updatedAt: _u, ...unit } = EXAMPLE_UNIT;
    const created = await fetch(`${a.origin}/api/w/${ws.id}/units`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ws.editKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...unit, id: 'unit-on-two' }),
    });
    expect(created.status).toBe(201);

    const viewer = client(b.wsOrigin, ws.id, 'pad', ws.viewKey);
    const editorOfUnit = client(b.wsOrigin, ws.id, 'unit-on-two', ws.editKey);
    await Promise.all([synced(viewer), synced(editorOfUnit)]);

    const viewerClosed = closedByServer(viewer, 10_000);
    const rotated = await fetch(`${a.origin}/api/w/${ws.id}/keys/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ws.editKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ which: 'view' }),
    });
    expect(rotated.status).toBe(200);
    expect((await viewerClosed).code).toBe(CLOSE_CODES.wrongKey);

    const unitClosed = closedByServer(editorOfUnit, 10_000);
    const binned = await fetch(`${a.origin}/api/w/${ws.id}/units/unit-on-two`, { method: 'DELETE', headers: { authorization: `Bearer ${ws.editKey}` } });
    expect(binned.status).toBe(200);
    expect((await unitClosed).code).toBe(CLOSE_CODES.docDeleted);
  });
  it('room input sent through node A wakes the presenter’s long poll held by node B at once', async () => {
    const c = await cluster(2);
    const [a, b] = c.nodes as [NonNullable<(typeof c.nodes)[0]>, NonNullable<(typeof c.nodes)[0]>];
    const ws = await createWorkspace(a.origin);
    const headers = (key: string) => ({ authorization: `Bearer ${key}`, 'content-type': 'application/json' });
    const created = await fetch(`${a.origin}/api/w/${ws.id}/sessions`, { method: 'POST', headers: headers(ws.editKey), body: JSON.stringify({ title: 'Atelier communs', items: [] }) });
    expect(created.status).toBe(201);
    const session = (await created.json()) as { id: string };
    const base = `/api/w/${ws.id}/sessions/${session.id}/room-input`;

    // The presenter's speaker view waits on node B, as long as the route allows.
    const started = Date.now();
    const poll = fetch(`${b.origin}${base}?since=0&wait=25000`, { headers: { authorization: `Bearer ${ws.editKey}` } });
    // Sent once node B has answered a request made after the poll (so the poll is, in practice, waiting;
    // if it were not, it would read the message at once, and the check below holds all the same).
    expect(((await (await fetch(`${b.origin}${base}?since=0`, { headers: { authorization: `Bearer ${ws.editKey}` } })).json()) as { inputs: unknown[] }).inputs).toEqual([]);
    const sent = await fetch(`${a.origin}${base}`, { method: 'POST', headers: headers(ws.viewKey), body: JSON.stringify({ kind: 'question', text: 'Qui maintient ce commun ?', author: 'Simon' }) });
    expect(sent.status).toBe(201);

    const answer = (await (await poll).json()) as { inputs: { text: string }[] };
    expect(answer.inputs.map((i) => i.text)).toEqual(['Qui maintient ce commun ?']);
    // Woken by the event, not by the end of the wait.
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
