import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { DocRef } from '../storage/DocStore.ts';
import type { PostgresDocStore } from '../storage/PostgresDocStore.ts';
import type { RoomCluster } from '../sync/RoomManager.ts';
import type { SyncRoom } from '../sync/SyncRoom.ts';
import { decodeDocMessage, encodeDocMessage, type DocMessage } from './clusterMessages.ts';
import { DocFeed } from './DocFeed.ts';

/** Something one node did that the others must act on too (sockets to cut, long polls to answer). */
export const ClusterEventSchema = z.discriminatedUnion('type', [
  /** Keys of a workspace were rotated: sockets holding an old one are closed. */
  z.object({ type: z.literal('keys'), workspaceId: z.string() }),
  /** A doc went to the bin: its sockets (its comments' and its presence doc's too) are closed. */
  z.object({ type: z.literal('bin'), workspaceId: z.string(), docId: z.string() }),
  /** The room sent a message to a session: presenters' long polls on every node answer now. */
  z.object({ type: z.literal('roomInput'), workspaceId: z.string(), sessionId: z.string() }),
]);
export type ClusterEvent = z.infer<typeof ClusterEventSchema>;

export interface RedisClusterOptions {
  url: string;
  /** Prefix of every channel (MINGA_REDIS_PREFIX). */
  prefix: string;
  /** Where committed updates are read back when a node missed some. */
  store: PostgresDocStore;
  log: Logger;
  /** Another node's event. */
  onEvent: (event: ClusterEvent) => void;
  gapWaitMs?: number;
}

interface Joined {
  ref: DocRef;
  feed: DocFeed;
  room: SyncRoom | null;
  /** The subscription is in effect: from here on, nothing committed is missed. */
  subscribed: boolean;
}

/**
 * Live traffic between nodes through Redis pub/sub: one channel per doc (`<prefix>doc:<ws>/<doc>`)
 * carrying committed updates with their Postgres numbers and presence, and one channel of events
 * (`<prefix>events`). Redis holds nothing: Postgres is the truth, and a node that missed messages
 * (a gap in the numbers, or a lost connection) reads them back from it. While Redis is down, each
 * node keeps serving its own sockets; on reconnection it catches up and tells the others how far
 * it got. Two connections: a subscriber connection can send nothing else.
 */
export class RedisCluster implements RoomCluster {
  /** Tags this node's messages, so it skips them when they come back. */
  readonly node = randomUUID();
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly joined = new Map<string, Joined>();
  private readonly eventsChannel: string;
  private closed = false;

