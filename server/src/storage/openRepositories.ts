import type pg from 'pg';
import type { Config } from '../config.ts';
import type { Db } from './openDatabase.ts';
import { openPostgresPool } from './postgresPool.ts';
import { WorkspaceRepo } from '../workspaces/WorkspaceRepo.ts';
import { SqliteWorkspaceRows } from '../workspaces/SqliteWorkspaceRows.ts';
import { PostgresWorkspaceRows } from '../workspaces/PostgresWorkspaceRows.ts';

/** The repositories of durable data other than document updates, on one engine. */
export interface Repositories {
  engine: 'sqlite' | 'postgres';
  workspaces: WorkspaceRepo;
  /** Closes what the repositories opened (the Postgres pool); the SQLite connection is the caller's. */
  close(): Promise<void>;
}

/** The repositories in the data directory's SQLite database. */
export function sqliteRepositories(db: Db): Repositories {
  return { engine: 'sqlite', workspaces: new WorkspaceRepo(new SqliteWorkspaceRows(db)), close: async () => undefined };
}

/** The repositories in Postgres, shared by every node on the same schema; closing them ends the pool. */
export function postgresRepositories(pool: pg.Pool): Repositories {
  return { engine: 'postgres', workspaces: new WorkspaceRepo(new PostgresWorkspaceRows(pool)), close: () => pool.end() };
}

/** Postgres when MINGA_DATABASE_URL is set, else the data directory's SQLite database `db`. */
export async function openRepositories(db: Db, config: Pick<Config, 'databaseUrl' | 'databaseSchema'>): Promise<Repositories> {
  if (!config.databaseUrl) return sqliteRepositories(db);
  return postgresRepositories(await openPostgresPool({ connectionString: config.databaseUrl, schema: config.databaseSchema }));
}
