// The servers a bench measures, each in its own process: Minga (built or from source) and the
// reference y-websocket server. Their CPU and memory are read from /proc, never from inside.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** A server process under measurement. */
export interface ServerProcess {
  name: string;
  pid: number;
  origin: string;
  /** Minga's data directory (none for the reference, which keeps docs in memory). */
  dataDir?: string;
  /** Stops the process (SIGTERM, then SIGKILL after 10 s) and removes its temporary data. */
  stop(): Promise<void>;
}

/** CPU seconds (user + system) the process used so far, and its memory now and at its peak. */
export interface ProcessSample {
  cpuSeconds: number;
  rssMb: number;
  peakRssMb: number;
}

/** Reads /proc/<pid>/stat and /proc/<pid>/status. */
export function sampleProcess(pid: number): ProcessSample {
  // Fields after the command name (which may hold spaces) start at field 3; utime, stime are 14, 15.
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuTicks = Number(fields[11]) + Number(fields[12]);
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { cpuSeconds: cpuTicks / CLK_TCK, rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}

/** CPU seconds used so far by every process whose command name is `comm` (e.g. `postgres`), by pid. */
export function cpuByCommand(comm: string): Map<number, number> {
  const found = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== comm) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      found.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / CLK_TCK);
    } catch {
      // The process ended while we read.
    }
  }
  return found;
}

/** CPU seconds `comm` processes used between two `cpuByCommand` readings (processes started since count whole). */
export function cpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, cpu] of after) total += cpu - (before.get(pid) ?? 0);
  return total;
}

/** Builds `server/dist/` (scripts/build-server.mjs), so the bench measures what `npm start` runs. */
export function buildServer(): void {
  const result = spawnSync(process.execPath, ['scripts/build-server.mjs'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('building the server failed');
}

/** A free TCP port on 127.0.0.1 (asked of the OS, then released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function stopper(child: ChildProcess, cleanup: () => void): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    cleanup();
  };
}

/** Resolves with the first stdout line `accept` returns a value for; rejects if the process exits first. */
function firstLine<T>(child: ChildProcess, name: string, accept: (line: string) => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const value = accept(line);
      if (value !== undefined) resolve(value);
    });
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before it was ready:\n${stderr}`)));
  });
}

/** The `node` flags `npm start` gives the built server (package.json), so the bench runs it alike. */
const START_NODE_FLAGS: string[] = (() => {
  const start = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  return /\bnode ((?:--\S+ )*)server\/dist\/cli\.mjs/.exec(start)?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
})();

export interface MingaOptions {
  /** Run `server/dist/cli.mjs` (built by scripts/build-server.mjs) instead of the TypeScript source through tsx. */
  compiled: boolean;
  /** Seeds the demo workspace on this first start (MINGA_DEMO). */
  demo?: boolean;
  /** Extra `node` flags, e.g. `--expose-gc`. */
  nodeArgs?: string[];
  /** An existing data directory (kept); otherwise a temporary one, removed on stop. */
  dataDir?: string;
  /** More environment (e.g. MINGA_DATABASE_URL and MINGA_REDIS_URL for a cluster node). */
  env?: Record<string, string>;
}

/** MINGA_BENCH_NODE_ARGS adds node flags to both servers (not to the bench), e.g. `--cpu-prof --cpu-prof-dir=prof`. */
function benchNodeArgs(): string[] {
  return (process.env.MINGA_BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
}

/** Starts `minga serve --json` on a free port with its own data directory; resolves once it listens. */
export async function startMinga(options: MingaOptions): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'minga-bench-'));
  const entry = options.compiled ? [...START_NODE_FLAGS, 'server/dist/cli.mjs'] : ['--import', 'tsx', 'server/src/cli.ts'];
  const child = spawn(process.execPath, [...benchNodeArgs(), ...(options.nodeArgs ?? []), ...entry, 'serve', '--json'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MINGA_DATA_DIR: dataDir, LOG_LEVEL: 'warn', MINGA_DEMO: options.demo ? '1' : '0', ...options.env },
  });
  // With --json, stdout carries one line once listening: { url, origin, port, … }.
  const started = await firstLine(child, 'minga', (line) => (line.startsWith('{') ? (JSON.parse(line) as { port: number }) : undefined));
  const remove = () => {
    if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { name: 'minga', pid: child.pid!, origin: `http://127.0.0.1:${started.port}`, dataDir, stop: stopper(child, remove) };
}

/** Starts the reference server, `@y/websocket-server` (docs in memory, named by the URL path). */
export async function startReference(nodeArgs: string[] = []): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...benchNodeArgs(), ...nodeArgs, '--import', './server/bench/support/exitOnTerm.mjs', 'node_modules/@y/websocket-server/src/server.js'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
  });
  await firstLine(child, 'reference', (line) => (line.startsWith('running at') ? true : undefined));
  return { name: 'reference', pid: child.pid!, origin: `http://127.0.0.1:${port}`, stop: stopper(child, () => {}) };
}

/** Creates a workspace through the REST API; the edit key opens its sync sockets. */
export async function createWorkspace(origin: string): Promise<{ id: string; editKey: string }> {
  const response = await fetch(`${origin}/api/workspaces`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench' }),
  });
  if (response.status !== 201) throw new Error(`creating a workspace failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string; editKey: string };
}
