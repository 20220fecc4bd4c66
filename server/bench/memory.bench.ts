// Memory of `minga serve`: idle with the demo seeded, the built server (`npm start`) against the
// TypeScript source run through tsx (`npm run minga`); or, with `--open-docs N`, the built server
// holding N open docs (3 y-websocket clients each, one edit per doc) against the reference
// y-websocket server holding the same, each read after a forced garbage collection.
// MINGA_BENCH_HEAP_SNAPSHOT=/tmp/minga also writes a heap snapshot of each server at each reading.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildServer, sampleProcess, startMinga } from './support/processes.ts';
import { startTarget, type SyncTarget, type TargetName } from './sync/targets.ts';
import { BenchClient, connectAll } from './sync/benchClient.ts';
import { DeliveryRecorder } from './sync/deliveryRecorder.ts';

const GC_ON_SIGNAL = fileURLToPath(new URL('./support/gcOnSignal.mjs', import.meta.url));
const GC_ARGS = ['--expose-gc', '--import', GC_ON_SIGNAL];
/** Idle time before reading: the library index follows the demo docs a second after they change. */
const SETTLE_MS = 5_000;

const { values } = parseArgs({ args: process.argv.slice(2), strict: false, options: { 'open-docs': { type: 'string', default: '0' } } });
const openDocs = Number(values['open-docs']);

interface IdleFigures {
  startMs: number;
  rssMb: number;
  rssAfterGcMb: number;
}

/** Forces a full GC in the server (and a heap snapshot when asked), then reads its RSS. */
async function rssAfterGc(pid: number): Promise<number> {
  process.kill(pid, 'SIGUSR2');
  await sleep(1_500);
  const { rssMb } = sampleProcess(pid);
  if (process.env.MINGA_BENCH_HEAP_SNAPSHOT) await sleep(20_000);
  return rssMb;
}

async function measure(compiled: boolean): Promise<IdleFigures> {
  const t0 = performance.now();
  const server = await startMinga({ compiled, demo: true, nodeArgs: GC_ARGS });
  const startMs = performance.now() - t0;
  try {
    await sleep(SETTLE_MS);
    const { rssMb } = sampleProcess(server.pid);
    return { startMs, rssMb, rssAfterGcMb: await rssAfterGc(server.pid) };
  } finally {
    await server.stop();
  }
}

interface OpenDocsFigures {
  idleMb: number;
  openMb: number;
  connectMs: number;
}

/** RSS after GC with no doc open, then with `docs` docs open (3 clients each, one edit each, delivered). */
async function measureOpenDocs(name: TargetName, docs: number): Promise<OpenDocsFigures> {
  const target: SyncTarget = await startTarget(name, true, GC_ARGS);
  try {
    await sleep(2_000);
    const idleMb = await rssAfterGc(target.server.pid);
    const recorder = new DeliveryRecorder();
    const t0 = performance.now();
    const open = Array.from({ length: docs * 3 }, (_, i) => () => new BenchClient(target.endpoint, `bench-doc-${Math.floor(i / 3)}`, `d${i}`, recorder));
    const clients = await connectAll(open, 100, 120_000);
    const connectMs = performance.now() - t0;
    for (let doc = 0; doc < docs; doc++) clients[doc * 3]!.type('abcd', 2);
    await recorder.settle(30_000);
    if (recorder.missing > 0) throw new Error(`${name}: ${recorder.missing} receipts missing`);
    await sleep(SETTLE_MS);
    const openMb = await rssAfterGc(target.server.pid);
    for (const client of clients) client.destroy();
    return { idleMb, openMb, connectMs };
  } finally {
    await target.server.stop();
  }
}

buildServer();
if (openDocs === 0) {
  const rows: [string, IdleFigures][] = [
    ['source through tsx', await measure(false)],
    ['built (server/dist)', await measure(true)],
  ];
  console.log('| server | start to listening | idle RSS | idle RSS after GC |');
  console.log('| --- | --- | --- | --- |');
  for (const [name, f] of rows) {
    console.log(`| ${name} | ${f.startMs.toFixed(0)} ms | ${f.rssMb.toFixed(0)} MB | ${f.rssAfterGcMb.toFixed(0)} MB |`);
  }
} else {
  const minga = await measureOpenDocs('minga', openDocs);
  const reference = await measureOpenDocs('reference', openDocs);
  const perDocKb = (f: OpenDocsFigures) => ((f.openMb - f.idleMb) * 1024) / openDocs;
  console.log(`| server | no doc open, after GC | ${openDocs} docs × 3 clients open, after GC | per open doc |`);
  console.log('| --- | --- | --- | --- |');
  for (const [name, f] of [['Minga (built)', minga], ['reference', reference]] as const) {
    console.log(`| ${name} | ${f.idleMb.toFixed(0)} MB | ${f.openMb.toFixed(0)} MB | ${perDocKb(f).toFixed(1)} kB |`);
  }
  const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`;
  console.log(`| Minga ÷ reference | ${ratio(minga.idleMb, reference.idleMb)} | ${ratio(minga.openMb, reference.openMb)} | ${ratio(perDocKb(minga), perDocKb(reference))} |`);
}
