import { Worker } from 'node:worker_threads';
import type { Db } from './openDatabase.ts';

/** One SQL statement and its parameters (positional or named). */
export interface Statement {
  sql: string;
  params: unknown[] | Record<string, unknown>;
}

/** Runs a group of statements atomically; resolves with one rowid per statement. */
export interface StatementWriter {
  run(statements: Statement[]): Promise<number[]>;
}

type WriteJob =
  | { kind: 'append'; workspaceId: string; docId: string; data: Uint8Array }
  | { kind: 'compact'; workspaceId: string; docId: string; data: Uint8Array; baseSeq: number; ownSeqs: number[] }
  | { kind: 'compactSlice'; workspaceId: string; docId: string; data: Uint8Array | null; baseSeq: number; ownSeqs: number[]; limit: number }
  | { kind: 'statements'; statements: Statement[] };

interface Queued {
  job: WriteJob;
  transfer: ArrayBuffer[];
  resolve: (value: never) => void;
  reject: (error: Error) => void;
}

/** One result per job: what the caller waits for (a number, or one per statement), or why the job failed. Bare numbers: a round of thousands of appends is cloned back faster than as objects. */
type JobResult = number | number[] | { error: string };
/** The answer to the `rounds` oldest posted rounds, which the worker wrote in one transaction. */
type CommitReply = { rounds: number; results: JobResult[] } | { rounds: number; failed: string };

/**
 * The writer thread allocates little that lives (a round's jobs, then its results): a young
 * generation of 8 MB (V8's default grows to 48 MB under load) is collected more often for the
 * same work, and spares the process up to 40 MB of memory that a busy hour leaves behind.
 */
const WRITER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/**
 * Covered rows a compaction deletes per round. A doc stored as 100 000 updates (after a crash, or
 * when compaction failed for long) is folded on load: deleting its rows in one round held every
 * other doc's updates back for as long (seconds); a slice takes a few milliseconds.
 */
const COMPACT_SLICE_ROWS = 2_000;

/**
 * The single writer of the database: a worker thread that owns the write connection, fed by group
 * commit. The jobs of one turn of the event loop are posted together as a round, at once, whether
 * or not the worker is busy; the worker writes every round waiting in its port in one transaction
 * (one fsync) and answers them in one reply. So batches grow with load alone, no timer ever delays a
 * write, and a round posted during a commit starts as soon as it ends, without waiting for this
 * thread to read the answer (a round trip between two busy threads on two cores costs more than the
 * commit of a lone keystroke).
 */
export class SqliteWriter implements StatementWriter {
  private worker: Worker | null = null;
  private queue: Queued[] = [];
  /** Rounds posted and not yet answered, oldest first. */
  private posted: Queued[][] = [];
  private posting = false;
  private idle: (() => void)[] = [];
  /** Commits (transactions) and jobs in them, since start: their ratio is the group-commit factor. */
  readonly stats = { rounds: 0, jobs: 0 };

  constructor(private readonly dbPath: string) {
    // Started now, so the first keystroke does not wait for a thread to boot.
    this.ensureWorker();
  }

  /** Appends one update; resolves with its sequence number once it is on disk. */
  append(workspaceId: string, docId: string, data: Uint8Array): Promise<number> {
    // No timestamp per update: the writer thread stamps a doc's updated_at once per round (its commit time).
    return this.submit({ kind: 'append', workspaceId, docId, data });
  }

  /**
   * Replaces the covered updates of a doc with one snapshot (its buffer is moved to the worker);
   * resolves with the snapshot's sequence number once every covered row is gone. The snapshot is
   * written first with a slice of the covered rows, the rest goes a slice per round (see
   * COMPACT_SLICE_ROWS): until then, loading the doc folds the snapshot with rows it holds already.
   */
  async compact(workspaceId: string, docId: string, data: Uint8Array, baseSeq: number, ownSeqs: number[]): Promise<number> {
    const transferable = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer;
    const slice = (snapshot: Uint8Array | null) =>
      this.submit<[number, number]>(
        { kind: 'compactSlice', workspaceId, docId, data: snapshot, baseSeq, ownSeqs, limit: COMPACT_SLICE_ROWS },
        snapshot && transferable ? [snapshot.buffer as ArrayBuffer] : [],
      );
    const [seq, firstDeleted] = await slice(data);
    let deleted = firstDeleted;
    while (deleted === COMPACT_SLICE_ROWS) [, deleted] = await slice(null);
    return seq;
  }

  run(statements: Statement[]): Promise<number[]> {
    return this.submit({ kind: 'statements', statements });
  }

  /** Jobs waiting for the disk, the rounds being written included. */
  get depth(): number {
    return this.queue.length + this.posted.reduce((n, round) => n + round.length, 0);
  }

  /** Writes what is queued, then stops the worker. */
  async close(): Promise<void> {
    if (this.depth > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private submit<T>(job: WriteJob, transfer: ArrayBuffer[] = []): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ job, transfer, resolve: resolve as (value: never) => void, reject });
      this.schedule();
    });
  }

  /** Posts the jobs of this turn of the event loop as one round, at the end of the turn. */
  private schedule(): void {
    if (this.posting || this.queue.length === 0) return;
    this.posting = true;
    setImmediate(() => {
      this.posting = false;
      this.post();
    });
  }

  private post(): void {
    if (this.queue.length === 0) return;
    const batch = this.queue;
    this.queue = [];
    this.posted.push(batch);
    const worker = this.ensureWorker();
    worker.ref();
    worker.postMessage(
      { jobs: batch.map((q) => q.job) },
      batch.flatMap((q) => q.transfer),
    );
  }

  private settle(reply: CommitReply): void {
    const batch = this.answered(reply.rounds);
    this.stats.rounds++;
    this.stats.jobs += batch.length;
    batch.forEach((q, i) => {
      if ('failed' in reply) return q.reject(new Error(reply.failed));
      const result = reply.results[i]!;
      if (typeof result === 'object' && !Array.isArray(result)) q.reject(new Error(result.error));
      else q.resolve(result as never);
    });
    this.afterCommit();
  }

  /** Takes the `rounds` oldest posted rounds off the list: their jobs, in posting order. */
  private answered(rounds: number): Queued[] {
    return this.posted.splice(0, rounds).flat();
  }

  private afterCommit(): void {
    if (this.posted.length > 0 || this.queue.length > 0) return;
    this.worker?.unref();
    for (const resolve of this.idle.splice(0)) resolve();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./writeWorker.mjs', import.meta.url), { workerData: { dbPath: this.dbPath }, resourceLimits: WRITER_LIMITS });
    worker.unref();
    worker.on('message', (reply: CommitReply) => this.settle(reply));
    worker.on('error', (error) => {
      // Whether the posted rounds reached the disk is unknown: their writers must treat them as failed.
      this.worker = null;
      for (const q of this.answered(this.posted.length)) q.reject(error);
      if (this.queue.length > 0) this.schedule();
      this.afterCommit();
    });
    this.worker = worker;
    return worker;
  }
}

/** A StatementWriter on a connection of this thread, for one-shot tools and benchmarks. */
export function directWriter(db: Db): StatementWriter {
  const asBuffer = (v: unknown) => (v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength) : v);
  const bind = (p: Statement['params']) => (Array.isArray(p) ? p.map(asBuffer) : Object.fromEntries(Object.entries(p).map(([k, v]) => [k, asBuffer(v)])));
  const runAll = db.transaction((statements: Statement[]) =>
    statements.map((s) => Number(db.prepare(s.sql).run(bind(s.params)).lastInsertRowid)),
  );
  return { run: async (statements) => runAll(statements) };
}
