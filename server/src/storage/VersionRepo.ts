import type { Db } from './openDatabase.ts';
import type { DocRef } from './DocStore.ts';
import { directWriter, type Statement, type StatementWriter } from './SqliteWriter.ts';

export interface VersionMeta {
  id: number;
  kind: 'named' | 'auto';
  label: string;
  author: string;
  createdAt: string;
}

/** Automatic versions kept per doc; named ones are never pruned. */
const AUTO_VERSIONS_KEPT = 50;

const INSERT = 'INSERT INTO doc_versions (workspace_id, doc_id, kind, label, author, created_at, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)';
const PRUNE = `DELETE FROM doc_versions WHERE workspace_id = ? AND doc_id = ? AND kind = 'auto' AND id NOT IN (
  SELECT id FROM doc_versions WHERE workspace_id = ? AND doc_id = ? AND kind = 'auto' ORDER BY id DESC LIMIT ?)`;

/** Saved states of a document: named by people, or automatic after bursts of activity. Written through the writer thread. */
export class VersionRepo {
  private readonly stmts;

  constructor(
    db: Db,
    private readonly writer: StatementWriter = directWriter(db),
  ) {
    const meta = 'id, kind, label, author, created_at AS createdAt';
    this.stmts = {
      list: db.prepare(`SELECT ${meta} FROM doc_versions WHERE workspace_id = ? AND doc_id = ? ORDER BY id DESC`),
      get: db.prepare(`SELECT ${meta}, snapshot FROM doc_versions WHERE workspace_id = ? AND doc_id = ? AND id = ?`),
      latest: db.prepare(`SELECT ${meta}, snapshot FROM doc_versions WHERE workspace_id = ? AND doc_id = ? ORDER BY id DESC LIMIT 1`),
    };
  }

  /** Saves a version; resolves once it is on disk. */
  async save(ref: DocRef, kind: 'named' | 'auto', label: string, author: string, snapshot: Uint8Array): Promise<VersionMeta> {
    const createdAt = new Date().toISOString();
    const statements: Statement[] = [{ sql: INSERT, params: [ref.workspaceId, ref.docId, kind, label, author, createdAt, snapshot] }];
    if (kind === 'auto') statements.push({ sql: PRUNE, params: [ref.workspaceId, ref.docId, ref.workspaceId, ref.docId, AUTO_VERSIONS_KEPT] });
    const [id] = await this.writer.run(statements);
    return { id: id!, kind, label, author, createdAt };
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
