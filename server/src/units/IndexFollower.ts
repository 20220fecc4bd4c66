import type { Logger } from 'pino';
import { yDocToSession, yDocToUnit } from '@minga/doc-model';
import type { DocRegistry } from '../storage/DocRegistry.ts';
import type { SyncRoom } from '../sync/SyncRoom.ts';
import type { UnitIndex } from './UnitIndex.ts';
import type { SessionIndex } from '../sessions/SessionIndex.ts';

/**
 * Keeps the indexes in step with live documents: after a change to a unit or a session, once the
 * doc has been quiet for `debounceMs`, it is read back to JSON and re-indexed.
 */
export class IndexFollower {
  private readonly pending = new Map<SyncRoom, NodeJS.Timeout>();

  constructor(
    private readonly registry: DocRegistry,
    private readonly index: UnitIndex,
    private readonly sessions: SessionIndex,
    private readonly log: Logger,
    private readonly debounceMs = 1000,
  ) {}

  /** Starts following a freshly loaded room; only units and sessions are indexed (see reindex). */
  follow(room: SyncRoom): void {
    // Nothing but a timer per keystroke: what the doc is gets read once it has gone quiet.
    room.doc.on('update', () => {
      clearTimeout(this.pending.get(room));
      const timer = setTimeout(() => this.reindex(room), this.debounceMs);
      timer.unref();
      this.pending.set(room, timer);
    });
  }

  /** Indexes now whatever is waiting for this room (before it leaves memory). */
  flush(room: SyncRoom): void {
    const timer = this.pending.get(room);
    if (!timer) return;
    clearTimeout(timer);
    this.reindex(room);
  }

  /** Indexes a unit or session doc now: read here, written by the writer thread after the doc's own updates. */
  reindex(room: SyncRoom): void {
    this.pending.delete(room);
    const failed = (error: unknown) => this.log.error({ err: error, doc: `${room.ref.workspaceId}/${room.ref.docId}` }, 'indexing failed');
    try {
      const kind = this.registry.get(room.ref)?.kind;
      if (kind === 'unit') this.index.upsert(room.ref, yDocToUnit(room.doc, room.ref.docId)).catch(failed);
      if (kind === 'session') this.sessions.upsert(room.ref, yDocToSession(room.doc, room.ref.docId)).catch(failed);
    } catch (error) {
      failed(error);
    }
  }
}
