import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { currentLayout } from '@minga/doc-model';
import pino from 'pino';
import { vi } from 'vitest';
import { configFromEnv, type Config } from '../src/config.ts';
import { createMinga, type MingaServer } from '../src/createMinga.ts';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A fresh, empty data directory under the OS temp dir. */
export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'minga-test-'));
}

export interface TestServer {
  server: MingaServer;
  origin: string;
  wsOrigin: string;
  dataDir: string;
  config: Config;
  close(): Promise<void>;
}

/** Starts a real Minga server on a free port over a (temp) data directory. */
export async function startServer(options: { dataDir?: string; config?: Partial<Config> } = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const config = { ...configFromEnv({ PORT: '0', HOST: '127.0.0.1', MINGA_DATA_DIR: dataDir }), unloadGraceMs: 200, ...options.config };
  const server = await createMinga(config, pino({ level: 'silent' }));
  const { port } = await server.listen();
  const origin = `http://127.0.0.1:${port}`;
  return {
    server,
    origin,
    wsOrigin: origin.replace('http', 'ws'),
    dataDir,
    config,
    close: () => server.close(),
  };
}

/** Creates a workspace through the REST API. */
export async function createWorkspace(origin: string, name = 'Atelier test') {
  const res = await fetch(`${origin}/api/workspaces`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  if (res.status !== 201) throw new Error(`create workspace: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; name: string; editKey: string; viewKey: string; commentKey: string; url: string };
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/** The layout today's app announces for any kind of doc: the newest of them (never refused). */
export const APP_LAYOUT = String(Math.max(currentLayout('unit'), currentLayout('session'), currentLayout('comments')));

/** A stock y-websocket client, as the browser uses it, in Node (announcing today's layouts, as the app does). */
export function connectClient(wsOrigin: string, workspaceId: string, docId: string, key: string | undefined): TestClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${wsOrigin}/sync/${workspaceId}`, docId, doc, {
    params: key === undefined ? { layout: APP_LAYOUT } : { key, layout: APP_LAYOUT },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves once the client has completed its first sync with the server. */
export function synced(client: TestClient, timeoutMs = 5000): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('client never synced')), timeoutMs);
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return;
      clearTimeout(timer);
      client.provider.off('sync', onSync);
      resolve();
    };
    client.provider.on('sync', onSync);
  });
}

/** Resolves with the close event the server sent to this client. */
export function closedByServer(client: TestClient, timeoutMs = 5000): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket never closed')), timeoutMs);
    client.provider.on('connection-close', (event) => {
      if (!event) return;
      clearTimeout(timer);
      resolve({ code: event.code, reason: event.reason });
    });
  });
}

/**
 * The bound of a `vi.waitFor` on what crosses a socket, a disk or a timer: one for a stuck test, not
 * a measure. vi.waitFor's own default, 1 s, is too short on a loaded 2-core machine.
 */
export const WAIT = { timeout: 10_000 } as const;

/** Polls `check` until it returns true (or throws after the timeout). */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  await vi.waitFor(async () => {
    if (!(await check())) throw new Error(`timed out waiting for ${what}`);
  }, { timeout: timeoutMs, interval: 10 });
}

/** A raw WebSocket to the sync endpoint, for sending bytes no well-behaved client would. */
export function rawSocket(wsOrigin: string, workspaceId: string, docId: string, key: string): Promise<WebSocket> {
  const ws = new WebSocket(`${wsOrigin}/sync/${workspaceId}/${docId}?key=${encodeURIComponent(key)}&layout=${APP_LAYOUT}`);
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

export function closeCodeOf(ws: WebSocket, timeoutMs = 5000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket never closed')), timeoutMs);
    ws.once('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the `minga` CLI as a separate process, as a script would. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server/src/cli.ts'), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', MINGA_LANG: 'en', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `minga serve --json` as a child process and waits until it listens. */
export async function spawnServer(
  dataDir: string,
  env: Record<string, string> = {},
  startTimeoutMs = 60_000,
): Promise<{ child: ChildProcess; origin: string; wsOrigin: string; workspaceId: string | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server/src/cli.ts'), 'serve', '--json'], {
    cwd: REPO_ROOT,
    // No demo workspace unless a test asks for one: most tests want an empty first start.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MINGA_DATA_DIR: dataDir, LOG_LEVEL: 'warn', MINGA_DEMO: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start: ${stderr}`));
    }, startTimeoutMs);
    child.stdout!.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        resolve(out.slice(0, nl));
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  const info = JSON.parse(line) as { origin: string; port: number; workspaceId: string | null };
  const origin = `http://127.0.0.1:${info.port}`;
  return { child, origin, wsOrigin: origin.replace('http', 'ws'), workspaceId: info.workspaceId };
}

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object each. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
