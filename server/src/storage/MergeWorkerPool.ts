import { Worker } from 'node:worker_threads';
import type { DocRef, LoadedDoc } from './DocStore.ts';

interface Pending {
  resolve: (doc: LoadedDoc) => void;
  reject: (error: Error) => void;
}

/** Above this many stored updates, a doc is folded in the worker thread instead of the main one. */
export const WORKER_THRESHOLD = 1_000;

/** One lazily started worker thread that loads and folds large docs; requests are queued in order. */
export class MergeWorkerPool {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();

  /** `dbPath`: the SQLite file `load` reads (none for a store that only folds, e.g. on Postgres). */
  constructor(private readonly dbPath = '') {}

  /** Reads a doc's stored updates from SQLite and folds them, all in the worker. */
  load(ref: DocRef): Promise<LoadedDoc> {
    return this.request({ dbPath: this.dbPath, workspaceId: ref.workspaceId, docId: ref.docId }, []);
  }

  /**
   * Folds updates read elsewhere (Postgres) into one state update, in the worker: 100 000 of them
   * took seconds of the event loop. They go over as one buffer, moved, not as 100 000 messages.
   */
  async fold(updates: Uint8Array[]): Promise<Uint8Array | null> {
    const lengths = new Uint32Array(updates.length);
    let total = 0;
    updates.forEach((update, i) => {
      lengths[i] = update.byteLength;
      total += update.byteLength;
    });
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const update of updates) {
      bytes.set(update, offset);
      offset += update.byteLength;
    }
    return (await this.request({ fold: { bytes, lengths } }, [bytes.buffer, lengths.buffer])).state;
  }

  private request(message: object, transfer: ArrayBuffer[]): Promise<LoadedDoc> {
    const worker = this.ensureWorker();
    const requestId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      worker.ref();
      worker.postMessage({ requestId, ...message }, transfer);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error('storage closed'));
    this.pending.clear();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./mergeWorker.mjs', import.meta.url));
    worker.on('message', (msg: { requestId: number; state?: Uint8Array | null; updateCount?: number; lastSeq?: number; error?: string }) => {
      const p = this.pending.get(msg.requestId);
      if (!p) return;
      this.pending.delete(msg.requestId);
      if (this.pending.size === 0) worker.unref();
      if (msg.error) p.reject(new Error(msg.error));
      else p.resolve({ state: msg.state ?? null, updateCount: msg.updateCount ?? 0, lastSeq: msg.lastSeq ?? 0 });
    });
    worker.on('error', (error) => {
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
      this.worker = null;
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
