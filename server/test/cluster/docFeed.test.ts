import { describe, expect, it } from 'vitest';
import { DocFeed } from '../../src/cluster/DocFeed.ts';
import { waitFor } from '../helpers.ts';

const bytes = (n: number) => new Uint8Array([n]);

/** A feed over a stored log (what Postgres holds), recording what reaches the room, in order. */
function feedOver(stored: Map<number, number>, loadedSeq = 0) {
  const applied: number[] = [];
  const reads: number[] = [];
  const feed = new DocFeed({
    updatesSince: async (after) => {
      reads.push(after);
      return [...stored].filter(([seq]) => seq > after).sort((a, b) => a[0] - b[0]).map(([seq, v]) => ({ seq, data: bytes(v) }));
    },
    gapWaitMs: 20,
    retryMs: 20,
    onError: () => undefined,
  });
  feed.attach({ applyStored: (updates) => applied.push(...updates.map((u) => u[0]!)) }, loadedSeq);
  return { feed, applied, reads };
}

describe('DocFeed: updates of other nodes reach the room in number order', () => {
  it('applies messages that arrive crossed in order, without reading Postgres', () => {
    const { feed, applied, reads } = feedOver(new Map(), 3);
    feed.receive([{ seq: 5, data: bytes(5) }]);
    expect(applied).toEqual([]);
    feed.receive([{ seq: 4, data: bytes(4) }]);
    expect(applied).toEqual([4, 5]);
    expect(reads).toEqual([]);
  });

  it('counts its own writes and compactions as held, so they leave no gap', () => {
    const { feed, applied } = feedOver(new Map(), 0);
    feed.hold([1, 2]);
    feed.receive([{ seq: 4, data: bytes(4) }]);
    feed.receive([{ seq: 3, data: null }]);
    expect(applied).toEqual([4]);
    expect(feed.newest).toBe(4);
  });

  it('reads a gap that stays from Postgres before relaying anything newer', async () => {
    const stored = new Map([[1, 1], [2, 2], [3, 3]]);
    const { feed, applied, reads } = feedOver(stored, 1);
    feed.receive([{ seq: 3, data: bytes(3) }]);
    expect(applied).toEqual([]);
    await waitFor(() => applied.length > 0, 'the catch-up');
    expect(reads).toEqual([1]);
    expect(applied).toEqual([2, 3]);
    feed.receive([{ seq: 3, data: bytes(3) }]);
    expect(applied).toEqual([2, 3]);
  });

  it('catches up when another node says it holds more (after Redis was lost)', async () => {
    const stored = new Map([[1, 1], [2, 2], [7, 7]]);
    const { feed, applied } = feedOver(stored, 1);
    feed.head(7);
    await waitFor(() => applied.length === 2, 'the catch-up');
    expect(applied).toEqual([2, 7]);
    expect(feed.newest).toBe(7);
  });
});
