import fs from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';
import pg from 'pg';
import * as Y from 'yjs';
import { afterAll, afterEach, expect, it } from 'vitest';
import { connectClient, runCli, spawnServer, synced, tempDataDir, waitFor, type CliRun, type TestClient } from '../test/helpers.ts';
import { freshSchemaName, testDatabaseUrl } from './clusterEnv.ts';
import { docJson, type MigrateReport } from '../src/cli/migrate.ts';
import { mergeStoredUpdates } from '../src/storage/mergeUpdates.ts';

const admin = new pg.Pool({ connectionString: testDatabaseUrl(), max: 1 });
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(() => admin.end());

// A real 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

/** Stops a server as an operator would (SIGTERM: it flushes and closes the database). */
async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await exited(child);
}

/** Types into a plain doc and waits until a second client got it: the server relays only what it stored. */
async function write(wsOrigin: string, workspaceId: string, key: string, docId: string, text: string): Promise<void> {
  const alice = connectClient(wsOrigin, workspaceId, docId, key);
  const bob = connectClient(wsOrigin, workspaceId, docId, key);
  try {
    await Promise.all([synced(alice), synced(bob)]);
    const t = alice.doc.getText('t');
    t.insert(t.length, text);
    const expected = t.toString();
    await waitFor(() => bob.doc.getText('t').toString() === expected, 'the edit relayed (so stored)');
  } finally {
    alice.destroy();
    bob.destroy();
  }
}

/** A doc's content as the data directory's SQLite database holds it. */
function sqliteDoc(dataDir: string, workspaceId: string, docId: string): Y.Doc {
  const db = new Database(path.join(dataDir, 'minga.db'), { readonly: true });
  try {
    const rows = db.prepare('SELECT data FROM doc_updates WHERE workspace_id = ? AND doc_id = ? ORDER BY seq').all(workspaceId, docId) as { data: Buffer }[];
    const doc = new Y.Doc();
    const state = mergeStoredUpdates(rows.map((r) => new Uint8Array(r.data)));
    if (state) Y.applyUpdate(doc, state);
    return doc;
  } finally {
    db.close();
  }
}

function report(run: CliRun): MigrateReport {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as MigrateReport;
}

