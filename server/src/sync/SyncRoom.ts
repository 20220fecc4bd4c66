import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import type { Role } from '@minga/schema';
import type { VersionedDocKind } from '@minga/doc-model';
import { CLOSE_CODES, isPresenceDocId } from '@minga/schema';
import type { DocRef, DocStore } from '../storage/DocStore.ts';
import { DurableQueue, type QueuedUpdate } from './DurableQueue.ts';
import { RoomCompaction } from './RoomCompaction.ts';
import type { WriteLoad } from './WriteLoad.ts';
import { BadMessageError } from './BadMessageError.ts';
import { decodeAwareness, editorNamesOf, encodeAwareness, screenEntries, takeAwarenessToken } from './awarenessPolicy.ts';

export { BadMessageError };

// Message types of the y-websocket protocol.
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_AUTH = 2;
const MESSAGE_QUERY_AWARENESS = 3;

/** One client socket in a room. */
export interface SyncConnection {
  ws: WebSocket;
  role: Role;
  /** Its document updates are stored: an edit key anywhere, a comment key in a comments doc. */
  writes: boolean;
  /** The key it connected with, checked again whenever the workspace's keys change. */
  key: string;
  /** Awareness client ids this socket speaks for; removed when it leaves. */
  awarenessIds: Set<number>;
}

/** Told of one change accepted here: the socket it came from, or null for the server's own (see SyncRoom.onAccept). */
export type AcceptListener = (conn: SyncConnection | null) => void;

/** Told that the served doc changed (see SyncRoom.onChange). */
export type ChangeListener = () => void;

/**
 * A loaded state at least this large is kept, while the doc does not change, to answer a client
 * that holds nothing (a new tab, a first visit) with it as it is: encoding a large doc again for
 * each such client held the event loop (a doc of 100 000 edits: 20–30 ms per client).
 */
const KEEP_LOADED_STATE_BYTES = 64 * 1024;

/** Origin of the transactions that apply stored updates to the served doc. */
const STORED = Symbol('stored');
/** Origin of presence that came from another node (already screened there; not sent back). */
const REMOTE = Symbol('remote');

/** How a room tells the other nodes what changed here (wired only with MINGA_REDIS_URL). */
export interface RoomLink {
  /** Updates of this room now committed, with their numbers (`data` null: a compaction's snapshot). */
  stored(updates: { seq: number; data: Uint8Array | null }[]): void;
  /** Presence changed by this node's sockets (an awareness update). */
  awareness(update: Uint8Array): void;
}

/**
 * One document in memory and the sockets editing it.
 * `doc` holds only what is on disk: an accepted update waits in `queue` (validated, handed to the
 * store at once) and is applied and relayed only once stored, in the order updates were accepted.
 * So nothing the server sends (relays, sync replies, REST reads, exports, index) can be lost by a crash.
 */
export class SyncRoom {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Map<WebSocket, SyncConnection>();
  /** The socket each local awareness id belongs to (the union of the connections' `awarenessIds`): one lookup per presence entry. */
  private readonly awarenessOwners = new Map<number, SyncConnection>();
  /** Accepted updates waiting for the disk. */
  readonly queue: DurableQueue;
  private readonly compaction: RoomCompaction;
  private destroyed = false;
  /** A presence doc carries awareness only: nobody's updates are kept there (see presenceDocId). */
  private readonly awarenessOnly: boolean;
  /** Set when the store refused a write: the room must be dropped and reloaded from disk. */
  broken = false;
  /** Which versioned layout the doc has (unit, session, comments), set once loaded; null for others. */
  layoutKind: VersionedDocKind | null = null;
  /** The other nodes, when there are some. */
  link: RoomLink | null = null;
  /** Who follows the changes accepted here (automatic versions): see `onAccept`. */
  private readonly acceptListeners = new Set<AcceptListener>();
  /** Who follows the changes of the served doc (index, automatic versions): see `onChange`. */
  private readonly changeListeners = new Set<ChangeListener>();
  /** The state the doc was loaded from, while the doc is still exactly that (large docs only; see KEEP_LOADED_STATE_BYTES). */
  private loadedState: Uint8Array | null = null;

