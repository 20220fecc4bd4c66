/**
 * Calls `onQuiet` once no change has been noted for `quietMs`: one timer per burst, which sleeps
 * again for what is left of the quiet time when a change came meanwhile (a timer cleared and set
 * again per keystroke was a measurable share of the live path).
 */
export class QuietTimer {
  private timer: NodeJS.Timeout | null = null;
  private lastChangeAt = 0;

  constructor(
    private readonly quietMs: number,
    private readonly onQuiet: () => void,
  ) {}

  /** Notes a change now; `wait: false` only moves the end of a wait already running. */
  note(wait = true): void {
    this.lastChangeAt = Date.now();
    if (wait && !this.timer) this.sleep();
  }

  get waiting(): boolean {
    return this.timer !== null;
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private sleep(): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      if (Date.now() - this.lastChangeAt < this.quietMs) this.sleep();
      else this.onQuiet();
    }, Math.max(1, this.lastChangeAt + this.quietMs - Date.now()));
    this.timer.unref();
  }
}
