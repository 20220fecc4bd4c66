import type pg from 'pg';
import type { DocRef } from './DocStore.ts';

type Job =
  | { kind: 'append'; ref: DocRef; data: Buffer }
  | { kind: 'compact'; ref: DocRef; data: Buffer; baseSeq: number; ownSeqs: number[] };

interface Queued {
  job: Job;
  resolve: (seq: number) => void;
  reject: (error: Error) => void;
}

/**
 * Appends every queued update of every doc in one statement: each doc's row in `docs` is bumped by
 * its count (under its lock, docs in a fixed order so nodes never deadlock) and the updates take the
 * numbers below it, in the order they were queued.
 */
const APPEND_SQL = `
WITH input AS (
  SELECT t.workspace_id, t.doc_id, t.data, t.ord
  FROM unnest($1::text[], $2::text[], $3::bytea[]) WITH ORDINALITY AS t(workspace_id, doc_id, data, ord)
), counts AS (
  SELECT workspace_id, doc_id, count(*) AS n FROM input GROUP BY workspace_id, doc_id ORDER BY workspace_id, doc_id
), bumped AS (
  INSERT INTO docs AS d (workspace_id, doc_id, created_at, updated_at, last_seq)
  SELECT workspace_id, doc_id, now(), now(), n FROM counts
  ON CONFLICT (workspace_id, doc_id) DO UPDATE SET updated_at = excluded.updated_at, last_seq = d.last_seq + excluded.last_seq
  RETURNING workspace_id, doc_id, last_seq
), numbered AS (
  SELECT i.ord, i.workspace_id, i.doc_id, i.data,
         b.last_seq - c.n + row_number() OVER (PARTITION BY i.workspace_id, i.doc_id ORDER BY i.ord) AS seq
  FROM input i JOIN counts c USING (workspace_id, doc_id) JOIN bumped b USING (workspace_id, doc_id)
), stored AS (
  INSERT INTO doc_updates (workspace_id, doc_id, seq, data) SELECT workspace_id, doc_id, seq, data FROM numbered
)
SELECT ord, seq FROM numbered ORDER BY ord`;

/**
 * Deletes what the snapshot covers (up to what was loaded, plus this node's own appends) and stores
 * it under the doc's next number. Updates other nodes appended meanwhile are neither: they stay.
 */
const COMPACT_SQL = `
WITH bumped AS (
  INSERT INTO docs AS d (workspace_id, doc_id, created_at, updated_at, last_seq) VALUES ($1, $2, now(), now(), 1)
  ON CONFLICT (workspace_id, doc_id) DO UPDATE SET last_seq = d.last_seq + 1
  RETURNING last_seq
), deleted AS (
  DELETE FROM doc_updates WHERE workspace_id = $1 AND doc_id = $2 AND (seq <= $3 OR seq = ANY($4::bigint[]))
)
INSERT INTO doc_updates (workspace_id, doc_id, seq, data) SELECT $1, $2, last_seq, $5 FROM bumped RETURNING seq`;

/** Deadlock and serialization failures: the statement did nothing and may run again. */
const RETRYABLE = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 5;

/**
 * Group commit for Postgres: jobs that arrive while a round is being written all go in the next
 * round; a round's appends (all docs) are one statement, so one round trip and one commit. No timer
 * ever delays a write. Rounds run one after another, so a doc's writes land in the order made.
 */
export class PostgresWriter {
  private queue: Queued[] = [];
  private inFlight: Queued[] | null = null;
  private posting = false;
  private idle: (() => void)[] = [];
  /** Statements written and jobs in them, since start: their ratio is the group-commit factor. */
  readonly stats = { statements: 0, jobs: 0 };

  constructor(private readonly pool: pg.Pool) {}

  append(ref: DocRef, data: Uint8Array): Promise<number> {
    return this.submit({ kind: 'append', ref, data: asBuffer(data) });
  }

  compact(ref: DocRef, data: Uint8Array, covered: { baseSeq: number; ownSeqs: number[] }): Promise<number> {
    return this.submit({ kind: 'compact', ref, data: asBuffer(data), ...covered });
  }

  /** Jobs waiting for the database, the round being written included. */
  get depth(): number {
    return this.queue.length + (this.inFlight?.length ?? 0);
  }

  /** Resolves once every queued job is written (or failed). */
  async drain(): Promise<void> {
    if (this.depth > 0 || this.posting) await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  private submit(job: Job): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.schedule();
    });
  }

  /** Starts the next round at the end of this turn of the event loop, so jobs of one turn share it. */
  private schedule(): void {
    if (this.inFlight || this.posting || this.queue.length === 0) return;
    this.posting = true;
    setImmediate(() => {
      this.posting = false;
      void this.runRound();
    });
  }

  private async runRound(): Promise<void> {
    if (this.inFlight || this.queue.length === 0) return;
    const batch = this.queue;
    this.queue = [];
    this.inFlight = batch;
    // Runs of appends go as one statement; a compaction goes alone, in its place in the order.
    for (let i = 0; i < batch.length; ) {
      let end = i + 1;
      if (batch[i]!.job.kind === 'append') while (end < batch.length && batch[end]!.job.kind === 'append') end++;
      await this.write(batch.slice(i, end));
      i = end;
    }
    this.inFlight = null;
    if (this.queue.length > 0) this.schedule();
    else for (const resolve of this.idle.splice(0)) resolve();
  }

  private async write(segment: Queued[]): Promise<void> {
    try {
      const seqs = await withRetry(() => (segment[0]!.job.kind === 'append' ? this.appendAll(segment) : this.compactOne(segment[0]!.job)));
      this.stats.statements++;
      this.stats.jobs += segment.length;
      segment.forEach((q, i) => q.resolve(seqs[i]!));
    } catch (error) {
      // Whether it reached the disk is unknown (a lost connection): its writers treat it as failed.
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const q of segment) q.reject(failure);
    }
  }

  private async appendAll(segment: Queued[]): Promise<number[]> {
    const jobs = segment.map((q) => q.job);
    const { rows } = await this.pool.query<{ seq: string }>(APPEND_SQL, [
      jobs.map((j) => j.ref.workspaceId),
      jobs.map((j) => j.ref.docId),
      jobs.map((j) => j.data),
    ]);
    return rows.map((r) => Number(r.seq));
  }

  private async compactOne(job: Job): Promise<number[]> {
    if (job.kind !== 'compact') throw new Error('not a compaction');
    const { rows } = await this.pool.query<{ seq: string }>(COMPACT_SQL, [
      job.ref.workspaceId,
      job.ref.docId,
      job.baseSeq,
      job.ownSeqs,
      job.data,
    ]);
    return [Number(rows[0]!.seq)];
  }
}

async function withRetry<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (n >= MAX_ATTEMPTS || !code || !RETRYABLE.has(code)) throw error;
    }
  }
}

function asBuffer(data: Uint8Array): Buffer {
  return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}
