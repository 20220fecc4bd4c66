import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { DocStore } from './DocStore.ts';
import { DB_FILE_NAME, type Db } from './openDatabase.ts';
import { PostgresDocStore } from './PostgresDocStore.ts';
import { SqliteDocStore } from './SqliteDocStore.ts';
import { SqliteWriter } from './SqliteWriter.ts';

/**
 * The document store the configuration asks for: Postgres when MINGA_DATABASE_URL is set, else
 * SQLite. Either way, versions and indexes still go through a SQLite writer (for now only document
 * updates move to Postgres); `closeWriter` stops that writer when it is not the store's own.
 */
export async function openDocStore(db: Db, config: Config, log: Logger): Promise<{ store: DocStore; writer: SqliteWriter; closeWriter: () => Promise<void> }> {
  if (!config.databaseUrl) {
    const store = new SqliteDocStore(db, config.dataDir);
    // Docs, versions and indexes are all written by the store's writer thread, in one order.
    return { store, writer: store.writer, closeWriter: async () => undefined };
  }
  const store = await PostgresDocStore.open({ connectionString: config.databaseUrl, schema: config.databaseSchema });
  const writer = new SqliteWriter(path.join(config.dataDir, DB_FILE_NAME));
  log.info(
    { schema: config.databaseSchema, sqlite: path.join(config.dataDir, DB_FILE_NAME) },
    'document updates are stored in Postgres; workspaces, keys, files, versions and indexes are still in SQLite in the data directory',
  );
  return { store, writer, closeWriter: () => writer.close() };
}
