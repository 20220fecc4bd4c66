import path from 'node:path';
import type { Db } from './openDatabase.ts';
import { DB_FILE_NAME } from './openDatabase.ts';
import type { DocRef, DocStore, LoadedDoc } from './DocStore.ts';
import { mergeStoredUpdates } from './mergeUpdates.ts';
import { MergeWorkerPool, WORKER_THRESHOLD } from './MergeWorkerPool.ts';
import { SqliteWriter } from './SqliteWriter.ts';

/**
 * Append-only updates per doc in SQLite (WAL), folded into one snapshot row on compaction.
 * Writes go to the writer thread (group commit); reads use this thread's connection, which WAL
 * lets read while the writer commits.
 */
export class SqliteDocStore implements DocStore {
  private readonly pool: MergeWorkerPool;
  private readonly stmts;
  /** The database's single writer; versions and indexes write through it too. */
  readonly writer: SqliteWriter;

  constructor(db: Db, dataDir: string) {
    const dbPath = path.join(dataDir, DB_FILE_NAME);
    this.pool = new MergeWorkerPool(dbPath);
    this.writer = new SqliteWriter(dbPath);
    this.stmts = {
      count: db.prepare('SELECT count(*) AS n FROM doc_updates WHERE workspace_id = ? AND doc_id = ?'),
      countUpTo: db.prepare('SELECT count(*) AS n FROM (SELECT 1 FROM doc_updates WHERE workspace_id = ? AND doc_id = ? LIMIT ?)'),
      select: db.prepare('SELECT seq, data FROM doc_updates WHERE workspace_id = ? AND doc_id = ? ORDER BY seq'),
      list: db.prepare('SELECT doc_id AS docId, created_at AS createdAt, updated_at AS updatedAt FROM docs WHERE workspace_id = ? ORDER BY updated_at DESC'),
    };
  }

  async load(ref: DocRef): Promise<LoadedDoc> {
    // Counted no further than the threshold: counting 100 000 rows here would hold the event loop.
    const many = (this.stmts.countUpTo.get(ref.workspaceId, ref.docId, WORKER_THRESHOLD + 1) as { n: number }).n > WORKER_THRESHOLD;
    if (many) return this.pool.load(ref);
    const rows = this.stmts.select.all(ref.workspaceId, ref.docId) as { seq: number; data: Buffer }[];
    return { state: mergeStoredUpdates(rows.map(toBytes)), updateCount: rows.length, lastSeq: rows.at(-1)?.seq ?? 0 };
  }

  append(ref: DocRef, update: Uint8Array): Promise<number> {
    return this.writer.append(ref.workspaceId, ref.docId, update);
  }

  compact(ref: DocRef, snapshot: Uint8Array, covered: { baseSeq: number; ownSeqs: number[] }): Promise<number> {
    return this.writer.compact(ref.workspaceId, ref.docId, snapshot, covered.baseSeq, covered.ownSeqs);
  }

  async countUpdates(ref: DocRef): Promise<number> {
    return this.count(ref);
  }

  async listDocs(workspaceId: string) {
    return this.stmts.list.all(workspaceId) as { docId: string; createdAt: string; updatedAt: string }[];
  }

  get writeDepth(): number {
    return this.writer.depth;
  }

  /** Writes what is queued, then stops both worker threads. */
  async close(): Promise<void> {
    await this.writer.close();
    await this.pool.close();
  }

  private count(ref: DocRef): number {
    return (this.stmts.count.get(ref.workspaceId, ref.docId) as { n: number }).n;
  }
}

function toBytes(row: { data: Buffer }): Uint8Array {
  return new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength);
}
