import type { Logger } from 'pino';
import { CLOSE_CODES } from '@minga/schema';
import type { DocRef, DocStore } from '../storage/DocStore.ts';
import { SyncRoom, type SyncConnection } from './SyncRoom.ts';
import { DEFAULT_WRITE_LIMITS, WriteLoad } from './WriteLoad.ts';

/** The other nodes serving the same docs (see cluster/RedisCluster.ts); absent on a single node. */
export interface RoomCluster {
  /** Starts listening to a doc's live updates; called before the doc is read, so none is missed. */
  join(ref: DocRef): void;
  /** The room is loaded and includes every stored update up to `lastSeq`. */
  attach(room: SyncRoom, lastSeq: number): void;
  /** Stops listening to a doc (it left memory). */
  leave(ref: DocRef): void;
}

function roomKey(ref: DocRef): string {
  return `${ref.workspaceId}/${ref.docId}`;
}

/** Loads docs on first use, keeps them while someone is connected, unloads them after a grace period. */
export class RoomManager {
  private readonly rooms = new Map<string, Promise<SyncRoom>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  /** Rooms pinned by server-side work (REST), so they are not unloaded underneath it. */
  private readonly pins = new Map<string, number>();
  private closing = false;
  /** Bytes and updates waiting for the disk, over all rooms; pauses sockets past the caps. */
  readonly writeLoad: WriteLoad;

  constructor(
    private readonly store: DocStore,
    private readonly log: Logger,
    private readonly options: {
      unloadGraceMs: number;
      compactEvery: number;
      /** Called once a room is loaded, before anyone reads it (layout migrations run; automatic versions and the library index follow it from here). */
      afterLoad?: (room: SyncRoom) => void | Promise<void>;
      /** Called before a room leaves memory (automatic versions and the index follower flush here). */
      beforeUnload?: (room: SyncRoom) => void;
      /** Back-pressure over the write queues (default: DEFAULT_WRITE_LIMITS). */
      writeLoad?: WriteLoad | undefined;
      /** Other nodes serving the same docs (MINGA_REDIS_URL). */
      cluster?: RoomCluster | undefined;
    },
  ) {
    this.writeLoad = options.writeLoad ?? new WriteLoad(DEFAULT_WRITE_LIMITS, log);
  }

  /** The room of a doc, loading it from storage if it is not in memory. */
  open(ref: DocRef): Promise<SyncRoom> {
    if (this.closing) return Promise.reject(new Error('server is closing'));
    const key = roomKey(ref);
    this.cancelUnload(key);
    let room = this.rooms.get(key);
    if (!room) {
      room = this.load(ref);
      this.rooms.set(key, room);
      room.catch(() => this.rooms.delete(key));
    }
    return room;
  }

  private async load(ref: DocRef): Promise<SyncRoom> {
    const started = performance.now();
    const cluster = this.options.cluster;
    cluster?.join(ref);
    let loaded: Awaited<ReturnType<DocStore['load']>>;
    try {
      loaded = await this.store.load(ref);
    } catch (error) {
      cluster?.leave(ref);
      throw error;
    }
    const { state, updateCount, lastSeq } = loaded;
    const room = new SyncRoom(ref, this.store, state, lastSeq, {
      compactEvery: this.options.compactEvery,
      load: this.writeLoad,
      onBroken: (broken, error) => this.dropBroken(broken, error),
      onCompactionFailed: (failed, error) => this.compactionFailed(failed, error),
    });
    cluster?.attach(room, lastSeq);
    if (updateCount > 1 && state) {
      // Fold the stored updates now, so the next load reads one row: the loaded state is the snapshot.
      room.compactLoaded(updateCount, state).catch((error: Error) => this.compactionFailed(room, error));
    }
    await this.options.afterLoad?.(room);
    this.log.debug({ doc: roomKey(ref), updateCount, ms: Math.round(performance.now() - started) }, 'doc loaded');
    return room;
  }

  /**
   * Runs `fn` on a doc's live room (loading it if needed); its changes are stored and relayed like a
   * client's. Resolves once they are on disk.
   */
  async withRoom<T>(ref: DocRef, fn: (room: SyncRoom) => T | Promise<T>): Promise<T> {
    const key = roomKey(ref);
    this.pins.set(key, (this.pins.get(key) ?? 0) + 1);
    try {
      const room = await this.open(ref);
      const result = await fn(room);
      await room.settled();
      return result;
    } finally {
      const n = (this.pins.get(key) ?? 1) - 1;
      if (n <= 0) this.pins.delete(key);
      else this.pins.set(key, n);
      void this.rooms.get(key)?.then((room) => this.releaseIfIdle(room));
    }
  }

