import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Db } from '../storage/openDatabase.ts';
import type { DocRef } from '../storage/DocStore.ts';

export interface CatalogueEntry {
  publicId: string;
  workspaceId: string;
  docId: string;
  publishedAt: string;
}

/** The server's public catalogue: which units are published, under which public id. */
export interface CatalogueRepo {
  get(publicId: string): Promise<CatalogueEntry | null>;
  entryFor(ref: DocRef): Promise<CatalogueEntry | null>;
  /** Publishes a unit (idempotent: publishing twice keeps its public id). */
  publish(ref: DocRef): Promise<CatalogueEntry>;
  /** Removes a unit from the catalogue, at once; false when it was not in it. */
  unpublish(ref: DocRef): Promise<boolean>;
  /** Published units not in the bin, last published first. */
  list(): Promise<CatalogueEntry[]>;
}

const newEntry = (ref: DocRef): CatalogueEntry => ({ publicId: randomBytes(12).toString('base64url'), ...ref, publishedAt: new Date().toISOString() });

/** The catalogue in SQLite. */
export class SqliteCatalogueRepo implements CatalogueRepo {
  private readonly stmts;

  constructor(db: Db) {
    const cols = 'public_id AS publicId, workspace_id AS workspaceId, doc_id AS docId, published_at AS publishedAt';
    this.stmts = {
      get: db.prepare(`SELECT ${cols} FROM catalogue WHERE public_id = ?`),
      byDoc: db.prepare(`SELECT ${cols} FROM catalogue WHERE workspace_id = ? AND doc_id = ?`),
      insert: db.prepare('INSERT INTO catalogue (public_id, workspace_id, doc_id, published_at) VALUES (?, ?, ?, ?)'),
      remove: db.prepare('DELETE FROM catalogue WHERE workspace_id = ? AND doc_id = ?'),
      list: db.prepare(
        `SELECT ${cols} FROM catalogue c WHERE EXISTS (
           SELECT 1 FROM docs d WHERE d.workspace_id = c.workspace_id AND d.doc_id = c.doc_id AND d.deleted_at IS NULL)
         ORDER BY published_at DESC`,
      ),
    };
  }

  async get(publicId: string): Promise<CatalogueEntry | null> {
    return (this.stmts.get.get(publicId) as CatalogueEntry | undefined) ?? null;
  }

  async entryFor(ref: DocRef): Promise<CatalogueEntry | null> {
    return (this.stmts.byDoc.get(ref.workspaceId, ref.docId) as CatalogueEntry | undefined) ?? null;
  }

  async publish(ref: DocRef): Promise<CatalogueEntry> {
    const existing = await this.entryFor(ref);
    if (existing) return existing;
    const entry = newEntry(ref);
    this.stmts.insert.run(entry.publicId, ref.workspaceId, ref.docId, entry.publishedAt);
    return entry;
  }

  async unpublish(ref: DocRef): Promise<boolean> {
    return this.stmts.remove.run(ref.workspaceId, ref.docId).changes > 0;
  }

  async list(): Promise<CatalogueEntry[]> {
    return this.stmts.list.all() as CatalogueEntry[];
  }
}

const PG_COLS = 'public_id AS "publicId", workspace_id AS "workspaceId", doc_id AS "docId", published_at AS "publishedAt"';

/** The catalogue in Postgres, shared by every node. */
export class PostgresCatalogueRepo implements CatalogueRepo {
  constructor(private readonly pool: pg.Pool) {}

  async get(publicId: string): Promise<CatalogueEntry | null> {
    return (await this.pool.query<CatalogueEntry>(`SELECT ${PG_COLS} FROM catalogue WHERE public_id = $1`, [publicId])).rows[0] ?? null;
  }

  async entryFor(ref: DocRef): Promise<CatalogueEntry | null> {
    const { rows } = await this.pool.query<CatalogueEntry>(`SELECT ${PG_COLS} FROM catalogue WHERE workspace_id = $1 AND doc_id = $2`, [ref.workspaceId, ref.docId]);
    return rows[0] ?? null;
  }

  async publish(ref: DocRef): Promise<CatalogueEntry> {
    const entry = newEntry(ref);
    // Two nodes publishing at once keep one public id: the second insert does nothing.
    await this.pool.query(
      'INSERT INTO catalogue (public_id, workspace_id, doc_id, published_at) VALUES ($1, $2, $3, $4) ON CONFLICT (workspace_id, doc_id) DO NOTHING',
      [entry.publicId, ref.workspaceId, ref.docId, entry.publishedAt],
    );
    return (await this.entryFor(ref))!;
  }

  async unpublish(ref: DocRef): Promise<boolean> {
    return ((await this.pool.query('DELETE FROM catalogue WHERE workspace_id = $1 AND doc_id = $2', [ref.workspaceId, ref.docId])).rowCount ?? 0) > 0;
  }

  async list(): Promise<CatalogueEntry[]> {
    const { rows } = await this.pool.query<CatalogueEntry>(
      `SELECT ${PG_COLS} FROM catalogue c WHERE EXISTS (
         SELECT 1 FROM docs d WHERE d.workspace_id = c.workspace_id AND d.doc_id = c.doc_id AND d.deleted_at IS NULL)
       ORDER BY published_at DESC`,
    );
    return rows;
  }
}
