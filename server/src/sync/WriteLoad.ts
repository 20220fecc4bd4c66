import type { WebSocket } from 'ws';
import type { Logger } from 'pino';
import { CLOSE_CODES } from '@minga/schema';

export interface WriteLimits {
  /** Bytes one doc may have waiting for the disk before the sockets feeding it are paused. */
  docBytes: number;
  /** The same, for all docs together. */
  totalBytes: number;
  /** A socket paused this long is closed with 1013, so its client reconnects and resends. */
  pausedCloseMs: number;
}

/** Caps that keep memory bounded when the disk is slow, with room for the largest message. */
export const DEFAULT_WRITE_LIMITS: WriteLimits = { docBytes: 16 * 2 ** 20, totalBytes: 256 * 2 ** 20, pausedCloseMs: 10_000 };

/** What a paused socket feeds: how many of its doc's bytes wait for the disk. */
interface Feeds {
  readonly bytes: number;
}

/**
 * Back-pressure for the write path. Updates are never dropped: when the disk falls behind and the
 * bytes waiting for it pass a cap, the sockets still sending are paused (TCP pushes back to their
 * clients), and closed with 1013 (try again later) if that lasts. They resume once the queues are
 * back under half the cap. Logs once on entering and once on leaving.
 */
export class WriteLoad {
  /** Updates and bytes accepted and not yet on disk, over all docs. */
  updates = 0;
  bytes = 0;
  private readonly busyDocs = new Set<Feeds>();
  private readonly paused = new Map<WebSocket, { doc: Feeds; timer: NodeJS.Timeout }>();
  private closedForLoad = 0;

  constructor(
    private readonly limits: WriteLimits,
    private readonly log: Logger,
  ) {}

  /** An update of `doc` (already counted in its bytes) now waits for the disk. */
  queued(doc: Feeds, bytes: number): void {
    this.updates++;
    this.bytes += bytes;
    this.busyDocs.add(doc);
  }

  /** Updates of `doc` reached the disk (or were given up with a broken room). */
  written(doc: Feeds, updates: number, bytes: number): void {
    this.updates -= updates;
    this.bytes -= bytes;
    if (doc.bytes === 0) this.busyDocs.delete(doc);
    if (this.paused.size > 0) this.resumeWhatFits();
  }

  /** After accepting an update from `ws` into `doc`: pauses the socket if a cap is passed. */
  afterAccept(ws: WebSocket, doc: Feeds): void {
    if (doc.bytes <= this.limits.docBytes && this.bytes <= this.limits.totalBytes) return;
    if (this.paused.has(ws) || ws.readyState !== ws.OPEN) return;
    if (this.paused.size === 0) this.log.warn(this.depth(), 'disk behind: write queue over its cap, pausing the sockets that feed it');
    ws.pause();
    const timer = setTimeout(() => {
      this.forget(ws);
      this.closedForLoad++;
      // Reading again lets the closing handshake finish (what it brings is still accepted, never dropped).
      ws.resume();
      ws.close(CLOSE_CODES.tryAgainLater, 'server busy, reconnect');
    }, this.limits.pausedCloseMs);
    timer.unref();
    this.paused.set(ws, { doc, timer });
  }

  /** A socket left: stop tracking it. */
  forget(ws: WebSocket): void {
    const entry = this.paused.get(ws);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.paused.delete(ws);
    if (this.paused.size === 0) this.log.info(this.depth(), 'write queue back under its cap');
  }

  /** Queue depth for /healthz and the logs. */
  depth() {
    return {
      docs: this.busyDocs.size,
      updates: this.updates,
      bytes: this.bytes,
      pausedSockets: this.paused.size,
      closedForLoad: this.closedForLoad,
    };
  }

  private resumeWhatFits(): void {
    if (this.bytes > this.limits.totalBytes / 2) return;
    for (const [ws, { doc }] of this.paused) {
      if (doc.bytes > this.limits.docBytes / 2) continue;
      this.forget(ws);
      if (ws.readyState === ws.OPEN) ws.resume();
    }
  }
}
