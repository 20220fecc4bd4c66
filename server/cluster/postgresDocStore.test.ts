import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PostgresDocStore } from '../src/storage/PostgresDocStore.ts';
import { openPostgresPool } from '../src/storage/postgresPool.ts';
import { PostgresVersionRepo } from '../src/storage/VersionRepo.ts';
import { POSTGRES_MIGRATIONS } from '../src/storage/postgresSchema.ts';
import { docStoreSuite } from '../test/storage/docStoreSuite.ts';
import { freshSchemaName, testDatabaseUrl } from './clusterEnv.ts';

const admin = new pg.Pool({ connectionString: testDatabaseUrl(), max: 2 });
afterAll(() => admin.end());

/** Drops a test's schema and everything in it. */
async function dropSchema(schema: string): Promise<void> {
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
}

docStoreSuite('Postgres', async () => {
  const schema = freshSchemaName();
  return {
    open: () => PostgresDocStore.open({ connectionString: testDatabaseUrl(), schema, maxConnections: 4 }),
    destroy: () => dropSchema(schema),
  };
});

describe('Postgres schema migrations', () => {
  it('run numbered from an empty database, once, even when nodes start together', async () => {
    const schema = freshSchemaName();
    try {
      const stores = await Promise.all([1, 2, 3].map(() => PostgresDocStore.open({ connectionString: testDatabaseUrl(), schema })));
      await Promise.all(stores.map((s) => s.close()));
      const { rows } = await admin.query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`);
      expect(rows.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((_, i) => i + 1));
    } finally {
      await dropSchema(schema);
    }
  });

  it('bring the previous release’s schema (document tables only) up to date, keeping its documents', async () => {
    const schema = freshSchemaName();
    try {
      // What the release before shared repositories left: migration 1 and a stored update.
      await admin.query(`CREATE SCHEMA ${schema}`);
      const client = await admin.connect();
      await client.query(`SET search_path TO ${schema}`);
      await client.query(POSTGRES_MIGRATIONS[0]!);
      await client.query('SET search_path TO DEFAULT');
      client.release();
      await admin.query(`CREATE TABLE ${schema}.schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
      await admin.query(`INSERT INTO ${schema}.schema_migrations (version) VALUES (1)`);
      await admin.query(`INSERT INTO ${schema}.docs VALUES ('w', 'd', now(), now(), 1)`);
      await admin.query(`INSERT INTO ${schema}.doc_updates VALUES ('w', 'd', 1, $1)`, [Buffer.from([0, 0])]);

      const store = await PostgresDocStore.open({ connectionString: testDatabaseUrl(), schema });
      expect(await store.countUpdates({ workspaceId: 'w', docId: 'd' })).toBe(1);
      await store.close();
      const { rows } = await admin.query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`);
      expect(rows.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((_, i) => i + 1));
      const tables = await admin.query<{ t: string }>(`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = $1`, [schema]);
      expect(tables.rows.map((r) => r.t)).toEqual(expect.arrayContaining(['docs', 'doc_updates', 'workspaces', 'follow_keys']));
    } finally {
      await dropSchema(schema);
    }
  });

  it('refuse a database written by a newer Minga', async () => {
    const schema = freshSchemaName();
    try {
      await (await PostgresDocStore.open({ connectionString: testDatabaseUrl(), schema })).close();
      await admin.query(`INSERT INTO ${schema}.schema_migrations (version) VALUES ($1)`, [POSTGRES_MIGRATIONS.length + 1]);
      await expect(PostgresDocStore.open({ connectionString: testDatabaseUrl(), schema })).rejects.toThrow(/newer Minga/);
    } finally {
      await dropSchema(schema);
    }
  });

  it('keep each test’s data in its own schema', async () => {
    const [a, b] = [freshSchemaName(), freshSchemaName()];
    try {
      const storeA = await PostgresDocStore.open({ connectionString: testDatabaseUrl(), schema: a });
      const storeB = await PostgresDocStore.open({ connectionString: testDatabaseUrl(), schema: b });
      await storeA.append({ workspaceId: 'w', docId: 'd' }, new Uint8Array([0, 0]));
      expect(await storeB.countUpdates({ workspaceId: 'w', docId: 'd' })).toBe(0);
      await Promise.all([storeA.close(), storeB.close()]);
    } finally {
      await Promise.all([dropSchema(a), dropSchema(b)]);
    }
  });
});

describe('automatic versions with several nodes', () => {
  it('are taken by the first node whose burst ended; the others add their editors to it, and the next burst gets its own', async () => {
    const schema = freshSchemaName();
    const pools = await Promise.all([1, 2, 3].map(() => openPostgresPool({ connectionString: testDatabaseUrl(), schema, maxConnections: 2 })));
    try {
      const nodes = pools.map((pool) => new PostgresVersionRepo(pool));
      const ref = { workspaceId: 'w', docId: 'd' };
      const states = [new Uint8Array([1]), new Uint8Array([2]), new Uint8Array([3])];
      const authors = ['Alice', 'Bob', 'Alice, Chloé'];
      const outcomes = await Promise.all(nodes.map((n, i) => n.saveAutoOnce(ref, authors[i]!, states[i]!, 60_000)));
      expect([...outcomes].sort()).toEqual(['credited', 'credited', 'taken']);
      const [only, ...more] = await nodes[0]!.list(ref);
      expect(more).toEqual([]);
      expect(only!.author.split(', ').sort()).toEqual(['Alice', 'Bob', 'Chloé']);
      // Its state is the one of the node that took it.
      const taker = outcomes.indexOf('taken');
      expect([...(await nodes[1]!.get(ref, only!.id))!.snapshot]).toEqual([...states[taker]!]);
      // Another doc is taken on its own.
      expect(await nodes[2]!.saveAutoOnce({ workspaceId: 'w', docId: 'other' }, '', states[0]!, 60_000)).toBe('taken');
      // Once the gap has passed (none here), the next burst's version is a new one.
      expect(await nodes[1]!.saveAutoOnce(ref, 'Bob', states[1]!, 0)).toBe('taken');
      expect((await nodes[0]!.list(ref)).map((v) => v.author)).toEqual(['Bob', only!.author]);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
      await dropSchema(schema);
    }
  });
});