  /** Called when a socket leaves: schedules the unload of an empty room. */
  releaseIfIdle(room: SyncRoom): void {
    const key = roomKey(room.ref);
    if (room.connections.size > 0 || this.pins.has(key) || this.unloadTimers.has(key)) return;
    const timer = setTimeout(() => {
      this.unloadTimers.delete(key);
      if (room.connections.size > 0 || this.pins.has(key)) return;
      if (room.queue.length > 0 && !room.broken) {
        // Updates of sockets that just left are still on their way to disk: unload after them.
        room.settled().then(() => this.releaseIfIdle(room), () => {});
        return;
      }
      this.rooms.delete(key);
      this.options.cluster?.leave(room.ref);
      try {
        this.options.beforeUnload?.(room);
      } catch (error) {
        this.log.error({ err: error, doc: key }, 'before-unload hook failed');
      }
      room
        .compact()
        .catch((error: Error) => this.compactionFailed(room, error))
        .finally(() => room.destroy());
      this.log.debug({ doc: key }, 'doc unloaded');
    }, this.options.unloadGraceMs);
    timer.unref();
    this.unloadTimers.set(key, timer);
  }

  private cancelUnload(key: string): void {
    const timer = this.unloadTimers.get(key);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(key);
    }
  }

  private compactionFailed(room: SyncRoom, error: Error): void {
    this.log.error({ err: error, doc: roomKey(room.ref) }, 'compaction failed; updates stay stored');
  }

  /** A room whose write failed is dropped; clients reconnect and resend what they hold. */
  private dropBroken(room: SyncRoom, error: Error): void {
    const key = roomKey(room.ref);
    this.log.error({ err: error, doc: key }, 'storage refused an update; dropping the room');
    this.rooms.delete(key);
    this.options.cluster?.leave(room.ref);
    this.cancelUnload(key);
    // Deferred: we are inside the doc's update event.
    setImmediate(() => room.destroy(CLOSE_CODES.storageUnavailable, 'storage unavailable, reconnect'));
  }

  /** Closes every socket of one doc (it went to the bin). */
  async closeDocConnections(ref: DocRef, code: number, reason: string): Promise<void> {
    const room = await this.rooms.get(roomKey(ref))?.catch(() => null);
    if (!room) return;
    for (const conn of [...room.connections.values()]) {
      conn.ws.close(code, reason);
      room.remove(conn.ws);
    }
    this.releaseIfIdle(room);
  }

  /** Closes, with `code`, every socket of a workspace that `shouldClose` selects (key rotation). */
  async closeConnections(workspaceId: string, shouldClose: (conn: SyncConnection) => boolean, code: number, reason: string): Promise<number> {
    let closed = 0;
    for (const [key, roomPromise] of this.rooms) {
      if (!key.startsWith(`${workspaceId}/`)) continue;
      const room = await roomPromise.catch(() => null);
      if (!room) continue;
      for (const conn of [...room.connections.values()]) {
        if (!shouldClose(conn)) continue;
        conn.ws.close(code, reason);
        room.remove(conn.ws);
        closed++;
      }
      this.releaseIfIdle(room);
    }
    return closed;
  }

  /** Number of docs in memory. */
  get size(): number {
    return this.rooms.size;
  }

  /** Compacts and closes every room; sockets get 1001 (going away) so clients retry later. */
  async closeAll(): Promise<void> {
    this.closing = true;
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    const rooms = (await Promise.all([...this.rooms.values()].map((p) => p.catch(() => null)))).filter((r) => r !== null);
    this.rooms.clear();
    for (const room of rooms) this.options.cluster?.leave(room.ref);
    await Promise.all(
      rooms.map(async (room) => {
        try {
          // What was accepted is written and relayed before the sockets close.
          await room.settled();
          this.options.beforeUnload?.(room);
          await room.compact();
        } catch (error) {
          this.log.error({ err: error, doc: roomKey(room.ref) }, 'compaction failed on shutdown; updates stay stored');
        }
        room.destroy(CLOSE_CODES.goingAway, 'server shutting down');
      }),
    );
  }
}
