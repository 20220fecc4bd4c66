import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocRef, DocStore } from '../../src/storage/DocStore.ts';

/** One test's storage, empty at first: every `open` is another node (or a restart) on the same data. */
export interface DocStoreHarness {
  open(): Promise<DocStore>;
  /** Removes the test's storage once its stores are closed. */
  destroy(): Promise<void>;
}

const ref: DocRef = { workspaceId: 'ws-suite', docId: 'doc-a' };

/** An update that sets `key` to `value` in the doc's map, made on its own client. */
function updateSetting(key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, value);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

function keysOf(state: Uint8Array | null): Record<string, unknown> {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  const json = doc.getMap('m').toJSON();
  doc.destroy();
  return json;
}

/** The behaviour every storage engine shares: the same tests, run on each engine. */
export function docStoreSuite(engine: string, createHarness: () => Promise<DocStoreHarness>): void {
  describe(`DocStore on ${engine}`, () => {
    let harness: DocStoreHarness | null = null;
    let opened: DocStore[] = [];

    async function open(): Promise<DocStore> {
      harness ??= await createHarness();
      const store = await harness.open();
      opened.push(store);
      return store;
    }

    async function closeAll(): Promise<void> {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    }

    afterEach(async () => {
      await closeAll();
      await harness?.destroy();
      harness = null;
      opened = [];
    });

    it('opens on empty storage, creating its schema, and a doc never written loads as null', async () => {
      const store = await open();
      expect(await store.load(ref)).toEqual({ state: null, updateCount: 0, lastSeq: 0 });
      expect(await store.countUpdates(ref)).toBe(0);
      expect(await store.listDocs(ref.workspaceId)).toEqual([]);
    });

    it('loads what was appended, with increasing sequence numbers', async () => {
      const store = await open();
      const first = await store.append(ref, updateSetting('a', '1'));
      const second = await store.append(ref, updateSetting('b', '2'));
      expect(second).toBeGreaterThan(first);
      const loaded = await store.load(ref);
      expect(keysOf(loaded.state)).toEqual({ a: '1', b: '2' });
      expect(loaded.updateCount).toBe(2);
      expect(loaded.lastSeq).toBe(second);
    });

    it('keeps each doc’s order under concurrent appends to many docs', async () => {
      const store = await open();
      const refs = ['d1', 'd2', 'd3'].map((docId) => ({ workspaceId: 'ws-suite', docId }));
      const writes = Array.from({ length: 60 }, (_, i) => store.append(refs[i % 3]!, updateSetting(`k${i}`, String(i))));
      const seqs = await Promise.all(writes);
      for (let d = 0; d < 3; d++) {
        const ofDoc = seqs.filter((_, i) => i % 3 === d);
        expect(ofDoc).toEqual([...ofDoc].sort((x, y) => x - y));
        expect(new Set(ofDoc).size).toBe(ofDoc.length);
        const loaded = await store.load(refs[d]!);
        expect(loaded.updateCount).toBe(20);
        expect(Object.keys(keysOf(loaded.state))).toHaveLength(20);
      }
    });

    it('loads a doc of more stored updates than the main thread folds, whole and in order', async () => {
      const store = await open();
      const source = new Y.Doc();
      const writes: Promise<number>[] = [];
      source.on('update', (u: Uint8Array) => writes.push(store.append(ref, u)));
      // 1 500 updates, past the 1 000 above which the fold runs in a worker thread; later ones overwrite.
      for (let i = 0; i < 1_500; i++) source.getMap('m').set(`k${i % 1_000}`, String(i));
      const seqs = await Promise.all(writes);
      const loaded = await store.load(ref);
      expect(loaded.updateCount).toBe(1_500);
      expect(loaded.lastSeq).toBe(seqs.at(-1));
      const keys = keysOf(loaded.state);
      expect(Object.keys(keys)).toHaveLength(1_000);
      expect(keys.k0).toBe('1000');
      expect(keys.k499).toBe('1499');
      expect(keys.k500).toBe('500');
    });

    it('compaction folds what it covers into one row and keeps updates another node appended', async () => {
      const nodeA = await open();
      const nodeB = await open();
      await nodeA.append(ref, updateSetting('base', 'x'));
      const loaded = await nodeA.load(ref);
      const foreign = await nodeB.append(ref, updateSetting('fromB', 'y'));
      const own = await nodeA.append(ref, updateSetting('fromA', 'z'));
      expect(foreign).toBeGreaterThan(loaded.lastSeq);

      // Node A's snapshot holds what it loaded and its own append, not node B's.
      const doc = new Y.Doc();
      Y.applyUpdate(doc, loaded.state!);
      Y.applyUpdate(doc, updateSetting('fromA', 'z'));
      const snapshotSeq = await nodeA.compact(ref, Y.encodeStateAsUpdate(doc), { baseSeq: loaded.lastSeq, ownSeqs: [own] });
      doc.destroy();

      expect(snapshotSeq).toBeGreaterThan(own);
      expect(await nodeA.countUpdates(ref)).toBe(2);
      const after = await nodeB.load(ref);
      expect(keysOf(after.state)).toEqual({ base: 'x', fromA: 'z', fromB: 'y' });
      expect(after.updateCount).toBe(2);
    });

    it('never loses an update another node appends while one node loads and compacts', async () => {
      const nodeA = await open();
      const nodeB = await open();
      await nodeB.append(ref, updateSetting('b0', '0'));
      // Node B keeps appending until node A has loaded and compacted three times: however slow
      // either side is, compactions run while appends land (a fixed count of appends could all
      // land during one compaction on a busy machine).
      let writing = true;
      let compactions = 0;
      let appended = 1;
      const written = (async () => {
        while (appended < 30 || compactions < 3) await nodeB.append(ref, updateSetting(`b${appended}`, String(appended++)));
        writing = false;
      })();
      do {
        const loaded = await nodeA.load(ref);
        if (loaded.state) await nodeA.compact(ref, loaded.state, { baseSeq: loaded.lastSeq, ownSeqs: [] });
        compactions++;
      } while (writing);
      await written;
      expect(compactions).toBeGreaterThan(2);
      expect(Object.keys(keysOf((await nodeA.load(ref)).state))).toHaveLength(appended);
    });

    it('lists the docs of a workspace, last written first, and no other workspace’s', async () => {
      const store = await open();
      await store.append({ workspaceId: 'ws-suite', docId: 'older' }, updateSetting('a', '1'));
      await store.append({ workspaceId: 'ws-other', docId: 'elsewhere' }, updateSetting('a', '1'));
      await store.append({ workspaceId: 'ws-suite', docId: 'newer' }, updateSetting('a', '1'));
      const docs = await store.listDocs('ws-suite');
      expect(docs.map((d) => d.docId)).toEqual(['newer', 'older']);
      for (const d of docs) {
        expect(Number.isNaN(Date.parse(d.createdAt))).toBe(false);
        expect(Date.parse(d.updatedAt)).toBeGreaterThanOrEqual(Date.parse(d.createdAt));
      }
    });

    it('reports queued writes in writeDepth until they are stored', async () => {
      const store = await open();
      const writes = [store.append(ref, updateSetting('a', '1')), store.append(ref, updateSetting('b', '2'))];
      expect(store.writeDepth).toBe(2);
      await Promise.all(writes);
      expect(store.writeDepth).toBe(0);
    });

    it('keeps everything across close and reopen, queued writes included', async () => {
      const store = await open();
      const first = await store.append(ref, updateSetting('a', '1'));
      const loaded = await store.load(ref);
      await store.compact(ref, loaded.state!, { baseSeq: loaded.lastSeq, ownSeqs: [] });
      void store.append(ref, updateSetting('b', '2'));
      await closeAll();

      const reopened = await open();
      const after = await reopened.load(ref);
      expect(keysOf(after.state)).toEqual({ a: '1', b: '2' });
      expect(after.updateCount).toBe(2);
      expect(await reopened.append(ref, updateSetting('c', '3'))).toBeGreaterThan(first);
    });
  });
}
