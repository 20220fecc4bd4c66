// The sync scenarios, each run against one freshly started server. They measure; none asserts.
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import * as Y from 'yjs';
import { BenchClient, connectAll } from './benchClient.ts';
import type { ColdReaderInput, ColdReaderMessage } from './coldReader.ts';
import { DeliveryRecorder, type LatencySummary } from './deliveryRecorder.ts';
import type { SyncTarget } from './targets.ts';

/** Time left after the last edit for the late ones to arrive; later than that counts as a drop. */
const GRACE_MS = 10_000;

/** What one scenario measured on one server. */
export interface ScenarioResult {
  /** Time to connect and sync every client (editing scenarios) or to open the doc (cold load). */
  setupMs: number;
  latency?: LatencySummary;
  expected?: number;
  drops?: number;
  /** Sockets closed under a client during the run (y-websocket then reconnects). */
  closes?: number;
  /** Cold load: a second client opening the doc once it is in memory. */
  warmMs?: number;
  /** Server CPU seconds (user + system) over the measured part. */
  cpuSeconds: number;
  /** This process's CPU seconds over the same part: near the run's length, the clients were the bottleneck. */
  clientCpuSeconds: number;
  peakRssMb: number;
  endRssMb: number;
  /** Minga: the commits of the measured part and the writes (updates, compactions…) they held. */
  groupCommit?: { commits: number; writes: number };
}

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

/** Calls `fn` every `intervalMs`, first after `phaseMs`; returns the function that stops it. */
function every(intervalMs: number, phaseMs: number, fn: () => void): () => void {
  let interval: NodeJS.Timeout | undefined;
  const start = setTimeout(() => {
    fn();
    interval = setInterval(fn, intervalMs);
  }, phaseMs);
  return () => {
    clearTimeout(start);
    clearInterval(interval);
  };
}

/** Runs the typing plan over connected clients, lets the last edits arrive, and reads the server. */
async function measureEditing(
  target: SyncTarget,
  recorder: DeliveryRecorder,
  clients: BenchClient[],
  setupMs: number,
  seconds: number,
  plan: () => (() => void)[],
): Promise<ScenarioResult> {
  const before = target.sample();
  const clientCpu = process.cpuUsage();
  const closesBefore = clients.reduce((n, c) => n + c.closes, 0);
  const commitsBefore = await target.commits?.();
  const stops = plan();
  await sleep(seconds * 1000);
  for (const stop of stops) stop();
  await recorder.settle(GRACE_MS);
  const after = target.sample();
  const commitsAfter = await target.commits?.();
  const closes = clients.reduce((n, c) => n + c.closes, 0) - closesBefore;
  for (const client of clients) client.destroy();
  return {
    setupMs,
    latency: recorder.summary(),
    expected: recorder.expected,
    drops: recorder.missing,
    closes,
    cpuSeconds: after.cpuSeconds - before.cpuSeconds,
    clientCpuSeconds: cpuSeconds(process.cpuUsage(clientCpu)),
    peakRssMb: after.peakRssMb,
    endRssMb: after.rssMb,
    groupCommit:
      commitsBefore && commitsAfter
        ? { commits: commitsAfter.commits - commitsBefore.commits, writes: commitsAfter.writes - commitsBefore.writes }
        : undefined,
  };
}

/** (a) One doc, `editors` people each typing `chars` every `intervalMs`. */
export async function oneDocManyEditors(target: SyncTarget, o: { editors: number; intervalMs: number; seconds: number }): Promise<ScenarioResult> {
  const recorder = new DeliveryRecorder();
  const t0 = performance.now();
  const open = Array.from({ length: o.editors }, (_, i) => () => new BenchClient(target.endpoint, 'bench-one-doc', `e${i}`, recorder));
  const clients = await connectAll(open, 10);
  const setupMs = performance.now() - t0;
  return measureEditing(target, recorder, clients, setupMs, o.seconds, () =>
    clients.map((client, i) => every(o.intervalMs, (i * o.intervalMs) / o.editors, () => client.type('abcd', o.editors - 1))),
  );
}

/** (b) `docs` docs with `perDoc` clients each; one edit a second per doc, by each client in turn. */
export async function manyDocs(target: SyncTarget, o: { docs: number; perDoc: number; seconds: number }): Promise<ScenarioResult> {
  const recorder = new DeliveryRecorder();
  const t0 = performance.now();
  const open = Array.from({ length: o.docs * o.perDoc }, (_, i) => {
    const doc = Math.floor(i / o.perDoc);
    return () => new BenchClient(target.endpoint, `bench-doc-${doc}`, `d${doc}c${i % o.perDoc}`, recorder);
  });
  const clients = await connectAll(open, 100, 120_000);
  const setupMs = performance.now() - t0;
  return measureEditing(target, recorder, clients, setupMs, o.seconds, () =>
    Array.from({ length: o.docs }, (_, doc) => {
      let turn = 0;
      return every(1000, (doc * 1000) / o.docs, () => clients[doc * o.perDoc + (turn++ % o.perDoc)]!.type('abcd', o.perDoc - 1));
    }),
  );
}

