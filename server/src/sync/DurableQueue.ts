/** One accepted update waiting for the disk. */
export interface QueuedUpdate {
  update: Uint8Array;
  /** Already in the served doc (a change the server made itself, e.g. a REST write). */
  local: boolean;
  /** Its sequence number, once stored. */
  seq: number | null;
}

/**
 * The updates of one doc accepted but not yet on disk, in the order they were accepted. Each is
 * handed to the store at once (the store groups concurrent writes into one commit); they come out,
 * in acceptance order, only once stored, in runs: everything stored in one commit comes out together.
 */
export class DurableQueue {
  private entries: QueuedUpdate[] = [];
  /** Bytes waiting for the disk. */
  bytes = 0;
  private accepted = 0;
  private released = 0;
  private waiters: { upTo: number; resolve: () => void; reject: (error: Error) => void }[] = [];
  private releaseScheduled = false;
  private failure: Error | null = null;

  constructor(
    private readonly append: (update: Uint8Array) => Promise<number>,
    private readonly onStored: (run: QueuedUpdate[]) => void,
    private readonly onFailed: (error: Error, dropped: { updates: number; bytes: number }) => void,
  ) {}

  /** Updates waiting for the disk. */
  get length(): number {
    return this.entries.length;
  }

  /** True when a change the server made itself is in the doc but not yet on disk. */
  get holdsLocal(): boolean {
    return this.entries.some((e) => e.local);
  }

  push(update: Uint8Array, local: boolean): void {
    if (this.failure) return;
    const entry: QueuedUpdate = { update, local, seq: null };
    this.entries.push(entry);
    this.bytes += update.byteLength;
    this.accepted++;
    this.append(update).then(
      (seq) => {
        entry.seq = seq;
        // The store resolves a whole commit at once: release once all of it is marked.
        if (this.releaseScheduled) return;
        this.releaseScheduled = true;
        queueMicrotask(() => this.release());
      },
      (error: Error) => this.fail(error),
    );
  }

  /** Resolves once every update accepted so far has come out stored. */
  settled(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.released === this.accepted) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ upTo: this.accepted, resolve, reject }));
  }

  private release(): void {
    this.releaseScheduled = false;
    if (this.failure) return;
    let n = 0;
    while (n < this.entries.length && this.entries[n]!.seq !== null) n++;
    if (n === 0) return;
    const run = this.entries.splice(0, n);
    for (const e of run) this.bytes -= e.update.byteLength;
    this.released += n;
    this.onStored(run);
    this.waiters = this.waiters.filter((w) => {
      if (w.upTo > this.released) return true;
      w.resolve();
      return false;
    });
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const w of this.waiters.splice(0)) w.reject(error);
    const dropped = { updates: this.entries.length, bytes: this.bytes };
    this.entries = [];
    this.bytes = 0;
    this.onFailed(error, dropped);
  }
}
