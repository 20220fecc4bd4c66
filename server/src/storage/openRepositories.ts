import type pg from 'pg';
import type { Config } from '../config.ts';
import type { Db } from './openDatabase.ts';
import { openPostgresPool } from './postgresPool.ts';
import { WorkspaceRepo } from '../workspaces/WorkspaceRepo.ts';
import { SqliteWorkspaceRows } from '../workspaces/SqliteWorkspaceRows.ts';
import { PostgresWorkspaceRows } from '../workspaces/PostgresWorkspaceRows.ts';
import { PostgresDocRegistry, SqliteDocRegistry, type DocRegistry } from './DocRegistry.ts';
import { PostgresVersionRepo, SqliteVersionRepo, type VersionRepo } from './VersionRepo.ts';
import { PostgresDeliveryRepo, SqliteDeliveryRepo, type DeliveryRepo } from '../history/DeliveryRepo.ts';
import type { StatementWriter } from './SqliteWriter.ts';
import { PostgresFileRepo, SqliteFileRepo, type FileRepo } from '../files/FileRepo.ts';
import { PostgresRoomInputRepo, SqliteRoomInputRepo, type RoomInputRepo } from '../sessions/RoomInputRepo.ts';
import { PostgresCatalogueRepo, SqliteCatalogueRepo, type CatalogueRepo } from '../units/CatalogueRepo.ts';
import { PostgresUnitIndex, SqliteUnitIndex, type UnitIndex } from '../units/UnitIndex.ts';
import { PostgresSessionIndex, SqliteSessionIndex, type SessionIndex } from '../sessions/SessionIndex.ts';

/** The repositories of durable data other than document updates, on one engine. */
export interface Repositories {
  engine: 'sqlite' | 'postgres';
  workspaces: WorkspaceRepo;
  registry: DocRegistry;
  versions: VersionRepo;
  deliveries: DeliveryRepo;
  files: FileRepo;
  roomInput: RoomInputRepo;
  catalogue: CatalogueRepo;
  unitIndex: UnitIndex;
  sessionIndex: SessionIndex;
  /** Closes what the repositories opened (the Postgres pool); the SQLite connection is the caller's. */
  close(): Promise<void>;
}

/**
 * The repositories in the data directory's SQLite database; `writer` is the database's writer
 * thread (versions and indexes go through it), a direct writer on `db` when omitted (tools, tests).
 */
export function sqliteRepositories(db: Db, writer?: StatementWriter): Repositories {
  const unitIndex = new SqliteUnitIndex(db, writer);
  return {
    engine: 'sqlite',
    workspaces: new WorkspaceRepo(new SqliteWorkspaceRows(db)),
    registry: new SqliteDocRegistry(db),
    versions: new SqliteVersionRepo(db, writer),
    deliveries: new SqliteDeliveryRepo(db),
    files: new SqliteFileRepo(db),
    roomInput: new SqliteRoomInputRepo(db),
    catalogue: new SqliteCatalogueRepo(db),
    unitIndex,
    sessionIndex: new SqliteSessionIndex(db, unitIndex, writer),
    close: async () => undefined,
  };
}

/** The repositories in Postgres, shared by every node on the same schema; closing them ends the pool. */
export function postgresRepositories(pool: pg.Pool): Repositories {
  const unitIndex = new PostgresUnitIndex(pool);
  return {
    engine: 'postgres',
    workspaces: new WorkspaceRepo(new PostgresWorkspaceRows(pool)),
    registry: new PostgresDocRegistry(pool),
    versions: new PostgresVersionRepo(pool),
    deliveries: new PostgresDeliveryRepo(pool),
    files: new PostgresFileRepo(pool),
    roomInput: new PostgresRoomInputRepo(pool),
    catalogue: new PostgresCatalogueRepo(pool),
    unitIndex,
    sessionIndex: new PostgresSessionIndex(pool, unitIndex),
    close: () => pool.end(),
  };
}

/** Postgres when MINGA_DATABASE_URL is set (`db` is then null), else the data directory's SQLite database `db`. */
export async function openRepositories(db: Db | null, config: Pick<Config, 'databaseUrl' | 'databaseSchema'>, writer?: StatementWriter): Promise<Repositories> {
  if (!config.databaseUrl) {
    if (!db) throw new Error('SQLite mode needs the data directory’s database');
    return sqliteRepositories(db, writer);
  }
  return postgresRepositories(await openPostgresPool({ connectionString: config.databaseUrl, schema: config.databaseSchema }));
}