  constructor(
    readonly ref: DocRef,
    private readonly store: DocStore,
    state: Uint8Array | null,
    lastSeq: number,
    private readonly options: {
      compactEvery: number;
      load: WriteLoad;
      onBroken: (room: SyncRoom, error: Error) => void;
      onCompactionFailed: (room: SyncRoom, error: Error) => void;
    },
  ) {
    this.awarenessOnly = isPresenceDocId(ref.docId);
    this.compaction = new RoomCompaction(ref, store, lastSeq, (seq) => this.link?.stored([{ seq, data: null }]));
    this.queue = new DurableQueue(
      (update) => this.store.append(this.ref, update),
      (run) => this.onStored(run),
      (error, dropped) => this.onWriteFailed(error, dropped),
    );
    // A guid of its own spares Yjs a random UUID per doc (one WebCrypto call per hex digit, which 3,000 rooms loading at once felt).
    this.doc = new Y.Doc({ gc: true, guid: `${ref.workspaceId}/${ref.docId}` });
    if (state) Y.applyUpdate(this.doc, state);
    // A copy: the loaded bytes themselves are moved to the writer by the compaction on load.
    if (state && state.byteLength >= KEEP_LOADED_STATE_BYTES) this.loadedState = state.slice();
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  private onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (this.broken) return;
    // Stored updates are relayed as applied; a change the server made itself (REST) is queued like a client's.
    if (origin === STORED) this.relay(update);
    else this.accept(update, true, null);
    this.changed();
  };

  private changed(): void {
    this.loadedState = null;
    for (const listener of this.changeListeners) listener();
  }

  /**
   * Calls `listener` after every change of the served doc: this node's updates once stored, other
   * nodes' as they arrive, the server's own as made. Not a doc 'update' listener: Yjs encodes every
   * transaction for those, which a run applied and relayed as received does not need (see applyAndRelay).
   * Returns the unsubscribe.
   */
  onChange(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /**
   * Applies stored updates to the served doc in one transaction and relays them. A lone update is
   * relayed as it came, its bytes as stored: with no 'update' listener on the doc during its
   * transaction, Yjs does not encode it again. Several are relayed as Yjs encodes their
   * transaction: one message per socket, not one per update.
   */
  private applyAndRelay(updates: Uint8Array[]): void {
    if (updates.length === 0) return;
    // Before Yjs sees them: updates that only add content the doc cannot place yet fire no 'update', yet the doc holds them.
    this.loadedState = null;
    const lone = updates.length === 1 ? updates[0]! : null;
    if (lone) this.doc.off('update', this.onDocUpdate);
    try {
      Y.transact(
        this.doc,
        () => {
          for (const update of updates) Y.applyUpdate(this.doc, update);
        },
        STORED,
      );
    } finally {
      if (lone) this.doc.on('update', this.onDocUpdate);
    }
    if (lone) {
      this.relay(lone);
      this.changed();
    }
  }

  /** Queues an update for the disk; `conn` is the socket it came from (paused if the queue is too long), null for the server's own. */
  private accept(update: Uint8Array, local: boolean, conn: SyncConnection | null): void {
    this.queue.push(update, local);
    this.options.load.queued(this.queue, update.byteLength);
    if (conn) this.options.load.afterAccept(conn.ws, this.queue);
    for (const listener of this.acceptListeners) listener(conn);
  }

  /**
   * Calls `listener` for every change this node accepts, as it is queued for the disk: with the
   * socket that sent it, or null for a change the server made (REST, a layout migration). Other
   * nodes' changes are not accepted here: they arrive as doc updates. Returns the unsubscribe.
   */
  onAccept(listener: AcceptListener): () => void {
    this.acceptListeners.add(listener);
    return () => this.acceptListeners.delete(listener);
  }

  /** A run of updates reached the disk, in acceptance order: apply the clients' ones in one transaction, relay all. */
  private onStored(run: QueuedUpdate[]): void {
    this.compaction.stored(run.map((entry) => entry.seq!));
    this.options.load.written(this.queue, run.length, run.reduce((n, entry) => n + entry.update.byteLength, 0));
    if (this.destroyed) return;
    this.applyAndRelay(run.filter((entry) => !entry.local).map((entry) => entry.update));
    for (const entry of run) if (entry.local) this.relay(entry.update);
    this.link?.stored(run.map((entry) => ({ seq: entry.seq!, data: entry.update })));
    if (this.compaction.pending >= this.options.compactEvery) {
      this.compact().catch((error: Error) => this.options.onCompactionFailed(this, error));
    }
  }

  /** Updates another node committed, in number order: applied in one transaction and relayed. */
  applyStored(updates: Uint8Array[]): void {
    if (this.destroyed || this.broken) return;
    this.applyAndRelay(updates);
  }

  /** Presence from another node's sockets: shown to this node's sockets. */
  applyRemoteAwareness(update: Uint8Array): void {
    if (this.destroyed) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE);
  }

