/**
 * Addresses whose sockets were closed for bad frames again and again: past `limit` strikes in a
 * window, their new sockets are refused at once (4429) until the window ends, so a bad client's
 * reconnection loop costs it its connections, not the server its work.
 */
export class AddressPenalty {
  private readonly strikes = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly limit = 20,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one socket closed for a bad frame. */
  strike(address: string): void {
    const now = this.now();
    const entry = this.strikes.get(address);
    if (!entry || now - entry.since > this.windowMs) {
      if (this.strikes.size > 10_000) this.prune(now);
      this.strikes.set(address, { count: 1, since: now });
    } else {
      entry.count++;
    }
  }

  /** True while an address is past its strikes for this window. */
  isSlowed(address: string): boolean {
    const entry = this.strikes.get(address);
    return entry !== undefined && this.now() - entry.since <= this.windowMs && entry.count >= this.limit;
  }

  private prune(now: number): void {
    for (const [address, entry] of this.strikes) if (now - entry.since > this.windowMs) this.strikes.delete(address);
  }
}
