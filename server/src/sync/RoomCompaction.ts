import type { DocRef, DocStore } from '../storage/DocStore.ts';

/**
 * Which stored rows a room's doc includes, and folding them into one snapshot row. The doc
 * includes every row up to `baseSeq` (what was loaded) and the rows it stored since (`ownSeqs`):
 * only those are replaced, so rows another process stored meanwhile are kept.
 */
export class RoomCompaction {
  private ownSeqs: number[] = [];
  /** Stored updates not yet folded into a snapshot. */
  pending = 0;
  private running: Promise<void> | null = null;

  constructor(
    private readonly ref: DocRef,
    private readonly store: DocStore,
    private readonly baseSeq: number,
    /** Told the number each snapshot took (other nodes must not wait for it as a missing update). */
    private readonly onSnapshot: (seq: number) => void = () => {},
  ) {}

  /** Rows this room stored (their content is in its doc now). */
  stored(seqs: number[]): void {
    this.ownSeqs.push(...seqs);
    this.pending += seqs.length;
  }

  /**
   * Writes `snapshot(covered)` in place of the rows it covers, through the same writer as updates (so after
   * them). One at a time; a call during one folds what came since, once it is done.
   */
  run(snapshot: (covered: { baseSeq: number; ownSeqs: number[] }) => Uint8Array): Promise<void> {
    if (this.running) return this.running.then(() => this.run(snapshot));
    if (this.pending === 0) return Promise.resolve();
    const covered = { baseSeq: this.baseSeq, ownSeqs: this.ownSeqs };
    const counted = this.pending;
    this.ownSeqs = [];
    this.pending = 0;
    this.running = this.store
      .compact(this.ref, snapshot(covered), covered)
      .then(
        // The snapshot row is ours too: the next compaction replaces it.
        (snapshotSeq) => {
          this.ownSeqs.unshift(snapshotSeq);
          this.onSnapshot(snapshotSeq);
        },
        (error: Error) => {
          this.ownSeqs = [...covered.ownSeqs, ...this.ownSeqs];
          this.pending += counted;
          throw error;
        },
      )
      .finally(() => (this.running = null));
    return this.running;
  }
}
