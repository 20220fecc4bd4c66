import pg from 'pg';
import { afterAll } from 'vitest';
import { openPostgresPool } from '../src/storage/postgresPool.ts';
import { postgresRepositories } from '../src/storage/openRepositories.ts';
import type { RepoHarness } from '../test/storage/repoHarness.ts';
import { workspaceRepoSuite } from '../test/storage/workspaceRepoSuite.ts';
import { historyRepoSuite } from '../test/storage/historyRepoSuite.ts';
import { contentRepoSuite } from '../test/storage/contentRepoSuite.ts';
import { indexSuite } from '../test/storage/indexSuite.ts';
import { freshSchemaName, testDatabaseUrl } from './clusterEnv.ts';

const admin = new pg.Pool({ connectionString: testDatabaseUrl(), max: 2 });
afterAll(() => admin.end());

/** Each test gets its own schema, dropped after; every `open` is another node's pool on it. */
async function postgresHarness(): Promise<RepoHarness> {
  const schema = freshSchemaName();
  return {
    open: async () => postgresRepositories(await openPostgresPool({ connectionString: testDatabaseUrl(), schema, maxConnections: 4 })),
    destroy: async () => void (await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)),
    dropCommentKey: async (workspaceId) =>
      void (await admin.query(`UPDATE ${schema}.workspaces SET comment_key_hash = NULL, comment_key_sealed = NULL WHERE id = $1`, [workspaceId])),
  };
}

workspaceRepoSuite('Postgres', postgresHarness);
historyRepoSuite('Postgres', postgresHarness);
contentRepoSuite('Postgres', postgresHarness);
indexSuite('Postgres', postgresHarness);
