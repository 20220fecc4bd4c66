import type pg from 'pg';
import type { Db } from './openDatabase.ts';
import type { DocRef } from './DocStore.ts';

export type DocKind = 'doc' | 'unit' | 'session';

export interface DocEntry {
  docId: string;
  kind: DocKind;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** Which docs of a workspace are units or sessions, and which sit in the bin. */
export interface DocRegistry {
  get(ref: DocRef): Promise<DocEntry | null>;
  register(ref: DocRef, kind: DocKind): Promise<void>;
  /** Moves a doc to the bin (or out of it with `null`). */
  setDeleted(ref: DocRef, deletedAt: string | null): Promise<void>;
  /** Live docs of a kind, last written first. */
  list(workspaceId: string, kind: DocKind): Promise<DocEntry[]>;
  /** Docs in the bin, last deleted first. */
  bin(workspaceId: string): Promise<DocEntry[]>;
}

/** The registry in the `docs` table of the data directory's SQLite database. */
export class SqliteDocRegistry implements DocRegistry {
  private readonly stmts;

  constructor(db: Db) {
    const cols = 'doc_id AS docId, kind, created_at AS createdAt, updated_at AS updatedAt, deleted_at AS deletedAt';
    this.stmts = {
      get: db.prepare(`SELECT ${cols} FROM docs WHERE workspace_id = ? AND doc_id = ?`),
      register: db.prepare(
        `INSERT INTO docs (workspace_id, doc_id, created_at, updated_at, kind) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (workspace_id, doc_id) DO UPDATE SET kind = excluded.kind`,
      ),
      setDeleted: db.prepare('UPDATE docs SET deleted_at = ? WHERE workspace_id = ? AND doc_id = ?'),
      listKind: db.prepare(`SELECT ${cols} FROM docs WHERE workspace_id = ? AND kind = ? AND deleted_at IS NULL ORDER BY updated_at DESC`),
      bin: db.prepare(`SELECT ${cols} FROM docs WHERE workspace_id = ? AND deleted_at IS NOT NULL ORDER BY deleted_at DESC`),
    };
  }

  async get(ref: DocRef): Promise<DocEntry | null> {
    return (this.stmts.get.get(ref.workspaceId, ref.docId) as DocEntry | undefined) ?? null;
  }

  async register(ref: DocRef, kind: DocKind): Promise<void> {
    const now = new Date().toISOString();
    this.stmts.register.run(ref.workspaceId, ref.docId, now, now, kind);
  }

  async setDeleted(ref: DocRef, deletedAt: string | null): Promise<void> {
    this.stmts.setDeleted.run(deletedAt, ref.workspaceId, ref.docId);
  }

  async list(workspaceId: string, kind: DocKind): Promise<DocEntry[]> {
    return this.stmts.listKind.all(workspaceId, kind) as DocEntry[];
  }

  async bin(workspaceId: string): Promise<DocEntry[]> {
    return this.stmts.bin.all(workspaceId) as DocEntry[];
  }
}

interface PgDocRow {
  docId: string;
  kind: DocKind;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: string | null;
}

const PG_COLS = 'doc_id AS "docId", kind, created_at AS "createdAt", updated_at AS "updatedAt", deleted_at AS "deletedAt"';

/** The registry in Postgres's `docs` table, the one the document store numbers updates in. */
export class PostgresDocRegistry implements DocRegistry {
  constructor(private readonly pool: pg.Pool) {}

  async get(ref: DocRef): Promise<DocEntry | null> {
    const { rows } = await this.pool.query<PgDocRow>(`SELECT ${PG_COLS} FROM docs WHERE workspace_id = $1 AND doc_id = $2`, [ref.workspaceId, ref.docId]);
    return rows[0] ? fromPg(rows[0]) : null;
  }

  async register(ref: DocRef, kind: DocKind): Promise<void> {
    await this.pool.query(
      `INSERT INTO docs (workspace_id, doc_id, created_at, updated_at, last_seq, kind) VALUES ($1, $2, now(), now(), 0, $3)
       ON CONFLICT (workspace_id, doc_id) DO UPDATE SET kind = excluded.kind`,
      [ref.workspaceId, ref.docId, kind],
    );
  }

  async setDeleted(ref: DocRef, deletedAt: string | null): Promise<void> {
    await this.pool.query('UPDATE docs SET deleted_at = $3 WHERE workspace_id = $1 AND doc_id = $2', [ref.workspaceId, ref.docId, deletedAt]);
  }

  async list(workspaceId: string, kind: DocKind): Promise<DocEntry[]> {
    const { rows } = await this.pool.query<PgDocRow>(
      `SELECT ${PG_COLS} FROM docs WHERE workspace_id = $1 AND kind = $2 AND deleted_at IS NULL ORDER BY updated_at DESC`,
      [workspaceId, kind],
    );
    return rows.map(fromPg);
  }

  async bin(workspaceId: string): Promise<DocEntry[]> {
    const { rows } = await this.pool.query<PgDocRow>(
      `SELECT ${PG_COLS} FROM docs WHERE workspace_id = $1 AND deleted_at IS NOT NULL ORDER BY deleted_at DESC`,
      [workspaceId],
    );
    return rows.map(fromPg);
  }
}

function fromPg(row: PgDocRow): DocEntry {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}
