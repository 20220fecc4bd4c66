import type pg from 'pg';
import type { DocRef, DocStore, LoadedDoc } from './DocStore.ts';
import { mergeStoredUpdates } from './mergeUpdates.ts';
import { MergeWorkerPool, WORKER_THRESHOLD } from './MergeWorkerPool.ts';
import { openPostgresPool, type PostgresPoolOptions } from './postgresPool.ts';
import { PostgresWriter } from './PostgresWriter.ts';

export type PostgresDocStoreOptions = PostgresPoolOptions;

/**
 * Documents in Postgres, shared by every node: append-only updates per doc, numbered per doc,
 * folded into one snapshot row on compaction. Writes are group-committed by `PostgresWriter`.
 */
export class PostgresDocStore implements DocStore {
  private readonly writer: PostgresWriter;
  /** Folds docs of many stored updates off the event loop. */
  private readonly merger = new MergeWorkerPool();

  private constructor(private readonly pool: pg.Pool) {
    this.writer = new PostgresWriter(pool);
  }

  /** Connects, migrates the schema, and returns a ready store. */
  static async open(options: PostgresPoolOptions): Promise<PostgresDocStore> {
    return new PostgresDocStore(await openPostgresPool(options));
  }

  async load(ref: DocRef): Promise<LoadedDoc> {
    const { rows } = await this.pool.query<{ seq: string; data: Buffer }>(
      'SELECT seq, data FROM doc_updates WHERE workspace_id = $1 AND doc_id = $2 ORDER BY seq',
      [ref.workspaceId, ref.docId],
    );
    const updates = rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength));
    const state = updates.length > WORKER_THRESHOLD ? await this.merger.fold(updates) : mergeStoredUpdates(updates);
    return { state, updateCount: rows.length, lastSeq: Number(rows.at(-1)?.seq ?? 0) };
  }

  /**
   * The stored updates numbered above `afterSeq`, in order: a node that missed live messages applies
   * them to catch up. Rows a compaction folded are in its snapshot row, numbered above them; and a
   * read that sees number n sees every update up to n (appends number under the doc row's lock).
   */
  async updatesSince(ref: DocRef, afterSeq: number): Promise<{ seq: number; data: Uint8Array }[]> {
    const { rows } = await this.pool.query<{ seq: string; data: Buffer }>(
      'SELECT seq, data FROM doc_updates WHERE workspace_id = $1 AND doc_id = $2 AND seq > $3 ORDER BY seq',
      [ref.workspaceId, ref.docId, afterSeq],
    );
    return rows.map((r) => ({ seq: Number(r.seq), data: new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength) }));
  }

  append(ref: DocRef, update: Uint8Array): Promise<number> {
    return this.writer.append(ref, update);
  }

  compact(ref: DocRef, snapshot: Uint8Array, covered: { baseSeq: number; ownSeqs: number[] }): Promise<number> {
    return this.writer.compact(ref, snapshot, covered);
  }

  async countUpdates(ref: DocRef): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM doc_updates WHERE workspace_id = $1 AND doc_id = $2',
      [ref.workspaceId, ref.docId],
    );
    return rows[0]!.n;
  }

  async listDocs(workspaceId: string): Promise<{ docId: string; createdAt: string; updatedAt: string }[]> {
    const { rows } = await this.pool.query<{ docId: string; createdAt: Date; updatedAt: Date }>(
      `SELECT doc_id AS "docId", created_at AS "createdAt", updated_at AS "updatedAt"
       FROM docs WHERE workspace_id = $1 ORDER BY updated_at DESC`,
      [workspaceId],
    );
    return rows.map((r) => ({ docId: r.docId, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() }));
  }

  /** Statements written and jobs in them, since start. */
  get stats(): { statements: number; jobs: number } {
    return this.writer.stats;
  }

  get writeDepth(): number {
    return this.writer.depth;
  }

  /** Writes what is queued, then closes the connections. */
  async close(): Promise<void> {
    await this.writer.drain();
    await this.pool.end();
    await this.merger.close();
  }
}