  constructor(private readonly options: RedisClusterOptions) {
    const name = `${options.prefix}node:${this.node}`.replace(/[^A-Za-z0-9:_.-]/g, '_');
    // Publishing while Redis is away fails at once rather than piling up: the others catch up from Postgres.
    this.pub = new Redis(options.url, { connectionName: name, enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
    this.sub = new Redis(options.url, { connectionName: name, maxRetriesPerRequest: null, lazyConnect: true });
    this.eventsChannel = `${options.prefix}events`;
    for (const [conn, which] of [[this.pub, 'publisher'], [this.sub, 'subscriber']] as const) {
      conn.on('error', (error: Error) => options.log.debug({ err: error, which }, 'redis connection error'));
    }
    let pubWasReady = false;
    let subWasReady = false;
    this.pub.on('ready', () => {
      // What this node wrote while cut off was never published: say how far it is, so the others read it.
      if (pubWasReady) for (const j of this.joined.values()) if (j.room) this.publish(j.ref, { kind: 'head', seq: j.feed.newest });
      pubWasReady = true;
    });
    let lost = false;
    this.sub.on('close', () => {
      if (!subWasReady || lost || this.closed) return;
      lost = true;
      options.log.warn('redis connection lost: serving this node’s clients only until it is back, then catching up from Postgres');
    });
    this.sub.on('ready', () => {
      lost = false;
      // ioredis subscribes again by itself; what was sent meanwhile is read from Postgres.
      if (subWasReady) {
        options.log.info({ docs: this.joined.size }, 'redis connection back: catching up from Postgres');
        // Redis answers in order: once the ping is back, the renewed subscriptions are in effect.
        void this.sub.ping().then(
          () => {
            for (const j of this.joined.values()) j.feed.catchUp();
          },
          () => undefined,
        );
      }
      subWasReady = true;
    });
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.onMessage(channel.toString(), message));
  }

  /** Connects and listens to events; a Redis that is down now is retried in the background. */
  start(): void {
    void this.pub.connect().catch(() => undefined);
    void this.sub.connect().catch(() => undefined);
    this.sub.subscribe(this.eventsChannel).catch((error: Error) => this.options.log.warn({ err: error }, 'redis: could not listen to cluster events'));
  }

  /** Tells every other node (best effort: Redis down means nobody else is reachable live anyway). */
  announce(event: ClusterEvent): void {
    this.pub.publish(this.eventsChannel, JSON.stringify({ node: this.node, ...event })).catch((error: Error) => {
      this.options.log.warn({ err: error, event }, 'redis: could not tell the other nodes');
    });
  }

  join(ref: DocRef): void {
    const channel = this.channelOf(ref);
    this.joined.get(channel)?.feed.close();
    const feed = new DocFeed({
      updatesSince: (afterSeq) => this.options.store.updatesSince(ref, afterSeq),
      gapWaitMs: this.options.gapWaitMs ?? 150,
      retryMs: 1000,
      onError: (error) => this.options.log.warn({ err: error, doc: `${ref.workspaceId}/${ref.docId}` }, 'catching up from Postgres failed; retrying'),
    });
    const joined: Joined = { ref, feed, room: null, subscribed: false };
    this.joined.set(channel, joined);
    this.sub.subscribe(channel).then(
      () => {
        joined.subscribed = true;
        // Whatever was committed between the doc's read and this subscription is read back.
        if (joined.room) feed.catchUp();
      },
      (error: Error) => this.options.log.warn({ err: error }, 'redis: could not subscribe'),
    );
  }

  attach(room: SyncRoom, lastSeq: number): void {
    const joined = this.joined.get(this.channelOf(room.ref));
    if (!joined) return;
    joined.room = room;
    joined.feed.attach(room, lastSeq);
    if (joined.subscribed) joined.feed.catchUp();
    room.link = {
      stored: (updates) => {
        joined.feed.hold(updates.map((u) => u.seq));
        this.publish(room.ref, { kind: 'stored', updates });
      },
      awareness: (update) => this.publish(room.ref, { kind: 'awareness', update }),
    };
    this.publish(room.ref, { kind: 'queryAwareness' });
  }

  leave(ref: DocRef): void {
    const channel = this.channelOf(ref);
    const joined = this.joined.get(channel);
    if (!joined) return;
    joined.feed.close();
    this.joined.delete(channel);
    if (!this.closed) this.sub.unsubscribe(channel).catch(() => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.joined.values()) j.feed.close();
    this.joined.clear();
    this.pub.disconnect();
    this.sub.disconnect();
  }

  private channelOf(ref: DocRef): string {
    return `${this.options.prefix}doc:${ref.workspaceId}/${ref.docId}`;
  }

  private publish(ref: DocRef, message: DocMessage): void {
    if (this.closed) return;
    this.pub.publish(this.channelOf(ref), Buffer.from(encodeDocMessage(this.node, message))).catch((error: Error) => {
      this.options.log.debug({ err: error }, 'redis: not published (the others catch up from Postgres)');
    });
  }

  private onMessage(channel: string, bytes: Buffer): void {
    if (channel === this.eventsChannel) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(bytes.toString());
      } catch {
        return;
      }
      const node = (parsed as { node?: unknown }).node;
      const event = ClusterEventSchema.safeParse(parsed);
      if (node !== this.node && event.success) this.options.onEvent(event.data);
      return;
    }
    const joined = this.joined.get(channel);
    if (!joined) return;
    let decoded: ReturnType<typeof decodeDocMessage>;
    try {
      decoded = decodeDocMessage(bytes);
    } catch {
      this.options.log.warn({ channel }, 'redis: a message no Minga node wrote, ignored');
      return;
    }
    if (decoded.node === this.node) return;
    const { message } = decoded;
    switch (message.kind) {
      case 'stored':
        joined.feed.receive(message.updates);
        break;
      case 'head':
        joined.feed.head(message.seq);
        break;
      case 'awareness':
        joined.room?.applyRemoteAwareness(message.update);
        break;
      case 'queryAwareness': {
        const update = joined.room?.localAwareness();
        if (update) this.publish(joined.ref, { kind: 'awareness', update });
        break;
      }
    }
  }
}
