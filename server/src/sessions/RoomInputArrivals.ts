/** The key a session's waiting requests are filed under. */
export function roomInputKey(ref: { workspaceId: string; sessionId: string }): string {
  return `${ref.workspaceId}/${ref.sessionId}`;
}

/**
 * Wakes the presenters' waiting requests when the room sends a message: `GET …/room-input?wait=`
 * answers as soon as one arrives instead of at the next poll. Each node holds its own requests;
 * with several nodes, a message taken by one is announced on the cluster's event channel and the
 * others wake theirs (createMinga's onClusterEvent).
 */
export class RoomInputArrivals {
  private readonly waiting = new Map<string, Set<() => void>>();

  /** Resolves when `notify(key)` is called, after `ms`, or when `signal` aborts, whichever comes first. */
  wait(key: string, ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const set = this.waiting.get(key) ?? new Set();
      this.waiting.set(key, set);
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        set.delete(done);
        if (set.size === 0 && this.waiting.get(key) === set) this.waiting.delete(key);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done);
      set.add(done);
    });
  }

  /** A message arrived for `key`: every request waiting for it answers now. */
  notify(key: string): void {
    for (const done of [...(this.waiting.get(key) ?? [])]) done();
  }

  /** The server is closing: nobody waits any more. */
  releaseAll(): void {
    for (const key of [...this.waiting.keys()]) this.notify(key);
  }
}
