import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { DocRef } from '../storage/DocStore.ts';
import type { SyncConnection, SyncRoom } from './SyncRoom.ts';
import { QuietTimer } from './QuietTimer.ts';

export interface AutoVersionOptions {
  /** A burst of activity ends after this long without a change. */
  idleMs: number;
}

/** What happened to one loaded doc since its last automatic version. */
interface Period {
  /** Changes this node accepted (its sockets' updates, REST edits, a layout migration). */
  changes: number;
  /** Who made this node's changes. */
  readonly editors: Set<string>;
  /** The names each of the room's sockets announces in its awareness, read when that awareness changes. */
  readonly names: WeakMap<SyncConnection, string[]>;
  /** Waits, while this node has changes, for the doc to go quiet (changes here or on another node). */
  readonly quiet: QuietTimer;
}

/**
 * Writes an automatic version: `VersionRepo.save` on one node; with several, the first node whose
 * burst ended takes it and the others add their editors (`PostgresVersionRepo.saveAutoOnce`).
 */
export type SaveAutoVersion = (ref: DocRef, author: string, snapshot: Uint8Array) => Promise<unknown>;

/** Longest name kept for a version's author line. */
const MAX_NAME_LENGTH = 100;

/**
 * Saves an automatic version of a doc when a burst of activity ends, and before it leaves memory.
 * It follows rooms from outside, as the index follower does: the doc's updates say when it last
 * changed, the room's `onAccept` says which socket made a change here, and the room's awareness
 * says, once per change of a socket's presence, the name that socket goes by.
 */
export class AutoVersions {
  private readonly periods = new Map<SyncRoom, Period>();

  constructor(
    private readonly saveVersion: SaveAutoVersion,
    private readonly options: AutoVersionOptions,
    private readonly onError: (error: Error) => void = () => {},
  ) {}

  /** Starts following a freshly loaded room (before its layout is migrated: a migration is a change too). */
  follow(room: SyncRoom): void {
    const period: Period = { changes: 0, editors: new Set(), names: new WeakMap(), quiet: new QuietTimer(this.options.idleMs, () => this.quietAgain(room, period)) };
    this.periods.set(room, period);
    // Every change, this node's once stored and other nodes' as they arrive: a burst ends when the
    // doc is quiet everywhere, so every node holding it sees the same end, within Redis's delay.
    room.onChange(() => period.quiet.note(false));
    room.doc.on('destroy', () => {
      period.quiet.cancel();
      this.periods.delete(room);
    });
    room.onAccept((conn) => {
      period.changes++;
      if (conn) for (const name of period.names.get(conn) ?? []) period.editors.add(name);
      period.quiet.note();
    });
    // The room's own listener runs first, so the socket's awareness ids are up to date here.
    room.awareness.on('update', (_change: unknown, origin: unknown) => {
      const conn = room.connections.get(origin as WebSocket);
      if (conn) period.names.set(conn, announcedNames(room, conn));
    });
  }

  /** Credits a change the server made (a REST edit) to `author`, for the next automatic version. */
  credit(room: SyncRoom, author: string): void {
    this.periods.get(room)?.editors.add(author);
  }

  /** Who changed the doc on this node since its last automatic version. */
  editorsSince(room: SyncRoom): string[] {
    return [...(this.periods.get(room)?.editors ?? [])];
  }

  /** Stops every timer (the server is closing: rooms are versioned as they unload). */
  stop(): void {
    for (const period of this.periods.values()) period.quiet.cancel();
  }

  /** The doc has been quiet for `idleMs`: a version, unless a change is still on its way to the disk (the burst goes on). */
  private quietAgain(room: SyncRoom, period: Period): void {
    if (period.changes === 0) return;
    if (room.queue.length > 0) period.quiet.note();
    else void this.save(room).catch(this.onError);
  }

  /**
   * Saves a version if this node changed the room since the last one. The snapshot is taken now,
   * from the served doc (what is on disk), and written after the doc's updates; a change still on
   * its way to the disk waits for the next round, so no version claims a change it does not hold.
   */
  async save(room: SyncRoom): Promise<void> {
    const period = this.periods.get(room);
    if (!period || period.changes === 0 || room.broken || room.queue.length > 0) return;
    const author = [...period.editors].join(', ');
    const snapshot = Y.encodeStateAsUpdate(room.doc);
    period.changes = 0;
    period.editors.clear();
    await this.saveVersion(room.ref, author, snapshot);
  }
}

/** The names a socket's awareness states announce (`user.name`), trimmed; usually one. */
function announcedNames(room: SyncRoom, conn: SyncConnection): string[] {
  const names: string[] = [];
  for (const id of conn.awarenessIds) {
    const name = (room.awareness.getStates().get(id) as { user?: { name?: unknown } } | undefined)?.user?.name;
    if (typeof name === 'string' && name.trim()) names.push(name.trim().slice(0, MAX_NAME_LENGTH));
  }
  return names;
}
