import { Worker } from 'node:worker_threads';
import type { DocRef, LoadedDoc } from './DocStore.ts';

interface Pending {
  resolve: (doc: LoadedDoc) => void;
  reject: (error: Error) => void;
}

/** One lazily started worker thread that loads large docs; requests are queued in order. */
export class MergeWorkerPool {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();

  constructor(private readonly dbPath: string) {}

  load(ref: DocRef): Promise<LoadedDoc> {
    const worker = this.ensureWorker();
    const requestId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      worker.ref();
      worker.postMessage({ requestId, dbPath: this.dbPath, workspaceId: ref.workspaceId, docId: ref.docId });
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
