// Counts every edit sent during a run and every receipt of it at another client, with its latency.
// Edits from before the run (met again at a client's first sync) are not counted.

/** Latency percentiles in milliseconds. */
export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export class DeliveryRecorder {
  private readonly pending = new Map<string, number>();
  private readonly latencies: number[] = [];
  expected = 0;
  delivered = 0;

  /** `recording` false: nothing counts until `start()` (edits before a measured window). */
  constructor(private recording = true) {}

  /** Counts the edits sent from now on. */
  start(): void {
    this.recording = true;
  }

  /** An edit was sent that `receivers` other clients should get. */
  sent(key: string, receivers: number): void {
    if (!this.recording) return;
    this.pending.set(key, receivers);
    this.expected += receivers;
  }

  /** A client got the edit `key`, `latencyMs` after it was sent. */
  received(key: string, latencyMs: number): void {
    const left = this.pending.get(key);
    if (left === undefined || !this.recording) return;
    this.latencies.push(latencyMs);
    this.delivered++;
    if (left <= 1) this.pending.delete(key);
    else this.pending.set(key, left - 1);
  }

  /** Receipts still missing. */
  get missing(): number {
    return this.expected - this.delivered;
  }

  /** Resolves when every edit reached every receiver, or after `graceMs`; then stops counting. */
  async settle(graceMs: number): Promise<void> {
    const deadline = performance.now() + graceMs;
    while (this.missing > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    this.recording = false;
  }

  summary(): LatencySummary {
    return latencySummary(this.latencies);
  }
}

/** The percentiles of some durations in milliseconds (NaN for none). */
export function latencySummary(values: ArrayLike<number>): LatencySummary {
  const sorted = Float64Array.from(values).sort();
  const at = (q: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.length === 0 ? NaN : sorted[sorted.length - 1]! };
}
