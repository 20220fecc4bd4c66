import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from '../../src/storage/openDatabase.ts';
import { SqliteDocStore } from '../../src/storage/SqliteDocStore.ts';
import { docStoreSuite } from './docStoreSuite.ts';

docStoreSuite('SQLite', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-store-'));
  return {
    async open() {
      const db = openDatabase(dataDir);
      const store = new SqliteDocStore(db, dataDir);
      // The store does not own its connection: close both, as createMinga does.
      const close = store.close.bind(store);
      store.close = async () => {
        await close();
        db.close();
      };
      return store;
    },
    async destroy() {
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
});

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

it('a compaction of thousands of rows lets other docs’ writes through between its slices, and keeps what another node appended', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-store-'));
  dirs.push(dataDir);
  const db = openDatabase(dataDir);
  const store = new SqliteDocStore(db, dataDir);
  const other = new SqliteDocStore(openDatabase(dataDir), dataDir);
  const big = { workspaceId: 'w', docId: 'big' };
  const source = new Y.Doc();
  const writes: Promise<number>[] = [];
  source.on('update', (u: Uint8Array) => writes.push(store.append(big, u)));
  for (let i = 0; i < 7_000; i++) source.getMap('m').set(`k${i}`, i);
  await Promise.all(writes);
  const loaded = await store.load(big);
  expect(loaded.updateCount).toBe(7_000);

  let compacted = false;
  const compaction = store.compact(big, loaded.state!, { baseSeq: loaded.lastSeq, ownSeqs: [] }).then(() => (compacted = true));
  const late = new Y.Doc();
  late.getMap('m').set('late', 'kept');
  // Another doc's write waits for one slice, not for the 7 000 rows.
  await store.append({ workspaceId: 'w', docId: 'small' }, Y.encodeStateAsUpdate(late));
  expect(compacted).toBe(false);
  // Another node's row, appended after the load: the snapshot does not hold it, so it stays. (Its
  // own connection waits for SQLite's lock, which the slices may hold until the last one: asked
  // before this process's append, it failed the check above on a busy machine.)
  await other.append(big, Y.encodeStateAsUpdate(late));
  await compaction;

  expect(await store.countUpdates(big)).toBe(2);
  const after = new Y.Doc();
  Y.applyUpdate(after, (await store.load(big)).state!);
  expect(after.getMap('m').size).toBe(7_001);
  expect(after.getMap('m').get('late')).toBe('kept');
  await other.close();
  await store.close();
  db.close();
});

it('writes the rounds posted during a commit together in the next one, without waiting for this thread to read the first answer', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-store-'));
  dirs.push(dataDir);
  const db = openDatabase(dataDir);
  const store = new SqliteDocStore(db, dataDir);
  const update = Y.encodeStateAsUpdate(new Y.Doc());
  await store.append({ workspaceId: 'w', docId: 'warm' }, update);
  const before = { ...store.writer.stats };

  // A commit that takes a while (a statement that deletes nothing after counting to six million).
  const slow = store.writer.run([
    { sql: `DELETE FROM docs WHERE doc_id = (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 6000000) SELECT 'none' || max(x) FROM c)`, params: [] },
  ]);
  await new Promise((resolve) => setTimeout(resolve, 50));
  // Five rounds, one per turn of the event loop, posted while it is written.
  const appended: Promise<number>[] = [];
  for (let turn = 0; turn < 5; turn++) {
    for (let i = 0; i < 3; i++) appended.push(store.append({ workspaceId: 'w', docId: `d${i}` }, update));
    await new Promise((resolve) => setImmediate(resolve));
  }
  // This thread is held (it cannot read the slow commit's answer): the worker writes the five rounds anyway.
  const stored = () => (db.prepare("SELECT count(*) AS n FROM doc_updates WHERE doc_id <> 'warm'").get() as { n: number }).n;
  const until = Date.now() + 10_000;
  while (stored() < 15 && Date.now() < until);
  expect(stored()).toBe(15);

  await slow;
  const seqs = await Promise.all(appended);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  expect(new Set(seqs).size).toBe(15);
  // Two commits: the slow one, then the five rounds in one transaction (one fsync).
  expect({ commits: store.writer.stats.rounds - before.rounds, jobs: store.writer.stats.jobs - before.jobs }).toEqual({ commits: 2, jobs: 16 });
  await store.close();
  db.close();
});