  /** The presence of this node's own sockets, for a node that just opened the doc (null: none). */
  localAwareness(): Uint8Array | null {
    const ids = [...this.connections.values()].flatMap((c) => [...c.awarenessIds]).filter((id) => this.awareness.getStates().has(id));
    return ids.length > 0 ? awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids) : null;
  }

  /** The store refused a write: what waited is given up (never relayed); clients reconnect and resend. */
  private onWriteFailed(error: Error, dropped: { updates: number; bytes: number }): void {
    this.options.load.written(this.queue, dropped.updates, dropped.bytes);
    if (this.broken || this.destroyed) return;
    this.broken = true;
    this.options.onBroken(this, error);
  }

  private relay(update: Uint8Array): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    this.broadcast(encoding.toUint8Array(encoder));
  }

  /** Resolves once every update accepted so far is on disk and relayed. */
  settled(): Promise<void> {
    return this.queue.settled();
  }

  private onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const changed = [...added, ...updated, ...removed];
    const conn = origin instanceof Object ? this.connections.get(origin as WebSocket) : undefined;
    if (conn) {
      // `updated` too: a client that moved here from a node that died comes with an id known already.
      for (const id of [...added, ...updated]) {
        conn.awarenessIds.add(id);
        this.awarenessOwners.set(id, conn);
      }
      for (const id of removed) {
        conn.awarenessIds.delete(id);
        if (this.awarenessOwners.get(id) === conn) this.awarenessOwners.delete(id);
      }
    }
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    if (origin !== REMOTE) this.link?.awareness(update);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, update);
    this.broadcast(encoding.toUint8Array(encoder));
  };

  /** Adds a socket and starts the sync handshake with it. */
  add(ws: WebSocket, role: Role, key: string, writes = role === 'edit'): SyncConnection {
    const conn: SyncConnection = { ws, role, writes, key, awarenessIds: new Set() };
    this.connections.set(ws, conn);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    send(ws, encoding.toUint8Array(encoder));
    const states = this.awareness.getStates();
    if (states.size > 0) {
      const aw = encoding.createEncoder();
      encoding.writeVarUint(aw, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(aw, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()]));
      send(ws, encoding.toUint8Array(aw));
    }
    return conn;
  }

  /** Removes a socket and the awareness states it spoke for. */
  remove(ws: WebSocket): void {
    const conn = this.connections.get(ws);
    if (!conn) return;
    this.connections.delete(ws);
    this.options.load.forget(ws);
    for (const id of conn.awarenessIds) if (this.awarenessOwners.get(id) === conn) this.awarenessOwners.delete(id);
    if (conn.awarenessIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
      // Awareness keeps a clock for every client it ever saw: forget those of a socket that left.
      for (const id of conn.awarenessIds) this.awareness.meta.delete(id);
    }
  }

  /**
   * Handles one message of the y-websocket protocol from a socket of this room.
   * Throws BadMessageError for anything malformed, before it can touch the document.
   */
  handleMessage(conn: SyncConnection, data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    let messageType: number;
    try {
      messageType = decoding.readVarUint(decoder);
    } catch {
      throw new BadMessageError('empty or truncated message');
    }
    switch (messageType) {
      case MESSAGE_SYNC:
        this.handleSync(conn, decoder);
        break;
      case MESSAGE_AWARENESS:
        this.handleAwareness(conn, readBytes(decoder));
        break;
      case MESSAGE_QUERY_AWARENESS: {
        takeAwarenessToken(conn);
        const reply = encoding.createEncoder();
        encoding.writeVarUint(reply, MESSAGE_AWARENESS);
        encoding.writeVarUint8Array(
          reply,
          awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()]),
        );
        send(conn.ws, encoding.toUint8Array(reply));
        break;
      }
      case MESSAGE_AUTH:
        break; // Auth happens at connection time; nothing to do.
      default:
        throw new BadMessageError(`unknown message type ${messageType}`);
    }
  }

  private handleSync(conn: SyncConnection, decoder: decoding.Decoder): void {
    let syncType: number;
    try {
      syncType = decoding.readVarUint(decoder);
    } catch {
      throw new BadMessageError('truncated sync message');
    }
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      const stateVector = readBytes(decoder);
      try {
        Y.decodeStateVector(stateVector);
      } catch {
        throw new BadMessageError('malformed state vector');
      }
      if (this.queue.holdsLocal) {
        // The served doc holds a server-made change not yet on disk: answer once it is.
        void this.queue.settled().then(() => this.sendSyncStep2(conn, stateVector), () => {});
        return;
      }
      this.sendSyncStep2(conn, stateVector);
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new BadMessageError(`unknown sync message type ${syncType}`);
    }
    const received = readBytes(decoder);
    // A view key reads and follows but never writes, a comment key writes comment threads only:
    // their other updates are dropped here, like everyone's in a presence doc.
    if (!conn.writes || this.awarenessOnly) return;
    let decoded: ReturnType<typeof Y.decodeUpdate>;
    try {
      // Decoding checks the whole update before it is queued, so a bad one is refused at once.
      decoded = Y.decodeUpdate(received);
    } catch {
      throw new BadMessageError('malformed document update');
    }
    // An empty sync reply, or content the doc holds already: nothing to store, nobody credited.
    if (decoded.ds.clients.size === 0 && decoded.structs.every((s) => s.id.clock + s.length <= Y.getState(this.doc.store, s.id.client))) return;
    // A copy of its own: the message is a view into the socket's read buffer, which the queue would
    // keep alive until the commit and the writer thread would copy whole.
    this.accept(received.slice(), false, conn);
  }

  private handleAwareness(conn: SyncConnection, update: Uint8Array): void {
    const states = this.awareness.getStates() as Map<number, Record<string, unknown>>;
    // A socket may only speak for its own awareness ids, never for another person's. Stock
    // clients echo everyone's states back: those echoes are skipped here and cost nothing.
    const ownedByOther = (id: number) => {
      const owner = this.awarenessOwners.get(id);
      return owner !== undefined && owner !== conn;
    };
    const decoded = decodeAwareness(update);
    const entries = decoded.filter((entry) => !ownedByOther(entry.clientId) && (entry.state !== null || states.has(entry.clientId)));
    if (entries.length === 0) return;
    takeAwarenessToken(conn);
    const editorIds = () => [
      ...[...this.connections.values()].filter((c) => c.role === 'edit').flatMap((c) => [...c.awarenessIds]),
      // Another node's editors: their node screened them, and only a viewer's state says `viewer`.
      ...(this.link ? [...states].filter(([id, state]) => !this.isLocalAwareness(id) && !state.viewer).map(([id]) => id) : []),
    ];
    // Read-only sockets are shown as viewers: no presenting, no cursor, no editor's name.
    const screened = screenEntries(entries, conn.role, () => editorNamesOf(states, editorIds()));
    // An editor's message kept whole is applied as it came, not encoded again.
    const kept = conn.role === 'edit' && entries.length === decoded.length ? update : encodeAwareness(screened);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, kept, conn.ws);
    // A client that said goodbye leaves no clock behind (an id cycle would grow it forever).
    for (const entry of screened) if (entry.state === null && !states.has(entry.clientId)) this.awareness.meta.delete(entry.clientId);
  }

  private isLocalAwareness(id: number): boolean {
    return this.awarenessOwners.has(id);
  }

  private sendSyncStep2(conn: SyncConnection, stateVector: Uint8Array): void {
    if (this.destroyed || !this.connections.has(conn.ws)) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    if (this.loadedState && isEmptyStateVector(stateVector)) {
      // The whole doc for a client that holds nothing: the loaded state is exactly that.
      encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
      encoding.writeVarUint8Array(encoder, this.loadedState);
    } else {
      syncProtocol.writeSyncStep2(encoder, this.doc, stateVector);
    }
    send(conn.ws, encoding.toUint8Array(encoder));
  }

  /** Writes the doc as one snapshot in place of the stored updates it includes (see RoomCompaction). */
  compact(): Promise<void> {
    if (this.broken || this.destroyed) return Promise.resolve();
    return this.compaction.run(() => Y.encodeStateAsUpdate(this.doc));
  }

  /**
   * Folds the `count` stored updates the doc was loaded from into `loadedState` (the state this room
   * was made from, moved to the writer): encoding a large doc again would hold the event loop. Once
   * the room stored updates of its own the snapshot must include them, and the doc is encoded.
   */
  compactLoaded(count: number, loadedState: Uint8Array): Promise<void> {
    this.compaction.pending += count;
    if (this.broken || this.destroyed) return Promise.resolve();
    return this.compaction.run((covered) => (covered.ownSeqs.length === 0 ? loadedState : Y.encodeStateAsUpdate(this.doc)));
  }

  /** Closes every socket with the given code and frees the doc. */
  destroy(code: number = CLOSE_CODES.goingAway, reason = 'room closed'): void {
    this.destroyed = true;
    for (const conn of [...this.connections.values()]) {
      conn.ws.close(code, reason);
      this.remove(conn.ws);
    }
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.loadedState = null;
    this.acceptListeners.clear();
    this.changeListeners.clear();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private broadcast(message: Uint8Array): void {
    // One Buffer for every socket: ws would otherwise wrap the bytes once per socket.
    const frame = Buffer.from(message.buffer, message.byteOffset, message.byteLength);
    for (const conn of this.connections.values()) send(conn.ws, frame);
  }
}

/** A state vector that names no client: its sender holds nothing of the doc. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.byteLength === 1 && stateVector[0] === 0;
}

function readBytes(decoder: decoding.Decoder): Uint8Array {
  try {
    return decoding.readVarUint8Array(decoder);
  } catch {
    throw new BadMessageError('truncated message');
  }
}

/** A reader this far behind would hold the server's memory: it is closed, reconnects and catches up by sync. */
const MAX_SEND_BUFFER_BYTES = 64 * 2 ** 20;

/**
 * Sends one message. No callback per send: a write that fails fails the TCP socket, which ws
 * closes (and handleSyncConnection terminates on 'error'), so the room forgets the socket either way.
 */
function send(ws: WebSocket, message: Uint8Array): void {
  if (ws.readyState !== ws.OPEN) return;
  if (ws.bufferedAmount > MAX_SEND_BUFFER_BYTES) {
    ws.close(CLOSE_CODES.tryAgainLater, 'too far behind, reconnect');
    return;
  }
  ws.send(message);
}
