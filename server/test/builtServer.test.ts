import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { connectClient, createWorkspace, REPO_ROOT, synced, tempDataDir, type TestClient } from './helpers.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanups.splice(0).reverse()) fn();
});

/** Builds the server as `npm start` does, into a folder of its own under server/dist (node_modules still above it). */
function build(): string {
  fs.mkdirSync(path.join(REPO_ROOT, 'server/dist'), { recursive: true });
  const outdir = fs.mkdtempSync(path.join(REPO_ROOT, 'server/dist/test-'));
  cleanups.push(() => fs.rmSync(outdir, { recursive: true, force: true }));
  const result = spawnSync(process.execPath, ['scripts/build-server.mjs', '--outdir', outdir], { cwd: REPO_ROOT, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return outdir;
}

/** Starts `node <outdir>/cli.mjs serve --json`: plain node, no TypeScript loader. */
async function serveBuilt(outdir: string, dataDir: string): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, [path.join(outdir, 'cli.mjs'), 'serve', '--json'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MINGA_DATA_DIR: dataDir, LOG_LEVEL: 'warn', MINGA_DEMO: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(() => void child.kill('SIGKILL'));
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const line = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the built server exited with ${code}: ${stderr}`)));
  });
  const { port } = JSON.parse(line) as { port: number };
  return { child, origin: `http://127.0.0.1:${port}` };
}

describe('the built server (what npm start runs)', () => {
  it('runs under plain node and opens a doc of 1 500 stored updates, folded by its worker thread', async () => {
    const outdir = build();
    expect(fs.existsSync(path.join(outdir, 'mergeWorker.mjs'))).toBe(true);
    const dataDir = tempDataDir();
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const { origin } = await serveBuilt(outdir, dataDir);
    const ws = await createWorkspace(origin);

    // A doc left as separate rows, as a crash before compaction leaves it (over the worker's threshold).
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 1_500; i++) source.getText('t').insert(i, String.fromCharCode(97 + (i % 26)));
    const db = new Database(path.join(dataDir, 'minga.db'));
    db.pragma('busy_timeout = 10000');
    const insert = db.prepare('INSERT INTO doc_updates (workspace_id, doc_id, data) VALUES (?, ?, ?)');
    db.transaction(() => {
      for (const u of updates) insert.run(ws.id, 'crashed-doc', Buffer.from(u));
    })();
    db.close();

    const reader: TestClient = connectClient(origin.replace('http', 'ws'), ws.id, 'crashed-doc', ws.editKey);
    cleanups.push(() => reader.destroy());
    await synced(reader, 30_000);
    expect(reader.doc.getText('t').toString()).toBe(source.getText('t').toString());
  });
});
