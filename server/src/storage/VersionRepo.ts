import type { Db } from './openDatabase.ts';
import type { DocRef } from './DocStore.ts';

export interface VersionMeta {
  id: number;
  kind: 'named' | 'auto';
  label: string;
  author: string;
  createdAt: string;
}

/** Automatic versions kept per doc; named ones are never pruned. */
const AUTO_VERSIONS_KEPT = 50;

/** Saved states of a document: named by people, or automatic after bursts of activity. */
export class VersionRepo {
  private readonly stmts;

  constructor(db: Db) {
    const meta = 'id, kind, label, author, created_at AS createdAt';
    this.stmts = {
      insert: db.prepare(
        'INSERT INTO doc_versions (workspace_id, doc_id, kind, label, author, created_at, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      list: db.prepare(`SELECT ${meta} FROM doc_versions WHERE workspace_id = ? AND doc_id = ? ORDER BY id DESC`),
      get: db.prepare(`SELECT ${meta}, snapshot FROM doc_versions WHERE workspace_id = ? AND doc_id = ? AND id = ?`),
      latest: db.prepare(`SELECT ${meta}, snapshot FROM doc_versions WHERE workspace_id = ? AND doc_id = ? ORDER BY id DESC LIMIT 1`),
      prune: db.prepare(
        `DELETE FROM doc_versions WHERE workspace_id = ? AND doc_id = ? AND kind = 'auto' AND id NOT IN (
           SELECT id FROM doc_versions WHERE workspace_id = ? AND doc_id = ? AND kind = 'auto' ORDER BY id DESC LIMIT ?)`,
      ),
    };
  }

  save(ref: DocRef, kind: 'named' | 'auto', label: string, author: string, snapshot: Uint8Array): VersionMeta {
    const createdAt = new Date().toISOString();
    const info = this.stmts.insert.run(ref.workspaceId, ref.docId, kind, label, author, createdAt, Buffer.from(snapshot));
    if (kind === 'auto') this.stmts.prune.run(ref.workspaceId, ref.docId, ref.workspaceId, ref.docId, AUTO_VERSIONS_KEPT);
    return { id: Number(info.lastInsertRowid), kind, label, author, createdAt };
  }

  list(ref: DocRef): VersionMeta[] {
    return this.stmts.list.all(ref.workspaceId, ref.docId) as VersionMeta[];
  }

  get(ref: DocRef, id: number): (VersionMeta & { snapshot: Buffer }) | null {
    return (this.stmts.get.get(ref.workspaceId, ref.docId, id) as (VersionMeta & { snapshot: Buffer }) | undefined) ?? null;
  }

  latest(ref: DocRef): (VersionMeta & { snapshot: Buffer }) | null {
    return (this.stmts.latest.get(ref.workspaceId, ref.docId) as (VersionMeta & { snapshot: Buffer }) | undefined) ?? null;
  }
}
