import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { messageYjsSyncStep2, writeSyncStep1 } from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

/** The y-websocket message type of sync messages. */
const MESSAGE_SYNC = 0;

/**
 * Knows whether this browser's changes are on the server's disk yet ("syncing" or "saved").
 *
 * Echoes alone cannot tell: deleting text adds no new item to the doc, so its echo changes no
 * state vector. Instead, after local changes, the tracker sends a sync step 1 of its own down
 * the socket, behind the updates. The server handles a socket's messages in order and writes
 * each accepted update to disk before it handles the next message, so its step 2 answer to
 * that marker says that every update sent before it is stored. One marker is in flight at a
 * time: a burst of typing costs one round trip, and the next marker leaves when it returns.
 * Changes read from IndexedDB count as local too (they may be offline edits from last time).
 */
export class SaveTracker {
  /** Local changes made so far, and how many of them the server has confirmed. */
  private changes = 0;
  private confirmed = 0;
  /** For each marker sent on the current socket, how many changes it vouches for. */
  private inFlight: number[] = [];
  private scheduled = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly onChange: () => void,
  ) {}

  /** True while some local change is not known to be on the server's disk. */
  get unsaved(): boolean {
    return this.changes > this.confirmed;
  }

  /** Follows a provider's socket until the returned function is called. */
  attach(provider: WebsocketProvider): () => void {
    // The tracker listens to the socket beside the provider (never patching its handlers): the
    // provider's own listener runs first, so by then it has applied what the message carries.
    let socket: WebSocket | null = null;
    let answeredOwnStep1 = false;
    const onMessage = (event: MessageEvent) => {
      if (!(event.data instanceof ArrayBuffer)) return;
      const decoder = decoding.createDecoder(new Uint8Array(event.data));
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
      if (decoding.readVarUint(decoder) !== messageYjsSyncStep2) return;
      // A socket's first step 2 answers the provider's own step 1; each later one, a marker.
      if (!answeredOwnStep1) answeredOwnStep1 = true;
      else this.confirm(provider);
    };
    const follow = (ws: WebSocket | null) => {
      if (ws === socket) return;
      socket?.removeEventListener('message', onMessage);
      socket = ws;
      answeredOwnStep1 = false;
      socket?.addEventListener('message', onMessage);
    };
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === provider) return;
      this.changes++;
      this.onChange();
      this.schedule(provider);
    };
    const onSync = (synced: boolean) => {
      if (synced) this.sendMarker(provider);
    };
    const onStatus = ({ status }: { status: string }) => {
      // Markers on a closed socket will never be answered; the next sync sends a new one.
      if (status !== 'connected') this.inFlight = [];
      follow(provider.ws);
    };
    follow(provider.ws);
    this.doc.on('update', onUpdate);
    provider.on('sync', onSync);
    provider.on('status', onStatus);
    return () => {
      follow(null);
      this.doc.off('update', onUpdate);
      provider.off('sync', onSync);
      provider.off('status', onStatus);
      this.inFlight = [];
    };
  }

  private schedule(provider: WebsocketProvider): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // After the provider has sent this tick's updates, which the marker must follow.
    queueMicrotask(() => {
      this.scheduled = false;
      this.sendMarker(provider);
    });
  }

  private sendMarker(provider: WebsocketProvider): void {
    const ws = provider.ws;
    if (!this.unsaved || this.inFlight.length > 0 || !ws || !provider.wsconnected || !provider.synced) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    writeSyncStep1(encoder, this.doc);
    try {
      ws.send(encoding.toUint8Array(encoder));
      this.inFlight.push(this.changes);
    } catch {
      // The socket is closing: the next sync sends the marker again.
    }
  }

  private confirm(provider: WebsocketProvider): void {
    const vouched = this.inFlight.shift();
    if (vouched === undefined) return;
    const wasUnsaved = this.unsaved;
    this.confirmed = Math.max(this.confirmed, vouched);
    if (wasUnsaved !== this.unsaved) this.onChange();
    this.sendMarker(provider);
  }
}
