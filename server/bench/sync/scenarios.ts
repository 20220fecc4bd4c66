// The sync scenarios, each run against one freshly started server. They measure; none asserts.
import { setTimeout as sleep } from 'node:timers/promises';
import * as Y from 'yjs';
import { BenchClient, connectAll } from './benchClient.ts';
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
  const stops = plan();
  await sleep(seconds * 1000);
  for (const stop of stops) stop();
  await recorder.settle(GRACE_MS);
  const after = target.sample();
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

/** The updates of `count` one-letter edits at scattered places, as a stored doc keeps them. */
export function scatteredEdits(count: number): Uint8Array[] {
  const source = new Y.Doc();
  const updates: Uint8Array[] = [];
  source.on('update', (u: Uint8Array) => updates.push(u));
  const text = source.getText('text');
  for (let i = 0; i < count; i++) text.insert((i * 7919) % (text.length + 1), String.fromCharCode(97 + (i % 26)));
  source.destroy();
  return updates;
}

/**
 * (c) Opening a doc no client has open: Minga reads `updates` from SQLite (stored as separate
 * rows); the reference holds them in memory, given by a client that connected and left.
 */
export async function coldLoad(target: SyncTarget, docName: string, updates: Uint8Array[]): Promise<ScenarioResult> {
  const recorder = new DeliveryRecorder();
  const expected = new Y.Doc();
  Y.applyUpdate(expected, Y.mergeUpdates(updates));
  const length = expected.getText('text').length;
  if (target.storeRows) {
    target.storeRows(docName, updates);
  } else {
    const seeder = new BenchClient(target.endpoint, docName, 'seeder', recorder);
    Y.applyUpdate(seeder.doc, Y.mergeUpdates(updates));
    await seeder.synced(120_000);
    await sleep(1_000);
    seeder.destroy();
  }
  const before = target.sample();
  const clientCpu = process.cpuUsage();
  const open = async () => {
    const t0 = performance.now();
    const client = new BenchClient(target.endpoint, docName, 'reader', recorder);
    await client.synced(120_000);
    const ms = performance.now() - t0;
    if (client.text.length !== length) throw new Error(`${target.name}: the doc opened with ${client.text.length} characters, not ${length}`);
    return { client, ms };
  };
  const cold = await open();
  const warm = await open();
  const after = target.sample();
  cold.client.destroy();
  warm.client.destroy();
  return {
    setupMs: cold.ms,
    warmMs: warm.ms,
    cpuSeconds: after.cpuSeconds - before.cpuSeconds,
    clientCpuSeconds: cpuSeconds(process.cpuUsage(clientCpu)),
    peakRssMb: after.peakRssMb,
    endRssMb: after.rssMb,
  };
}

/** One update holding a doc of about `chars` characters typed in paragraphs, as after a compaction. */
export function largeDoc(chars: number): Uint8Array[] {
  const source = new Y.Doc();
  const text = source.getText('text');
  const paragraph = 'Les communs sont des ressources partagées, gérées et maintenues collectivement. '.repeat(6) + '\n';
  while (text.length < chars) text.insert(text.length, paragraph);
  const snapshot = Y.encodeStateAsUpdate(source);
  source.destroy();
  return [snapshot];
}
