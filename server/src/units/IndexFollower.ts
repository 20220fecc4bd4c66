import type { Logger } from 'pino';
import { yDocToSession, yDocToUnit } from '@minga/doc-model';
import type { DocRegistry } from '../storage/DocRegistry.ts';
import type { SyncRoom } from '../sync/SyncRoom.ts';
import type { UnitIndex } from './UnitIndex.ts';
import type { SessionIndex } from '../sessions/SessionIndex.ts';
import { QuietTimer } from '../sync/QuietTimer.ts';

/**
 * Keeps the indexes in step with live documents: after a change to a unit or a session, once the
 * doc has been quiet for `debounceMs`, it is read back to JSON and re-indexed.
 */
export class IndexFollower {
  /** Rooms changed and not yet re-indexed, each waiting for its doc to go quiet. */
  private readonly pending = new Map<SyncRoom, QuietTimer>();
  /** Rooms known to hold a unit or a session. */
  private readonly kinds = new WeakMap<SyncRoom, 'unit' | 'session'>();
  /** Rooms the registry last said were neither, and when: asked again only after `recheckMs`. */
  private readonly notIndexed = new WeakMap<SyncRoom, number>();

  constructor(
    private readonly registry: DocRegistry,
    private readonly index: UnitIndex,
    private readonly sessions: SessionIndex,
    private readonly log: Logger,
    private readonly debounceMs = 1000,
    /**
     * How long "neither a unit nor a session" is believed. A doc may become one while loaded (a unit
     * created over an empty doc someone had open); asking after every quiet spell cost a registry
     * read per doc per second under load.
     */
    private readonly recheckMs = 30_000,
  ) {}

  /** Starts following a freshly loaded room; only units and sessions are indexed (see reindex). */
  follow(room: SyncRoom): void {
    // A keystroke only notes the time: what the doc is gets read once it has gone quiet.
    room.onChange(() => {
      let quiet = this.pending.get(room);
      if (!quiet) {
        quiet = new QuietTimer(this.debounceMs, () => this.reindex(room));
        this.pending.set(room, quiet);
      }
      quiet.note();
    });
  }

  /** Indexes now whatever is waiting for this room (before it leaves memory). */
  flush(room: SyncRoom): void {
    const quiet = this.pending.get(room);
    if (!quiet) return;
    quiet.cancel();
    // Asked again whatever was believed: the last chance to index what the room holds.
    this.notIndexed.delete(room);
    this.reindex(room);
  }

  /**
   * Indexes a unit or session doc now: read here, written by the writer thread after the doc's own
   * updates. What the doc is comes from the registry once per loaded room (a doc's kind is set
   * before its content); until known, the doc is read after the registry answers.
   */
  reindex(room: SyncRoom): void {
    this.pending.delete(room);
    const failed = (error: unknown) => this.log.error({ err: error, doc: `${room.ref.workspaceId}/${room.ref.docId}` }, 'indexing failed');
    const known = this.kinds.get(room);
    if (known) {
      this.indexAs(room, known, failed);
      return;
    }
    const askedAt = this.notIndexed.get(room);
    if (askedAt !== undefined && performance.now() - askedAt < this.recheckMs) return;
    this.registry
      .get(room.ref)
      .then((entry) => {
        if (entry?.kind !== 'unit' && entry?.kind !== 'session') {
          this.notIndexed.set(room, performance.now());
          return;
        }
        this.notIndexed.delete(room);
        this.kinds.set(room, entry.kind);
        this.indexAs(room, entry.kind, failed);
      })
      .catch(failed);
  }

  private indexAs(room: SyncRoom, kind: 'unit' | 'session', failed: (error: unknown) => void): void {
    try {
      if (kind === 'unit') this.index.upsert(room.ref, yDocToUnit(room.doc, room.ref.docId)).catch(failed);
      else this.sessions.upsert(room.ref, yDocToSession(room.doc, room.ref.docId)).catch(failed);
    } catch (error) {
      failed(error);
    }
  }
}
