import { randomBytes } from 'node:crypto';
import type { Db } from '../storage/openDatabase.ts';
import type { DocRef } from '../storage/DocStore.ts';

export interface CatalogueEntry {
  publicId: string;
  workspaceId: string;
  docId: string;
  publishedAt: string;
}

/** The server's public catalogue: which units are published, under which public id. */
export class CatalogueRepo {
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

  get(publicId: string): CatalogueEntry | null {
    return (this.stmts.get.get(publicId) as CatalogueEntry | undefined) ?? null;
  }

  entryFor(ref: DocRef): CatalogueEntry | null {
    return (this.stmts.byDoc.get(ref.workspaceId, ref.docId) as CatalogueEntry | undefined) ?? null;
  }

  /** Publishes a unit (idempotent: publishing twice keeps its public id). */
  publish(ref: DocRef): CatalogueEntry {
    const existing = this.entryFor(ref);
    if (existing) return existing;
    const entry = { publicId: randomBytes(12).toString('base64url'), ...ref, publishedAt: new Date().toISOString() };
    this.stmts.insert.run(entry.publicId, ref.workspaceId, ref.docId, entry.publishedAt);
    return entry;
  }

  /** Removes a unit from the catalogue, at once. */
  unpublish(ref: DocRef): boolean {
    return this.stmts.remove.run(ref.workspaceId, ref.docId).changes > 0;
  }

  list(): CatalogueEntry[] {
    return this.stmts.list.all() as CatalogueEntry[];
  }
}
