import pg from 'pg';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { unitText } from '@minga/doc-model';
import { CLOSE_CODES } from '@minga/schema';
import { closedByServer, connectClient, createWorkspace, runCli, spawnServer, synced, tempDataDir, type TestClient } from '../test/helpers.ts';
import { freshSchemaName, testDatabaseUrl } from './clusterEnv.ts';

/*
 * Two Minga processes with different data directories on one Postgres schema: everything durable
 * (workspaces, keys, versions, files, search…) is in Postgres, so either node answers for the other.
 */
const schema = freshSchemaName();
const admin = new pg.Pool({ connectionString: testDatabaseUrl(), max: 1 });
const children: ChildProcess[] = [];
const clients: TestClient[] = [];
let nodeA: Awaited<ReturnType<typeof spawnServer>>;
let nodeB: Awaited<ReturnType<typeof spawnServer>>;

beforeAll(async () => {
  const env = { MINGA_DATABASE_URL: testDatabaseUrl(), MINGA_DATABASE_SCHEMA: schema };
  // One after the other: the first start creates the schema (the second would wait on its lock anyway).
  nodeA = await spawnServer(tempDataDir(), env);
  children.push(nodeA.child);
  nodeB = await spawnServer(tempDataDir(), env);
  children.push(nodeB.child);
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const child of children) child.kill('SIGKILL');
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

const api = (origin: string, key: string, path: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(`${origin}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${key}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });

describe('two nodes with their own data directories on one Postgres', () => {
  it('a workspace created on A opens on B with its keys, over REST and sync', async () => {
    const ws = await createWorkspace(nodeA.origin, 'Partagé');
    const res = await api(nodeB.origin, ws.viewKey, `/api/w/${ws.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: ws.id, name: 'Partagé', role: 'view' });
    const links = (await (await api(nodeB.origin, ws.editKey, `/api/w/${ws.id}/links`)).json()) as { viewKey: string };
    expect(links.viewKey).toBe(ws.viewKey);
    const editor = connectClient(nodeB.wsOrigin, ws.id, 'general-pad', ws.editKey);
    clients.push(editor);
    await synced(editor);
  });

  it('keys rotated on A are refused on B over REST at once, and B closes the sockets that used them', async () => {
    const ws = await createWorkspace(nodeA.origin);
    const viewer = connectClient(nodeB.wsOrigin, ws.id, 'general-pad', ws.viewKey);
    clients.push(viewer);
    await synced(viewer);
    const closed = closedByServer(viewer);

    const rotated = await api(nodeA.origin, ws.editKey, `/api/w/${ws.id}/keys/rotate`, { method: 'POST', body: { which: 'both' } });
    expect(rotated.status).toBe(200);
    const keys = (await rotated.json()) as { editKey: string; viewKey: string };

    const refused = await api(nodeB.origin, ws.editKey, `/api/w/${ws.id}`);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('wrong_key');
    expect((await api(nodeB.origin, ws.viewKey, `/api/w/${ws.id}`)).status).toBe(403);
    expect((await api(nodeB.origin, keys.editKey, `/api/w/${ws.id}`)).status).toBe(200);
    // B learns of the rotation from Postgres (it polls every second) and cuts the old key's socket.
    expect((await closed).code).toBe(CLOSE_CODES.wrongKey);
  });

  it('a unit created and versioned on A is read, listed with its version, and binned on B', async () => {
    const ws = await createWorkspace(nodeA.origin);
    const created = await api(nodeA.origin, ws.editKey, `/api/w/${ws.id}/units`, { method: 'POST', body: { title: 'Les communs partagés' } });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const version = await api(nodeA.origin, ws.editKey, `/api/w/${ws.id}/docs/${id}/versions`, { method: 'POST', body: { label: 'Avant Lille', author: 'Amel' } });
    expect(version.status).toBe(201);
    const { id: versionId } = (await version.json()) as { id: number };

    const read = await api(nodeB.origin, ws.viewKey, `/api/w/${ws.id}/units/${id}`);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { title: string }).title).toBe('Les communs partagés');
    const listed = (await (await api(nodeB.origin, ws.viewKey, `/api/w/${ws.id}/docs/${id}/versions`)).json()) as { versions: { id: number; label: string }[] };
    expect(listed.versions).toEqual([expect.objectContaining({ id: versionId, label: 'Avant Lille', kind: 'named' })]);
    expect((await api(nodeB.origin, ws.viewKey, `/api/w/${ws.id}/docs/${id}/versions/${versionId}`)).status).toBe(200);

    expect((await api(nodeA.origin, ws.editKey, `/api/w/${ws.id}/units/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await api(nodeB.origin, ws.viewKey, `/api/w/${ws.id}/units/${id}`)).status).toBe(404);
    const bin = (await (await api(nodeB.origin, ws.viewKey, `/api/w/${ws.id}/bin`)).json()) as { items: { id: string }[] };
    expect(bin.items.map((i) => i.id)).toEqual([id]);
  });

  it('a unit edited live on A is found by a search on B within 2 s', async () => {
    const ws = await createWorkspace(nodeA.origin);
    const created = await api(nodeA.origin, ws.editKey, `/api/w/${ws.id}/units`, { method: 'POST', body: { title: 'Brouillon' } });
    const { id } = (await created.json()) as { id: string };
    const amel = connectClient(nodeA.wsOrigin, ws.id, id, ws.editKey);
    clients.push(amel);
    await synced(amel);
    // A indexes the doc it serves (once it has been quiet for a second) into Postgres; B reads it there.
    unitText(amel.doc, 'title').insert(0, 'Matériel libre durable ');
    const edited = Date.now();
    await vi.waitFor(
      async () => {
        const found = (await (await api(nodeB.origin, ws.viewKey, `/api/w/${ws.id}/units?q=MATERIEL`)).json()) as { units: { id: string; title: string }[] };
        expect(found.units).toEqual([expect.objectContaining({ id, title: 'Matériel libre durable Brouillon' })]);
      },
      { timeout: 2000, interval: 50 },
    );
    expect(Date.now() - edited).toBeLessThan(2000);
  });

  it('minga backup and restore in Postgres mode say to use pg_dump, with the schema to restore', async () => {
    const env = { MINGA_DATA_DIR: tempDataDir(), MINGA_DATABASE_URL: testDatabaseUrl(), MINGA_DATABASE_SCHEMA: schema };
    const [backup, restore] = await Promise.all([runCli(['backup', '--out', 'x.db', '--json'], env), runCli(['restore', 'x.db', '--json'], env)]);
    for (const run of [backup, restore]) {
      expect(run.code).toBe(1);
      const { error } = JSON.parse(run.stdout) as { error: { code: string; message: string } };
      expect(error.code).toBe('use_pg_dump');
      expect(error.message).toContain(`pg_dump --schema=${schema}`);
      expect(error.message).toContain('default-workspace.json');
    }
  });
});
