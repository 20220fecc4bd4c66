import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { DocStore } from './DocStore.ts';
import type { Db } from './openDatabase.ts';
import { PostgresDocStore } from './PostgresDocStore.ts';
import { SqliteDocStore } from './SqliteDocStore.ts';
import type { SqliteWriter } from './SqliteWriter.ts';

export interface OpenedDocStore {
  store: DocStore;
  /** The SQLite writer thread versions and indexes also write through; null on Postgres. */
  writer: SqliteWriter | null;
  /** Commits made and the writes in them, since start: their ratio is the group-commit factor. */
  commitStats(): { commits: number; committedJobs: number };
}

/**
 * The document store the configuration asks for: Postgres when MINGA_DATABASE_URL is set (with
 * every other repository, see openRepositories), else SQLite in the data directory.
 */
export async function openDocStore(db: Db | null, config: Config, log: Logger): Promise<OpenedDocStore> {
  if (!config.databaseUrl) {
    if (!db) throw new Error('SQLite mode needs the data directory’s database');
    const store = new SqliteDocStore(db, config.dataDir);
    // Docs, versions and indexes are all written by the store's writer thread, in one order.
    return { store, writer: store.writer, commitStats: () => ({ commits: store.writer.stats.rounds, committedJobs: store.writer.stats.jobs }) };
  }
  const store = await PostgresDocStore.open({ connectionString: config.databaseUrl, schema: config.databaseSchema });
  log.info({ schema: config.databaseSchema }, 'all durable data is stored in Postgres; the data directory keeps only the default workspace link and the pid file (no minga.db)');
  return { store, writer: null, commitStats: () => ({ commits: store.stats.statements, committedJobs: store.stats.jobs }) };
}