it('minga migrate copies an embedded data directory into Postgres, checked and idempotent; a Postgres node serves the same docs to the same keys', async () => {
  const schema = freshSchemaName();
  cleanups.push(() => admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).then(() => undefined));
  const url = testDatabaseUrl();
  const dataDir = tempDataDir();
  const migrate = () => runCli(['migrate', '--to', url, '--schema', schema, '--sample', '0', '--json'], { MINGA_DATA_DIR: dataDir });

  // An embedded Minga with the demo (units, a session, their versions and indexes) and some of everything else.
  const embedded = await spawnServer(dataDir, { MINGA_DEMO: '1' });
  cleanups.push(() => void embedded.child.kill('SIGKILL'));
  const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'default-workspace.json'), 'utf8')) as { id: string; editKey: string; viewKey: string };
  const ws = saved.id;
  const api = async (origin: string, route: string, init: { method?: string; body?: unknown; key?: string } = {}) => {
    const res = await fetch(`${origin}/api/w/${ws}${route}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${init.key ?? saved.editKey}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> & { units?: { id: string; title: string }[]; sessions?: { id: string }[] } };
  };
  const units = (await api(embedded.origin, '/units')).body.units!;
  const sessionId = (await api(embedded.origin, '/sessions')).body.sessions![0]!.id;
  expect(units.length).toBeGreaterThan(3);
  const unitId = units[0]!.id;
  const upload = await fetch(`${embedded.origin}/api/w/${ws}/files`, { method: 'POST', headers: { authorization: `Bearer ${saved.editKey}`, 'content-type': 'image/png' }, body: PNG });
  expect(upload.status).toBe(201);
  const file = (await upload.json()) as { id: string };
  expect((await api(embedded.origin, `/docs/${unitId}/versions`, { method: 'POST', body: { label: 'avant la migration', author: 'Amel' } })).status).toBe(201);
  expect((await api(embedded.origin, `/sessions/${sessionId}/room-input`, { method: 'POST', key: saved.viewKey, body: { kind: 'question', text: 'Et après ?', author: 'Simon' } })).status).toBe(201);
  expect((await api(embedded.origin, `/sessions/${sessionId}/deliveries`, { method: 'POST', body: { place: 'Brest', date: '2026-03-14', author: 'Amel' } })).status).toBe(201);
  expect((await api(embedded.origin, `/units/${unitId}/publication`, { method: 'PUT' })).status).toBe(200);
  await write(embedded.wsOrigin, ws, saved.editKey, 'notes', 'écrit avant la migration');
  await stop(embedded.child);

  // First run: everything copied, then checked (counts per table, every doc compared).
  const first = report(await migrate());
  expect(first.ok).toBe(true);
  for (const table of ['workspaces', 'doc_versions', 'deliveries', 'files', 'room_input', 'catalogue']) {
    const row = first.tables.find((t) => t.table === table)!;
    expect(row, table).toMatchObject({ inserted: row.source, skipped: 0, missing: 0, target: row.source });
    expect(row.source, table).toBeGreaterThan(0);
  }
  expect(first.docs).toMatchObject({ copied: first.docs.source, merged: 0, unchanged: 0, missing: 0, target: first.docs.source });
  expect(first.sample).toEqual({ compared: first.docs.source, different: [] });
  expect(first.indexes.find((i) => i.table === 'unit_index')).toMatchObject({ source: units.length, target: units.length, missing: 0 });
  // Every stored update went over byte for byte.
  const sqlite = new Database(path.join(dataDir, 'minga.db'), { readonly: true });
  const sourceUpdates = (sqlite.prepare('SELECT count(*) AS n FROM doc_updates').get() as { n: number }).n;
  sqlite.close();
  expect(first.docs.updatesCopied).toBe(sourceUpdates);

  // Second run: nothing copied twice.
  const second = report(await migrate());
  expect(second.ok).toBe(true);
  expect(second.tables.every((t) => t.inserted === 0 && t.skipped === t.source && t.target === t.source)).toBe(true);
  expect(second.docs).toMatchObject({ copied: 0, merged: 0, unchanged: first.docs.source, updatesCopied: 0 });

  // New edits in the data directory, then a third run brings exactly them.
  const again = await spawnServer(dataDir);
  cleanups.push(() => void again.child.kill('SIGKILL'));
  await write(again.wsOrigin, ws, saved.editKey, 'notes', ', puis après');
  await stop(again.child);
  const third = report(await migrate());
  expect(third.ok).toBe(true);
  expect(third.docs).toMatchObject({ copied: 0, merged: 1, unchanged: first.docs.source - 1, updatesCopied: 1 });

  // A node on Postgres: the same documents to a y-websocket client, the same keys, the same files.
  const nodeDir = tempDataDir();
  const node = await spawnServer(nodeDir, { MINGA_DATABASE_URL: url, MINGA_DATABASE_SCHEMA: schema });
  cleanups.push(() => void node.child.kill('SIGKILL'));
  expect(fs.existsSync(path.join(nodeDir, 'minga.db'))).toBe(false);
  const clients: TestClient[] = [];
  cleanups.push(() => clients.forEach((c) => c.destroy()));
  for (const docId of ['notes', unitId, sessionId]) {
    const client = connectClient(node.wsOrigin, ws, docId, saved.editKey);
    clients.push(client);
    await synced(client, 20_000);
    const source = sqliteDoc(dataDir, ws, docId);
    expect(docJson(client.doc), docId).toEqual(docJson(source));
    source.destroy();
  }
  expect(clients[0]!.doc.getText('t').toString()).toBe('écrit avant la migration, puis après');
  const listed = await api(node.origin, '/units', { key: saved.viewKey });
  expect(listed.status).toBe(200);
  expect(listed.body.units!.map((u) => u.title).sort()).toEqual(units.map((u) => u.title).sort());
  expect((await api(node.origin, '/units', { key: 'not-the-key' })).status).toBe(403);
  expect((await api(node.origin, `/units/${unitId}/publication`, { method: 'PUT', key: saved.viewKey })).status).toBe(403);
  const image = await fetch(`${node.origin}/api/w/${ws}/files/${file.id}`);
  expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);
  // Rows written on Postgres after the move take new ids, past the copied ones.
  const version = await api(node.origin, `/docs/${unitId}/versions`, { method: 'POST', body: { label: 'après la migration', author: 'Amel' } });
  expect(version.status).toBe(201);
  expect(version.body.id as number).toBeGreaterThan(first.tables.find((t) => t.table === 'doc_versions')!.source);

  // backup in Postgres mode says to use pg_dump, on which schema, and what else to keep.
  const backup = await runCli(['backup', '--out', path.join(nodeDir, 'x.db')], { MINGA_DATA_DIR: nodeDir, MINGA_DATABASE_URL: url, MINGA_DATABASE_SCHEMA: schema });
  expect(backup.code).toBe(1);
  expect(backup.stderr).toContain(`pg_dump --schema=${schema}`);
  expect(backup.stderr).toContain('pg_restore');
  expect(backup.stderr).toContain('default-workspace.json');
  await stop(node.child);

  // A row changed on one side only: migrate names it and writes nothing.
  await admin.query(`UPDATE ${schema}.workspaces SET name = 'Renamed in Postgres' WHERE id = $1`, [ws]);
  const before = (await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.doc_versions`)).rows[0]!.n;
  const refused = await migrate();
  expect(refused.code).toBe(1);
  expect(JSON.parse(refused.stdout)).toMatchObject({ error: { code: 'migrate_conflict' } });
  expect(refused.stderr).toContain(`workspaces ${ws}`);
  expect((await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.doc_versions`)).rows[0]!.n).toBe(before);
  // Three servers and five CLI runs, each a fresh Node process on a shared 2-core machine.
}, 300_000);

it('minga migrate refuses clearly: a data directory without minga.db, an unreachable Postgres, a URL that is not Postgres', async () => {
  const empty = tempDataDir();
  const noSource = await runCli(['migrate', '--to', testDatabaseUrl(), '--schema', freshSchemaName()], { MINGA_DATA_DIR: empty });
  expect(noSource.code).toBe(1);
  expect(noSource.stderr).toContain(`No minga.db in ${empty}`);
  expect(fs.existsSync(path.join(empty, 'minga.db'))).toBe(false);

  const dataDir = tempDataDir();
  const server = await spawnServer(dataDir);
  await stop(server.child);
  const unreachable = await runCli(['migrate', '--to', 'postgres://minga:secret@127.0.0.1:1/nowhere', '--json'], { MINGA_DATA_DIR: dataDir });
  expect(unreachable.code).toBe(1);
  expect(JSON.parse(unreachable.stdout)).toMatchObject({ error: { code: 'postgres_unreachable' } });
  expect(unreachable.stderr).toContain('Postgres (postgres://minga:***@127.0.0.1:1/nowhere) does not answer');
  expect(unreachable.stderr).not.toContain('secret');

  const notPostgres = await runCli(['migrate', '--to', 'mysql://127.0.0.1/x'], { MINGA_DATA_DIR: dataDir });
  expect(notPostgres.code).toBe(2);
  expect(notPostgres.stderr).toContain('a Postgres URL');
}, 180_000);
