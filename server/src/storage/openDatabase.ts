import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

export const DB_FILE_NAME = 'minga.db';

/** Schema migrations, applied in order; `user_version` records how many ran. Never edit a shipped step. */
const MIGRATIONS: string[] = [
  `CREATE TABLE workspaces (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     edit_key_hash BLOB NOT NULL,
     view_key_hash BLOB NOT NULL,
     created_at TEXT NOT NULL,
     keys_rotated_at TEXT
   );
   CREATE TABLE doc_updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     workspace_id TEXT NOT NULL,
     doc_id TEXT NOT NULL,
     data BLOB NOT NULL
   );
   CREATE INDEX doc_updates_by_doc ON doc_updates (workspace_id, doc_id, seq);
   CREATE TABLE docs (
     workspace_id TEXT NOT NULL,
     doc_id TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     PRIMARY KEY (workspace_id, doc_id)
   );`,
  // The view key sealed under the edit key, so editors can get the view link again.
  `ALTER TABLE workspaces ADD COLUMN view_key_sealed BLOB;`,
  `CREATE TABLE files (
     id TEXT PRIMARY KEY,
     workspace_id TEXT NOT NULL,
     mime TEXT NOT NULL,
     size INTEGER NOT NULL,
     sha256 TEXT NOT NULL,
     created_at TEXT NOT NULL,
     data BLOB NOT NULL
   );
   CREATE INDEX files_by_hash ON files (workspace_id, sha256);`,
  `CREATE TABLE doc_versions (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     workspace_id TEXT NOT NULL,
     doc_id TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('named', 'auto')),
     label TEXT NOT NULL,
     author TEXT NOT NULL,
     created_at TEXT NOT NULL,
     snapshot BLOB NOT NULL
   );
   CREATE INDEX doc_versions_by_doc ON doc_versions (workspace_id, doc_id, id);`,
  // What a doc is (unit, session…) and whether it sits in the bin.
  `ALTER TABLE docs ADD COLUMN kind TEXT NOT NULL DEFAULT 'doc';
   ALTER TABLE docs ADD COLUMN deleted_at TEXT;`,
  // The library's index: one summary row per unit, and full text insensitive to case and accents.
  `CREATE TABLE unit_index (
     workspace_id TEXT NOT NULL,
     doc_id TEXT NOT NULL,
     title TEXT NOT NULL,
     description TEXT NOT NULL,
     hashtags TEXT NOT NULL,
     minutes INTEGER NOT NULL,
     language TEXT NOT NULL,
     licence TEXT NOT NULL,
     contributors TEXT NOT NULL,
     forked_from TEXT,
     PRIMARY KEY (workspace_id, doc_id)
   );
   -- Rows share their rowid with unit_index, so updates find them without a scan.
   CREATE VIRTUAL TABLE unit_fts USING fts5(
     title, description, objectives, steps, slides, hashtags,
     tokenize = 'unicode61 remove_diacritics 2'
   );`,
  // The public catalogue: units their editors chose to publish, by a public id.
  `CREATE TABLE catalogue (
     public_id TEXT PRIMARY KEY,
     workspace_id TEXT NOT NULL,
     doc_id TEXT NOT NULL,
     published_at TEXT NOT NULL,
     UNIQUE (workspace_id, doc_id)
   );`,
  `CREATE TABLE session_index (
     workspace_id TEXT NOT NULL,
     doc_id TEXT NOT NULL,
     title TEXT NOT NULL,
     audience TEXT NOT NULL,
     date TEXT,
     place TEXT NOT NULL,
     target_minutes INTEGER NOT NULL,
     items TEXT NOT NULL,
     PRIMARY KEY (workspace_id, doc_id)
   );`,
  // Questions and proposed next steps sent by the room while a session is presented.
  `CREATE TABLE room_input (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     workspace_id TEXT NOT NULL,
     session_id TEXT NOT NULL,
     kind TEXT NOT NULL,
     text TEXT NOT NULL,
     author TEXT NOT NULL,
     created_at TEXT NOT NULL,
     status TEXT NOT NULL DEFAULT 'new'
   );
   CREATE INDEX room_input_by_session ON room_input (workspace_id, session_id, id);`,
  // Deliveries: a session given at a place on a date, with the versions it froze (JSON lists).
  `CREATE TABLE deliveries (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     workspace_id TEXT NOT NULL,
     session_id TEXT NOT NULL,
     session_title TEXT NOT NULL,
     place TEXT NOT NULL,
     date TEXT NOT NULL,
     facilitators TEXT NOT NULL,
     participants INTEGER,
     debrief TEXT NOT NULL,
     author TEXT NOT NULL,
     created_at TEXT NOT NULL,
     versions TEXT NOT NULL,
     kept_input TEXT NOT NULL
   );
   CREATE INDEX deliveries_by_workspace ON deliveries (workspace_id, date, id);`,
  // One follow key per session: it opens that session's deck and nothing else. Hashed to check,
  // sealed under the edit key so editors can print it again.
  `CREATE TABLE follow_keys (
     workspace_id TEXT NOT NULL,
     session_id TEXT NOT NULL,
     key_hash BLOB NOT NULL UNIQUE,
     key_sealed BLOB,
     created_at TEXT NOT NULL,
     PRIMARY KEY (workspace_id, session_id)
   );`,
  // The comment key: reads like the view key, writes comment threads only. Hashed to check, sealed
  // under the edit key; null for workspaces made before it, until an editor first asks for links.
  `ALTER TABLE workspaces ADD COLUMN comment_key_hash BLOB;
   ALTER TABLE workspaces ADD COLUMN comment_key_sealed BLOB;`,
  // The library lists and filters units by review state; a unit indexed before reads as a draft
  // until its next change re-indexes it.
  `ALTER TABLE unit_index ADD COLUMN review_state TEXT NOT NULL DEFAULT 'draft';`,
];

/** Opens (creating if needed) the Minga database in `dataDir`, in WAL mode, migrated to the latest schema. */
export function openDatabase(dataDir: string, options: { readonly?: boolean } = {}): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, DB_FILE_NAME), { readonly: options.readonly ?? false });
  if (options.readonly) return db;
  db.pragma('journal_mode = WAL');
  // FULL: an update acknowledged to peers survives a power cut, not only a crash.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`The database was written by a newer Minga (schema ${current}, this one knows ${MIGRATIONS.length}).`);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

/** True when the file looks like a Minga database this version can open. */
export function isMingaDatabase(db: Db): boolean {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`)
    .all()
    .map((r) => (r as { name: string }).name);
  return ['workspaces', 'doc_updates', 'docs'].every((t) => tables.includes(t));
}
