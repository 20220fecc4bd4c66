import type { Logger } from 'pino';

/**
 * Refused sync messages, logged once per address and window, then only counted: an attacker
 * sending thousands of bad frames costs the log a line a minute, not a line a frame.
 */
export class RefusalLog {
  private readonly seen = new Map<string, { count: number; lastReason: string }>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly log: Logger,
    windowMs = 60_000,
  ) {
    this.timer = setInterval(() => this.flush(), windowMs);
    this.timer.unref();
  }

  /** Notes one refused message (its socket is being closed). */
  refused(address: string, doc: string, reason: string): void {
    const entry = this.seen.get(address);
    if (entry) {
      entry.count++;
      entry.lastReason = reason;
      return;
    }
    this.seen.set(address, { count: 1, lastReason: reason });
    this.log.warn({ address, doc, reason }, 'bad sync message; closing that socket (more from this address are counted, not logged)');
  }

  /** Writes one line per address that was refused again since its first line, and starts over. */
  flush(): void {
    for (const [address, { count, lastReason }] of this.seen) {
      if (count > 1) this.log.warn({ address, refused: count - 1, lastReason }, 'more bad sync messages from this address');
    }
    this.seen.clear();
  }

  /** Stops the timer (server shutdown). */
  close(): void {
    clearInterval(this.timer);
    this.flush();
  }
}
