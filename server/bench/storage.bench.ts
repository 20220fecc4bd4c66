// `npm run bench`: numbers for the storage paths that must stay fast. Prints, never asserts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import pino from 'pino';
import { openDatabase } from '../src/storage/openDatabase.ts';
import { SqliteDocStore } from '../src/storage/SqliteDocStore.ts';
import { RoomManager } from '../src/sync/RoomManager.ts';

const UPDATES = Number(process.env.BENCH_UPDATES ?? 100_000);

function ms(n: number): string {
  return `${n.toFixed(0)} ms`;
}

/** Measures the longest stall of the event loop while `work` runs. */
async function withLoopLag<T>(work: () => Promise<T>): Promise<{ result: T; maxLagMs: number }> {
  let maxLag = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    maxLag = Math.max(maxLag, now - last - 5);
    last = now;
  }, 5);
  try {
    const result = await work();
    // Let the timer fire once more, so a stall just before the end is counted.
    await new Promise((r) => setTimeout(r, 20));
    return { result, maxLagMs: maxLag };
  } finally {
    clearInterval(timer);
  }
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-bench-'));
const db = openDatabase(dataDir);
const store = new SqliteDocStore(db, dataDir);
const big = { workspaceId: 'bench', docId: 'crashed-doc' };
const small = { workspaceId: 'bench', docId: 'small-doc' };

// 1. A doc left as many separate updates, as after a crash before compaction.
let t0 = performance.now();
const source = new Y.Doc();
const pending: Uint8Array[] = [];
source.on('update', (u: Uint8Array) => pending.push(u));
const text = source.getText('content');
for (let i = 0; i < UPDATES; i++) text.insert((i * 7919) % (text.length + 1), String.fromCharCode(97 + (i % 26)));
// Handed to the writer thread all at once: group commit writes them in a few rounds.
await Promise.all(pending.map((u) => store.append(big, u)));
await store.append(small, Y.encodeStateAsUpdate((() => { const d = new Y.Doc(); d.getText('content').insert(0, 'petit'); return d; })()));
console.log(`wrote ${UPDATES} separate updates of one doc in ${ms(performance.now() - t0)}`);

const rooms = new RoomManager(store, pino({ level: 'silent' }), { unloadGraceMs: 60_000, compactEvery: 500 });
t0 = performance.now();
let smallOpenedAt = 0;
const { maxLagMs } = await withLoopLag(async () => {
  const bigRoom = rooms.open(big);
  // Another doc opened while the big one loads must not wait for it.
  await rooms.open(small);
  smallOpenedAt = performance.now() - t0;
  return bigRoom;
});
const { maxLagMs: lagUntilOpen } = await withLoopLag(() => rooms.open(big));
const bigOpened = performance.now() - t0;
const room = await rooms.open(big);
console.log(`opened the ${UPDATES}-update doc in ${ms(bigOpened)} (text length ${room.doc.getText('content').length})`);
console.log(`  another doc opened meanwhile in ${ms(smallOpenedAt)} (event loop stalled at most ${ms(maxLagMs)} until then)`);
console.log(`  longest event-loop stall while the big doc was applied and compacted: ${ms(lagUntilOpen)}`);
await room.compact();
console.log(`  stored rows after open: ${await store.countUpdates(big)} (compacted)`);

await rooms.closeAll();
const rooms2 = new RoomManager(store, pino({ level: 'silent' }), { unloadGraceMs: 60_000, compactEvery: 500 });
t0 = performance.now();
await rooms2.open(big);
console.log(`reopened it from its snapshot in ${ms(performance.now() - t0)}`);
await rooms2.closeAll();

// 2. Append throughput: each update is on disk (synchronous = FULL) before it is relayed.
const live = { workspaceId: 'bench', docId: 'typing' };
const typing = new Y.Doc();
const typed: Uint8Array[] = [];
typing.on('update', (u: Uint8Array) => typed.push(u));
for (let i = 0; i < 2000; i++) typing.getText('t').insert(i, 'x');
t0 = performance.now();
for (const u of typed.slice(0, 200)) await store.append(live, u);
const alone = (performance.now() - t0) / 200;
console.log(`durable append, one at a time: ${alone.toFixed(3)} ms per update (one round, one fsync each)`);
const rounds = store.writer.stats.rounds;
t0 = performance.now();
await Promise.all(typed.slice(200).map((u) => store.append(live, u)));
const grouped = (performance.now() - t0) / (typed.length - 200);
console.log(
  `durable append, ${typed.length - 200} at once: ${grouped.toFixed(3)} ms per update (${Math.round(1000 / grouped)} updates/s, ` +
    `${store.writer.stats.rounds - rounds} group commits)`,
);

await store.close();
db.close();
fs.rmSync(dataDir, { recursive: true, force: true });
