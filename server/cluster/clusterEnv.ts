/** What `npm run test:cluster` needs, said in one sentence when it is missing. */
export const CLUSTER_ENV_HELP =
  'Set MINGA_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test and MINGA_TEST_REDIS_URL=redis://127.0.0.1:6379 ' +
  '(a Postgres and a Redis the tests may write to) before npm run test:cluster.';

/** The Postgres the cluster tests use; global setup has checked it is set and answers. */
export function testDatabaseUrl(): string {
  const url = process.env.MINGA_TEST_DATABASE_URL;
  if (!url) throw new Error(`MINGA_TEST_DATABASE_URL is unset. ${CLUSTER_ENV_HELP}`);
  return url;
}

/** The Redis the cluster tests use; global setup has checked it is set and answers. */
export function testRedisUrl(): string {
  const url = process.env.MINGA_TEST_REDIS_URL;
  if (!url) throw new Error(`MINGA_TEST_REDIS_URL is unset. ${CLUSTER_ENV_HELP}`);
  return url;
}

/** A schema name no other test or run uses. */
export function freshSchemaName(): string {
  return `minga_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 10)}`;
}
