// Idle memory and start time of `minga serve` with the demo seeded: the built server
// (`npm start`) against the TypeScript source run through tsx (`npm run minga`).
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildServer, sampleProcess, startMinga } from './support/processes.ts';

const GC_ON_SIGNAL = fileURLToPath(new URL('./support/gcOnSignal.mjs', import.meta.url));
/** Idle time before reading: the library index follows the demo docs a second after they change. */
const SETTLE_MS = 5_000;

interface IdleFigures {
  startMs: number;
  rssMb: number;
  rssAfterGcMb: number;
}

async function measure(compiled: boolean): Promise<IdleFigures> {
  const t0 = performance.now();
  const server = await startMinga({ compiled, demo: true, nodeArgs: ['--expose-gc', '--import', GC_ON_SIGNAL] });
  const startMs = performance.now() - t0;
  try {
    await sleep(SETTLE_MS);
    const { rssMb } = sampleProcess(server.pid);
    process.kill(server.pid, 'SIGUSR2');
    await sleep(1_000);
    return { startMs, rssMb, rssAfterGcMb: sampleProcess(server.pid).rssMb };
  } finally {
    await server.stop();
  }
}

buildServer();
const rows: [string, IdleFigures][] = [
  ['source through tsx', await measure(false)],
  ['built (server/dist)', await measure(true)],
];
console.log('| server | start to listening | idle RSS | idle RSS after GC |');
console.log('| --- | --- | --- | --- |');
for (const [name, f] of rows) {
  console.log(`| ${name} | ${f.startMs.toFixed(0)} ms | ${f.rssMb.toFixed(0)} MB | ${f.rssAfterGcMb.toFixed(0)} MB |`);
}
