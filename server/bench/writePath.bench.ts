// Write path under an event day's load: DOCS docs × CLIENTS y-websocket clients, one update per doc
// per second, against a real server process. Prints relay latency (p50/p99), updates never
// delivered, the server's CPU and memory. Not part of `npm run bench` (it takes a minute); run:
//   node --import tsx server/bench/writePath.bench.ts            (BENCH_DOCS, BENCH_SECONDS, BENCH_SERVER)
// BENCH_SERVER points at another cli.ts, to measure an older server the same way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';

process.setMaxListeners(0); // one 'exit' listener per y-websocket provider

const DOCS = Number(process.env.BENCH_DOCS ?? 1000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CLI = process.env.BENCH_SERVER ?? fileURLToPath(new URL('../src/cli.ts', import.meta.url));

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-writepath-'));
const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--json'], {
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MINGA_DATA_DIR: dataDir, MINGA_DEMO: '0', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const info = await new Promise<{ port: number }>((resolve) => {
  let out = '';
  child.stdout!.on('data', (d) => {
    out += d;
    if (out.includes('\n')) resolve(JSON.parse(out.slice(0, out.indexOf('\n'))) as { port: number });
  });
});
const origin = `http://127.0.0.1:${info.port}`;
const ws = (await (await fetch(`${origin}/api/workspaces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"bench"}' })).json()) as {
  id: string;
  editKey: string;
};

/** CPU seconds and resident memory of the server process, from /proc. */
function serverUsage(): { cpu: number; rssMb: number } {
  const stat = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  const rss = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]);
  return { cpu: ticks / 100, rssMb: rss / 1024 };
}

const idle = serverUsage();
const latencies: number[] = [];
let sent = 0;
let delivered = 0;
const providers: WebsocketProvider[] = [];
const docs: Y.Doc[][] = [];
for (let d = 0; d < DOCS; d++) {
  const group: Y.Doc[] = [];
  for (let c = 0; c < CLIENTS; c++) {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`${origin.replace('http', 'ws')}/sync/${ws.id}`, `doc-${d}`, doc, {
      params: { key: ws.editKey },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    providers.push(provider);
    doc.getMap<number>('m').observe((event, tx) => {
      if (tx.origin !== provider) return;
      for (const key of event.keysChanged) {
        latencies.push(Date.now() - (event.target.get(key) ?? Date.now()));
        delivered++;
      }
    });
    group.push(doc);
  }
  docs.push(group);
}
const waitUntil = async (check: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
};
await waitUntil(() => providers.every((p) => p.synced), 120_000);
const atLoad = serverUsage();
console.log(`${DOCS} docs × ${CLIENTS} clients connected; server RSS idle ${idle.rssMb.toFixed(0)} MB, with docs ${atLoad.rssMb.toFixed(0)} MB`);

// One update per doc per second, from a random client of it, spread over the second.
const start = serverUsage();
const t0 = Date.now();
const timers = docs.map((group, d) =>
  setTimeout(function tick() {
    if (Date.now() - t0 > SECONDS * 1000) return;
    const doc = group[Math.floor(Math.random() * group.length)]!;
    doc.getMap<number>('m').set(`u${d}-${sent++}`, Date.now());
    setTimeout(tick, 1000);
  }, Math.random() * 1000),
);
await new Promise((r) => setTimeout(r, SECONDS * 1000 + 1000));
const end = serverUsage();
const elapsed = (Date.now() - t0) / 1000;
await waitUntil(() => delivered >= sent * (CLIENTS - 1), 15_000);
timers.forEach(clearTimeout);
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((latencies.length * p) / 100))] ?? NaN;
console.log(
  `sent ${sent}, delivered ${delivered}/${sent * (CLIENTS - 1)} (never delivered: ${sent * (CLIENTS - 1) - delivered}); ` +
    `latency p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${latencies.at(-1)} ms; ` +
    `server CPU ${((100 * (end.cpu - start.cpu)) / elapsed).toFixed(0)}%, RSS ${end.rssMb.toFixed(0)} MB`,
);
const health = await fetch(`${origin}/healthz`).then((r) => r.json());
console.log('healthz after:', JSON.stringify(health));
for (const p of providers) p.destroy();
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
