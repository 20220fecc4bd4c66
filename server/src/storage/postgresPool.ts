import pg from 'pg';
import { migratePostgres, PostgresSchemaName } from './postgresSchema.ts';

export interface PostgresPoolOptions {
  /** `postgres://…` */
  connectionString: string;
  /** The Postgres schema holding Minga's tables (created if missing). */
  schema?: string;
  /** Connections this pool opens at most. */
  maxConnections?: number;
}

/** A pool on Minga's schema (its `search_path`), migrated to the latest version before it is returned. */
export async function openPostgresPool(options: PostgresPoolOptions): Promise<pg.Pool> {
  const schema = PostgresSchemaName.parse(options.schema ?? 'public');
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    options: `-c search_path=${schema}`,
    // Names this node's connections in pg_stat_activity (an operator, or a test, can find them).
    application_name: `minga:${schema}`,
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await migratePostgres(pool, schema);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return pool;
}

/** Runs `fn` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
