/** Where a feed's updates go: the room, which applies them as stored and relays them to its sockets. */
export interface FeedTarget {
  applyStored(updates: Uint8Array[]): void;
}

export interface DocFeedOptions {
  /** The stored updates numbered above a number, in order (Postgres). */
  updatesSince: (afterSeq: number) => Promise<{ seq: number; data: Uint8Array }[]>;
  /** How long a gap may wait for the message it lacks (messages of two nodes may cross) before reading Postgres. */
  gapWaitMs: number;
  /** Wait before reading Postgres again after it failed. */
  retryMs: number;
  onError: (error: Error) => void;
}

/** Past this many waiting messages, they are dropped and read back from Postgres instead. */
const MAX_PENDING = 10_000;

/**
 * The updates other nodes committed for one doc, put in number order before they reach the room.
 * The room holds every number up to `upTo`, plus `held` above it (its own writes). A message that
 * leaves a gap waits; if the gap stays, or after Redis was lost, the feed reads what it lacks from
 * Postgres first, so nothing newer is relayed before everything older.
 */
export class DocFeed {
  private upTo = 0;
  private readonly held = new Set<number>();
  private readonly pending = new Map<number, Uint8Array | null>();
  private target: FeedTarget | null = null;
  private catchingUp = false;
  private catchUpAgain = false;
  private gapTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly options: DocFeedOptions) {}

  /** The newest number this node holds (its own writes included). */
  get newest(): number {
    return Math.max(this.upTo, ...this.held);
  }

  /** The room is loaded and includes every update up to `loadedSeq`. */
  attach(target: FeedTarget, loadedSeq: number): void {
    this.target = target;
    this.advance(loadedSeq);
    this.drain();
  }

  /** Numbers this node's own writes (or compactions) took: their content is in the room already. */
  hold(seqs: number[]): void {
    for (const seq of seqs) this.mark(seq);
    this.drain();
  }

  /** Updates another node committed (`data` null: a compaction's number, nothing to apply). */
  receive(updates: { seq: number; data: Uint8Array | null }[]): void {
    if (this.closed) return;
    for (const { seq, data } of updates) if (seq > this.upTo && !this.held.has(seq)) this.pending.set(seq, data);
    if (this.pending.size > MAX_PENDING) {
      this.pending.clear();
      this.catchUp();
      return;
    }
    this.drain();
  }

  /** Another node holds numbers up to `seq`: read what this one lacks. */
  head(seq: number): void {
    if (seq > this.upTo) this.catchUp();
  }

  /** Reads from Postgres every update above what the room holds, then goes on with the messages. */
  catchUp(): void {
    if (this.closed || !this.target) return;
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return;
    }
    this.catchingUp = true;
    this.clearTimer('gapTimer');
    this.clearTimer('retryTimer');
    const from = this.upTo;
    this.options.updatesSince(from).then(
      (rows) => {
        this.catchingUp = false;
        if (this.closed) return;
        const missing = rows.filter((r) => !this.held.has(r.seq)).map((r) => r.data);
        if (missing.length > 0) this.target!.applyStored(missing);
        // A read that sees number n sees every update up to n: the room now holds all of them.
        if (rows.length > 0) this.advance(rows.at(-1)!.seq);
        if (this.catchUpAgain) {
          this.catchUpAgain = false;
          this.catchUp();
        } else this.drain();
      },
      (error: Error) => {
        this.catchingUp = false;
        this.catchUpAgain = false;
        if (this.closed) return;
        this.options.onError(error);
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          this.catchUp();
        }, this.options.retryMs);
        this.retryTimer.unref();
      },
    );
  }

  close(): void {
    this.closed = true;
    this.clearTimer('gapTimer');
    this.clearTimer('retryTimer');
    this.pending.clear();
  }

  /** Applies, in one go, the run of waiting messages that follows what the room holds. */
  private drain(): void {
    if (!this.target || this.catchingUp || this.closed) return;
    const run: Uint8Array[] = [];
    while (this.pending.has(this.upTo + 1)) {
      const seq = this.upTo + 1;
      const data = this.pending.get(seq)!;
      this.pending.delete(seq);
      if (data) run.push(data);
      this.mark(seq);
    }
    for (const seq of this.pending.keys()) if (seq <= this.upTo || this.held.has(seq)) this.pending.delete(seq);
    if (run.length > 0) this.target.applyStored(run);
    if (this.pending.size === 0) this.clearTimer('gapTimer');
    else if (!this.gapTimer) {
      this.gapTimer = setTimeout(() => {
        this.gapTimer = null;
        if (this.pending.size > 0) this.catchUp();
      }, this.options.gapWaitMs);
      this.gapTimer.unref();
    }
  }

  private mark(seq: number): void {
    if (seq <= this.upTo) return;
    this.held.add(seq);
    while (this.held.delete(this.upTo + 1)) this.upTo++;
  }

  private advance(seq: number): void {
    if (seq <= this.upTo) return;
    this.upTo = seq;
    for (const s of this.held) if (s <= seq) this.held.delete(s);
    while (this.held.delete(this.upTo + 1)) this.upTo++;
  }

  private clearTimer(which: 'gapTimer' | 'retryTimer'): void {
    const timer = this[which];
    if (timer) clearTimeout(timer);
    this[which] = null;
  }
}
