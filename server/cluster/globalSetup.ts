import { Redis } from 'ioredis';
import pg from 'pg';
import { CLUSTER_ENV_HELP } from './clusterEnv.ts';

/** Fails the run, never skips it, when the Postgres or Redis the cluster tests need is unset or unreachable. */
export default async function checkClusterServices(): Promise<void> {
  const databaseUrl = process.env.MINGA_TEST_DATABASE_URL;
  const redisUrl = process.env.MINGA_TEST_REDIS_URL;
  if (!databaseUrl || !redisUrl) {
    const unset = [!databaseUrl && 'MINGA_TEST_DATABASE_URL', !redisUrl && 'MINGA_TEST_REDIS_URL'].filter(Boolean).join(' and ');
    throw new Error(`${unset} unset. ${CLUSTER_ENV_HELP}`);
  }
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(`Postgres at MINGA_TEST_DATABASE_URL does not answer (${(error as Error).message}). ${CLUSTER_ENV_HELP}`, { cause: error });
  } finally {
    await client.end().catch(() => undefined);
  }
  const redis = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 5000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  let lastError: Error | null = null;
  redis.on('error', (error: Error) => (lastError = error));
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    const reason = (lastError ?? (error as Error)).message;
    throw new Error(`Redis at MINGA_TEST_REDIS_URL does not answer (${reason}). ${CLUSTER_ENV_HELP}`, { cause: error });
  } finally {
    redis.disconnect();
  }
}
