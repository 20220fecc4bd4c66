import path from 'node:path';
import type { Db } from './openDatabase.ts';
import { DB_FILE_NAME } from './openDatabase.ts';
import type { DocRef, DocStore, LoadedDoc } from './DocStore.ts';
import { mergeStoredUpdates } from './mergeUpdates.ts';
import { MergeWorkerPool } from './MergeWorkerPool.ts';

/** Above this many stored updates, a doc is folded in a worker thread instead of the main one. */
const WORKER_THRESHOLD = 1_000;

/** Append-only updates per doc in SQLite (WAL), folded into one snapshot row on compaction. */
export class SqliteDocStore implements DocStore {
  private readonly pool: MergeWorkerPool;
  private readonly stmts;
  private readonly appendTx: (ref: DocRef, data: Buffer, now: string) => number;
  private readonly compactTx: (ref: DocRef, data: Buffer, baseSeq: number, ownSeqs: string) => number;

  constructor(private readonly db: Db, dataDir: string) {
    this.pool = new MergeWorkerPool(path.join(dataDir, DB_FILE_NAME));
    this.stmts = {
      count: db.prepare('SELECT count(*) AS n FROM doc_updates WHERE workspace_id = ? AND doc_id = ?'),
      select: db.prepare('SELECT seq, data FROM doc_updates WHERE workspace_id = ? AND doc_id = ? ORDER BY seq'),
      insert: db.prepare('INSERT INTO doc_updates (workspace_id, doc_id, data) VALUES (?, ?, ?)'),
      deleteCovered: db.prepare(
        'DELETE FROM doc_updates WHERE workspace_id = ? AND doc_id = ? AND (seq <= ? OR seq IN (SELECT value FROM json_each(?)))',
      ),
      touch: db.prepare(
        `INSERT INTO docs (workspace_id, doc_id, created_at, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (workspace_id, doc_id) DO UPDATE SET updated_at = excluded.updated_at`,
      ),
      list: db.prepare('SELECT doc_id AS docId, created_at AS createdAt, updated_at AS updatedAt FROM docs WHERE workspace_id = ? ORDER BY updated_at DESC'),
    };
    this.appendTx = db.transaction((ref: DocRef, data: Buffer, now: string) => {
      const seq = Number(this.stmts.insert.run(ref.workspaceId, ref.docId, data).lastInsertRowid);
      this.stmts.touch.run(ref.workspaceId, ref.docId, now, now);
      return seq;
    });
    this.compactTx = db.transaction((ref: DocRef, data: Buffer, baseSeq: number, ownSeqs: string) => {
      this.stmts.deleteCovered.run(ref.workspaceId, ref.docId, baseSeq, ownSeqs);
      return Number(this.stmts.insert.run(ref.workspaceId, ref.docId, data).lastInsertRowid);
    });
  }

  async load(ref: DocRef): Promise<LoadedDoc> {
    const count = this.countUpdates(ref);
    if (count > WORKER_THRESHOLD) return this.pool.load(ref);
    const rows = this.stmts.select.all(ref.workspaceId, ref.docId) as { seq: number; data: Buffer }[];
    return { state: mergeStoredUpdates(rows.map(toBytes)), updateCount: rows.length, lastSeq: rows.at(-1)?.seq ?? 0 };
  }

  append(ref: DocRef, update: Uint8Array): number {
    return this.appendTx(ref, toBuffer(update), new Date().toISOString());
  }

  compact(ref: DocRef, snapshot: Uint8Array, covered: { baseSeq: number; ownSeqs: number[] }): number {
    return this.compactTx(ref, toBuffer(snapshot), covered.baseSeq, JSON.stringify(covered.ownSeqs));
  }

  countUpdates(ref: DocRef): number {
    return (this.stmts.count.get(ref.workspaceId, ref.docId) as { n: number }).n;
  }

  listDocs(workspaceId: string) {
    return this.stmts.list.all(workspaceId) as { docId: string; createdAt: string; updatedAt: string }[];
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}

function toBytes(row: { data: Buffer }): Uint8Array {
  return new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength);
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
