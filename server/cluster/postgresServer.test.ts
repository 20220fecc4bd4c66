import fs from 'node:fs';
import pg from 'pg';
import type { ChildProcess } from 'node:child_process';
import { afterEach, expect, it } from 'vitest';
import { connectClient, createWorkspace, runCli, spawnServer, synced, tempDataDir, waitFor, type TestClient } from '../test/helpers.ts';
import { freshSchemaName, testDatabaseUrl } from './clusterEnv.ts';

const admin = new pg.Pool({ connectionString: testDatabaseUrl(), max: 1 });
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
}

it('a server on MINGA_DATABASE_URL syncs a doc between two clients and still has it after a crash and restart', async () => {
  const schema = freshSchemaName();
  const dataDir = tempDataDir();
  const env = { MINGA_DATABASE_URL: testDatabaseUrl(), MINGA_DATABASE_SCHEMA: schema };
  cleanups.push(() => admin.end(), () => admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).then(() => undefined));

  const first = await spawnServer(dataDir, env);
  cleanups.push(() => void first.child.kill('SIGKILL'));
  const ws = await createWorkspace(first.origin);
  const clients: TestClient[] = [];
  cleanups.push(() => clients.forEach((c) => c.destroy()));
  const alice = connectClient(first.wsOrigin, ws.id, 'shared-doc', ws.editKey);
  const bob = connectClient(first.wsOrigin, ws.id, 'shared-doc', ws.editKey);
  clients.push(alice, bob);
  await Promise.all([synced(alice), synced(bob)]);
  alice.doc.getText('t').insert(0, 'written on Postgres');
  // The server relays an update only once it is stored: Bob seeing it means it is in Postgres.
  await waitFor(() => bob.doc.getText('t').toString() === 'written on Postgres', 'the update relayed to bob');

  const { rows } = await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.doc_updates WHERE workspace_id = $1 AND doc_id = 'shared-doc'`, [ws.id]);
  expect(rows[0]!.n).toBeGreaterThan(0);

  first.child.kill('SIGKILL');
  await stopped(first.child);
  const second = await spawnServer(dataDir, env);
  cleanups.push(() => void second.child.kill('SIGKILL'));
  const carol = connectClient(second.wsOrigin, ws.id, 'shared-doc', ws.editKey);
  clients.push(carol);
  await synced(carol, 20_000);
  expect(carol.doc.getText('t').toString()).toBe('written on Postgres');

  // Nothing durable in the data directory: neither the server nor the CLI opened (so created) a minga.db.
  const listed = await runCli(['workspace', 'list', '--json'], { ...env, MINGA_DATA_DIR: dataDir });
  expect(listed.code).toBe(0);
  expect((JSON.parse(listed.stdout) as { id: string }[]).map((w) => w.id)).toContain(ws.id);
  expect(fs.readdirSync(dataDir).filter((f) => f.startsWith('minga.db'))).toEqual([]);
});
