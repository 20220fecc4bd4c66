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
    private readonly onError: (error: Error) => void = () => {},
    /** With several nodes: true for the one node that takes this version (coordinated in Postgres). */
    private readonly claim?: (room: SyncRoom) => Promise<boolean>,
  ) {}

  start(loadedRooms: () => Promise<SyncRoom[]>): void {
    this.timer = setInterval(() => {
      void loadedRooms().then((rooms) => {
        const now = Date.now();
        for (const room of rooms) {
          if (room.changesSinceVersion > 0 && now - room.lastChangeAt >= this.options.idleMs) void this.save(room).catch(this.onError);
        }
      });
    }, this.options.checkEveryMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Saves a version if the room changed since the last one (the snapshot is taken now, written after the doc's updates). */
  async save(room: SyncRoom): Promise<void> {
    if (room.changesSinceVersion === 0 || room.broken) return;
    const author = [...room.editorsSinceVersion].join(', ');
    const snapshot = Y.encodeStateAsUpdate(room.doc);
    room.markVersioned();
    // Another node took it: its snapshot includes these changes too (they reached it through Redis).
    if (this.claim && !(await this.claim(room))) return;
    await this.versions.save(room.ref, 'auto', '', author, snapshot);
  }
}
