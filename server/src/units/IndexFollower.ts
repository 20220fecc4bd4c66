import type { Logger } from 'pino';
import { yDocToUnit } from '@minga/doc-model';
import type { DocRegistry } from '../storage/DocRegistry.ts';
import type { SyncRoom } from '../sync/SyncRoom.ts';
import type { UnitIndex } from './UnitIndex.ts';

/**
 * Keeps the library's index in step with live unit documents: after a change, and once the
 * doc has been quiet for `debounceMs`, the unit is read back to JSON and re-indexed.
 */
export class IndexFollower {
  private readonly pending = new Map<SyncRoom, NodeJS.Timeout>();

  constructor(
    private readonly registry: DocRegistry,
    private readonly index: UnitIndex,
    private readonly log: Logger,
    private readonly debounceMs = 1000,
  ) {}

  /** Starts following a freshly loaded room, if it is a unit. */
  follow(room: SyncRoom): void {
    room.doc.on('update', () => {
      if (this.registry.get(room.ref)?.kind !== 'unit') return;
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

  /** Indexes a unit doc now. */
  reindex(room: SyncRoom): void {
    this.pending.delete(room);
    try {
      this.index.upsert(room.ref, yDocToUnit(room.doc, room.ref.docId));
    } catch (error) {
      this.log.error({ err: error, doc: `${room.ref.workspaceId}/${room.ref.docId}` }, 'indexing a unit failed');
    }
  }
}
