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
export class DocRegistry {
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

  get(ref: DocRef): DocEntry | null {
    return (this.stmts.get.get(ref.workspaceId, ref.docId) as DocEntry | undefined) ?? null;
  }

  register(ref: DocRef, kind: DocKind): void {
    const now = new Date().toISOString();
    this.stmts.register.run(ref.workspaceId, ref.docId, now, now, kind);
  }

  /** Moves a doc to the bin (or out of it with `null`). */
  setDeleted(ref: DocRef, deletedAt: string | null): void {
    this.stmts.setDeleted.run(deletedAt, ref.workspaceId, ref.docId);
  }

  list(workspaceId: string, kind: DocKind): DocEntry[] {
    return this.stmts.listKind.all(workspaceId, kind) as DocEntry[];
  }

  bin(workspaceId: string): DocEntry[] {
    return this.stmts.bin.all(workspaceId) as DocEntry[];
  }
}
