import type pg from 'pg';
import { z } from 'zod';

/** A Postgres schema name Minga may use: plain lower-case identifier, so it never needs quoting. */
export const PostgresSchemaName = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lower-case identifier (letters, digits, _)');

/**
 * Schema migrations of the Postgres store, applied in order on open; `schema_migrations` records
 * which ran (version = position + 1). Never edit a shipped step.
 */
export const POSTGRES_MIGRATIONS: string[] = [
  // `last_seq` numbers a doc's updates; appends bump it under the row's lock, so the updates of a
  // doc commit in sequence order and a load always sees every update up to the newest it read.
  `CREATE TABLE docs (
     workspace_id TEXT NOT NULL,
     doc_id TEXT NOT NULL,
     created_at TIMESTAMPTZ NOT NULL,
     updated_at TIMESTAMPTZ NOT NULL,
     last_seq BIGINT NOT NULL,
     PRIMARY KEY (workspace_id, doc_id)
   );
   CREATE INDEX docs_by_update ON docs (workspace_id, updated_at DESC);
   CREATE TABLE doc_updates (
     workspace_id TEXT NOT NULL,
     doc_id TEXT NOT NULL,
     seq BIGINT NOT NULL,
     data BYTEA NOT NULL,
     PRIMARY KEY (workspace_id, doc_id, seq)
   );`,
  // Workspaces and follow keys, as in SQLite: SHA-256 digests and sealed secrets, never a key in
  // clear. Times are ISO strings (TEXT), as the SQLite rows give them, so both engines answer alike.
  `CREATE TABLE workspaces (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     edit_key_hash BYTEA NOT NULL,
     view_key_hash BYTEA NOT NULL,
     view_key_sealed BYTEA,
     created_at TEXT NOT NULL,
     keys_rotated_at TEXT
   );
   CREATE INDEX workspaces_by_rotation ON workspaces (keys_rotated_at) WHERE keys_rotated_at IS NOT NULL;
   CREATE TABLE follow_keys (
     workspace_id TEXT NOT NULL,
     session_id TEXT NOT NULL,
     key_hash BYTEA NOT NULL UNIQUE,
     key_sealed BYTEA,
     created_at TEXT NOT NULL,
     PRIMARY KEY (workspace_id, session_id)
   );`,
  // Which node takes a doc's automatic version: the first to claim it once the last one is old enough.
  `CREATE TABLE auto_version_claims (
     workspace_id TEXT NOT NULL,
     doc_id TEXT NOT NULL,
     taken_at TIMESTAMPTZ NOT NULL,
     PRIMARY KEY (workspace_id, doc_id)
   );`,
];

/**
 * Creates the schema if needed and applies the migrations it lacks, in one transaction under an
 * advisory lock, so nodes starting together migrate once. Refuses a schema from a newer Minga.
 */
export async function migratePostgres(pool: pg.Pool, schema: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`minga:${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`SET LOCAL search_path TO ${schema}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${schema}.schema_migrations`);
    const current = rows[0]?.v ?? 0;
    if (current > POSTGRES_MIGRATIONS.length) {
      throw new Error(`The database was written by a newer Minga (schema ${current}, this one knows ${POSTGRES_MIGRATIONS.length}).`);
    }
    for (let v = current; v < POSTGRES_MIGRATIONS.length; v++) {
      await client.query(POSTGRES_MIGRATIONS[v]!);
      await client.query(`INSERT INTO ${schema}.schema_migrations (version) VALUES ($1)`, [v + 1]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