/** A doc as the cold-load scenario stores it: its rows, its whole state, and its length in characters. */
export interface StoredDoc {
  updates: Uint8Array[];
  state: Uint8Array;
  length: number;
}

/** The updates of `count` one-letter edits at scattered places, as a stored doc keeps them. */
export function scatteredEdits(count: number): StoredDoc {
  const source = new Y.Doc();
  const updates: Uint8Array[] = [];
  source.on('update', (u: Uint8Array) => updates.push(u));
  const text = source.getText('text');
  for (let i = 0; i < count; i++) text.insert((i * 7919) % (text.length + 1), String.fromCharCode(97 + (i % 26)));
  const stored = { updates, state: Y.encodeStateAsUpdate(source), length: text.length };
  source.destroy();
  return stored;
}

/** The other docs edited while the cold doc opens: `docs` docs × 2 clients, one edit every `intervalMs` per doc. */
export interface OthersLoad {
  docs: number;
  intervalMs: number;
}

/** After the cold open, the others keep editing this long (the compaction the open started runs then). */
const COLD_TAIL_MS = 2_000;

/** Runs the cold and warm opens in a worker thread; resolves with their times. */
function openInWorker(input: ColdReaderInput): Promise<{ coldMs: number; warmMs: number }> {
  return new Promise((resolve, reject) => {
    // A worker thread does not inherit tsx's loader: it registers it, then imports the reader.
    const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./coldReader.ts', import.meta.url).href)}); })`;
    const worker = new Worker(boot, { eval: true, workerData: input });
    let coldMs = NaN;
    worker.on('message', (msg: ColdReaderMessage) => {
      if ('error' in msg) reject(new Error(msg.error));
      else if (msg.open === 'cold') coldMs = msg.ms;
      else resolve({ coldMs, warmMs: msg.ms });
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the cold reader exited (${code}) before both opens`)));
  });
}

/**
 * (c) Opening a doc no client has open: Minga reads `stored.updates` from SQLite (stored as
 * separate rows); the reference holds them in memory, given by a client that connected and left.
 * Meanwhile `others` docs keep being edited: their latency, from the open's start to
 * COLD_TAIL_MS after it, says whether the open held them back. The opens run in a worker thread,
 * so that applying the doc in the client does not delay the receipts timed here.
 */
export async function coldLoad(target: SyncTarget, docName: string, stored: StoredDoc, others: OthersLoad): Promise<ScenarioResult> {
  if (target.storeRows) {
    target.storeRows(docName, stored.updates);
  } else {
    const seeder = new BenchClient(target.endpoint, docName, 'seeder', new DeliveryRecorder());
    Y.applyUpdate(seeder.doc, stored.state);
    await seeder.synced(120_000);
    await sleep(1_000);
    seeder.destroy();
  }
  const recorder = new DeliveryRecorder(false);
  const open = Array.from({ length: others.docs * 2 }, (_, i) => {
    const doc = Math.floor(i / 2);
    return () => new BenchClient(target.endpoint, `bench-other-${doc}`, `o${doc}c${i % 2}`, recorder);
  });
  const clients = await connectAll(open, 20);
  const stops = Array.from({ length: others.docs }, (_, doc) => {
    let turn = 0;
    return every(others.intervalMs, (doc * others.intervalMs) / others.docs, () => clients[doc * 2 + (turn++ % 2)]!.type('abcd', 1));
  });
  // The others edit for a second before the open, so their rooms and sockets are warm.
  await sleep(1_000);
  const before = target.sample();
  const clientCpu = process.cpuUsage();
  recorder.start();
  const opens = await openInWorker({ endpoint: target.endpoint, docName, length: stored.length });
  await sleep(COLD_TAIL_MS);
  for (const stop of stops) stop();
  await recorder.settle(GRACE_MS);
  const after = target.sample();
  for (const client of clients) client.destroy();
  return {
    setupMs: opens.coldMs,
    warmMs: opens.warmMs,
    latency: recorder.summary(),
    expected: recorder.expected,
    drops: recorder.missing,
    cpuSeconds: after.cpuSeconds - before.cpuSeconds,
    clientCpuSeconds: cpuSeconds(process.cpuUsage(clientCpu)),
    peakRssMb: after.peakRssMb,
    endRssMb: after.rssMb,
  };
}

/** One update holding a doc of about `chars` characters typed in paragraphs, as after a compaction. */
export function largeDoc(chars: number): StoredDoc {
  const source = new Y.Doc();
  const text = source.getText('text');
  const paragraph = 'Les communs sont des ressources partagées, gérées et maintenues collectivement. '.repeat(6) + '\n';
  while (text.length < chars) text.insert(text.length, paragraph);
  const snapshot = Y.encodeStateAsUpdate(source);
  const stored = { updates: [snapshot], state: snapshot, length: text.length };
  source.destroy();
  return stored;
}
