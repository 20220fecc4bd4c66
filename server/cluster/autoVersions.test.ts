import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { VersionWithStateSchema } from '@minga/schema';
import { connectClient, createWorkspace, synced, waitFor, type TestClient } from '../test/helpers.ts';
import { TestCluster } from './clusterNodes.ts';

/** The quiet time that ends a burst, short for the test (60 s in production). */
const IDLE_MS = 400;

const cleanups: (() => Promise<void> | void)[] = [];
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function client(wsOrigin: string, workspaceId: string, docId: string, key: string, name: string): TestClient {
  const c = connectClient(wsOrigin, workspaceId, docId, key);
  c.provider.awareness.setLocalStateField('user', { name, color: '#aa0000' });
  clients.push(c);
  return c;
}

const words = (c: TestClient) => c.doc.getArray<string>('log').toArray();
const namesSeen = (c: TestClient) => [...c.provider.awareness.getStates().values()].map((s) => (s as { user?: { name?: string } }).user?.name);

/** Types a word every `everyMs` until `count` words are typed; resolves with them. */
function typeWords(c: TestClient, prefix: string, count: number, everyMs = 50): Promise<string[]> {
  const typed: string[] = [];
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      const word = `${prefix}-${typed.length}`;
      typed.push(word);
      c.doc.getArray<string>('log').push([word]);
      if (typed.length === count) {
        clearInterval(timer);
        resolve(typed);
      }
    }, everyMs);
  });
}

// Starts two server processes: a bound for a busy 2-core machine, not a measure.
describe('automatic versions on two Minga nodes', { timeout: 180_000 }, () => {
  it('clients editing one doc through two nodes get one automatic version per burst, once the doc is quiet on both nodes, not one per node', async () => {
    const c = new TestCluster({ MINGA_AUTO_VERSION_IDLE_MS: String(IDLE_MS) });
    cleanups.push(() => c.stop());
    const a = await c.start();
    const b = await c.start();
    const ws = await createWorkspace(a.origin);
    const alice = client(a.wsOrigin, ws.id, 'pad', ws.editKey, 'Alice');
    const bob = client(b.wsOrigin, ws.id, 'pad', ws.editKey, 'Bob');
    await Promise.all([synced(alice), synced(bob)]);
    // Each node knows its own client's name once the other node shows it.
    await waitFor(() => namesSeen(bob).includes('Alice') && namesSeen(alice).includes('Bob'), 'both names across the nodes', 10_000);

    const versions = async () => {
      const res = await fetch(`${b.origin}/api/w/${ws.id}/docs/pad/versions`, { headers: { authorization: `Bearer ${ws.editKey}` } });
      return ((await res.json()) as { versions: { id: number; kind: string; author: string }[] }).versions.filter((v) => v.kind === 'auto');
    };
    const versionWords = async (id: number) => {
      const res = await fetch(`${a.origin}/api/w/${ws.id}/docs/pad/versions/${id}`, { headers: { authorization: `Bearer ${ws.editKey}` } });
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Buffer.from(VersionWithStateSchema.parse(await res.json()).state, 'base64'));
      return doc.getArray<string>('log').toArray();
    };

    // First burst: Alice writes one word on node A, then Bob types on node B for about three quiet
    // times. Node A's own client is quiet long before the burst ends: it must wait for Bob too.
    alice.doc.getArray<string>('log').push(['alice-0']);
    const first = ['alice-0', ...(await typeWords(bob, 'bob', Math.ceil((3 * IDLE_MS) / 50)))];
    await waitFor(() => first.every((w) => words(alice).includes(w)), 'the first burst on both nodes');
    // One node takes it, the other adds its editor to it: both are credited, once.
    await waitFor(async () => (await versions())[0]?.author.split(', ').sort().join() === 'Alice,Bob', 'the first automatic version, naming both', 15_000);

    // Second burst, the other way round: whatever a second node would have taken of the first
    // burst is in the list by the time this burst has ended and been quiet.
    bob.doc.getArray<string>('log').push(['bob-again']);
    const second = ['bob-again', ...(await typeWords(alice, 'alice', Math.ceil((3 * IDLE_MS) / 50)))];
    await waitFor(() => second.every((w) => words(bob).includes(w)), 'the second burst on both nodes');
    // The node that takes the version names its own editor; the other adds its editor a moment later.
    await waitFor(async () => {
      const list = await versions();
      return list.length >= 2 && list[0]!.author.split(', ').sort().join() === 'Alice,Bob';
    }, 'the second automatic version, naming both', 15_000);

    const list = await versions();
    expect(list).toHaveLength(2);
    const [newer, older] = [list[0]!, list[1]!];
    // Each version holds its whole burst: none was taken halfway through, on the quiet node.
    expect(new Set(await versionWords(older.id))).toEqual(new Set(first));
    expect(new Set(await versionWords(newer.id))).toEqual(new Set([...first, ...second]));
    expect(newer.author.split(', ').sort()).toEqual(['Alice', 'Bob']);
  });
});
