import * as Y from 'yjs';
import type { VersionRepo } from '../storage/VersionRepo.ts';
import type { SyncRoom } from './SyncRoom.ts';

export interface AutoVersionOptions {
  /** A burst of activity ends after this long without a change. */
  idleMs: number;
  /** How often rooms are checked. */
  checkEveryMs: number;
}

/** Saves an automatic version of a doc when a burst of activity ends, and before it leaves memory. */
export class AutoVersions {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly versions: VersionRepo,
    private readonly options: AutoVersionOptions,
  ) {}

  start(loadedRooms: () => Promise<SyncRoom[]>): void {
    this.timer = setInterval(() => {
      void loadedRooms().then((rooms) => {
        const now = Date.now();
        for (const room of rooms) {
          if (room.changesSinceVersion > 0 && now - room.lastChangeAt >= this.options.idleMs) this.save(room);
        }
      });
    }, this.options.checkEveryMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Saves a version if the room changed since the last one. */
  save(room: SyncRoom): void {
    if (room.changesSinceVersion === 0 || room.broken) return;
    const author = [...room.editorsSinceVersion].join(', ');
    this.versions.save(room.ref, 'auto', '', author, Y.encodeStateAsUpdate(room.doc));
    room.markVersioned();
  }
}
