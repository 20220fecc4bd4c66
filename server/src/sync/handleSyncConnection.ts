import type { WebSocket, RawData } from 'ws';
import type { Logger } from 'pino';
import { CLOSE_CODES, DocIdSchema, WorkspaceIdSchema, commentsDocId, presenceDocId } from '@minga/schema';
import type { WorkspaceRepo } from '../workspaces/WorkspaceRepo.ts';
import type { RoomManager } from './RoomManager.ts';
import type { RefusalLog } from './refusalLog.ts';
import type { AddressPenalty } from './addressPenalty.ts';
import { BadMessageError, type SyncConnection, type SyncRoom } from './SyncRoom.ts';

export interface SyncDeps {
  workspaces: WorkspaceRepo;
  rooms: RoomManager;
  log: Logger;
  maxMessageBytes: number;
  /** True when the doc sits in the bin. */
  isDeleted: (ref: { workspaceId: string; docId: string }) => Promise<boolean> | boolean;
  /** Refused messages: logged once per address, then counted. */
  refusals: RefusalLog;
  /** Addresses that keep sending bad frames: their new sockets are refused for a while. */
  penalty: AddressPenalty;
  /** The layout of a loaded doc (0 when it has none): a tab that writes an older one is refused. */
  layoutOf: (room: SyncRoom) => number;
}

const REFUSALS = {
  missing_key: [CLOSE_CODES.missingKey, 'missing key'],
  wrong_key: [CLOSE_CODES.wrongKey, 'wrong key'],
  workspace_not_found: [CLOSE_CODES.workspaceNotFound, 'unknown workspace'],
} as const;

/**
 * Serves one socket of `/sync/<workspaceId>/<docId>?key=`. The upgrade is always accepted so a
 * refusal can carry a 44xx close code, which the y-websocket client takes as final.
 */
export function handleSyncConnection(
  ws: WebSocket,
  params: { workspaceId: string; docId: string; channel?: 'doc' | 'comments' | 'presence'; key: string | undefined; address: string; layout?: number },
  deps: SyncDeps,
): void {
  const { rooms, workspaces, log } = deps;
  if (deps.penalty.isSlowed(params.address)) {
    ws.close(CLOSE_CODES.tooManyMessages, 'too many bad messages from this address; try again in a minute');
    return;
  }
  if (!WorkspaceIdSchema.safeParse(params.workspaceId).success || !DocIdSchema.safeParse(params.docId).success) {
    ws.close(CLOSE_CODES.badRequest, 'invalid workspace or doc id');
    return;
  }
  const docId = params.channel === 'comments' ? commentsDocId(params.docId) : params.channel === 'presence' ? presenceDocId(params.docId) : params.docId;
  const ref = { workspaceId: params.workspaceId, docId };
  let room: SyncRoom | null = null;
  let conn: SyncConnection | null = null;
  // Messages that arrive while the doc loads are handled in order once it is ready.
  const queued: Uint8Array[] = [];
  let alive = true;
  // Once refused, the socket's remaining messages (queued or in flight) are dropped unread.
  let refused = false;
  const refuse = (code: number, reason: string) => {
    refused = true;
    queued.length = 0;
    deps.refusals.refused(params.address, `${ref.workspaceId}/${ref.docId}`, reason);
    deps.penalty.strike(params.address);
    ws.close(code, reason);
  };

  const handle = (data: Uint8Array) => {
    if (!room || !conn || refused) return;
    try {
      room.handleMessage(conn, data);
    } catch (error) {
      if (error instanceof BadMessageError) {
        refuse(error.closeCode, error.message);
      } else {
        log.error({ err: error, doc: `${ref.workspaceId}/${ref.docId}` }, 'sync message failed');
        ws.close(1011, 'internal error');
      }
    }
  };

  ws.on('message', (raw: RawData, isBinary: boolean) => {
    if (refused) return;
    const data = toBytes(raw);
    if (data.byteLength > deps.maxMessageBytes) {
      refuse(CLOSE_CODES.messageTooBig, `message over ${deps.maxMessageBytes} bytes`);
      return;
    }
    if (!isBinary && data.byteLength === 0) return;
    if (room) handle(data);
    else queued.push(data);
  });

  // Keepalive: a socket that misses a pong is dropped, so rooms do not hold ghosts.
  const pinger = setInterval(() => {
    if (!alive) {
      ws.terminate();
      return;
    }
    alive = false;
    ws.ping();
  }, 30_000);
  pinger.unref();
  ws.on('pong', () => {
    alive = true;
  });

  ws.on('close', () => {
    clearInterval(pinger);
    if (room) {
      room.remove(ws);
      rooms.releaseIfIdle(room);
    }
  });
  ws.on('error', (error) => {
    log.debug({ err: error }, 'socket error');
    ws.terminate();
  });

  // Messages that arrive while the key is checked and the doc loads wait in `queued`.
  void (async () => {
    const check = await workspaces.check(params.workspaceId, params.key);
    if (!check.ok) {
      const [code, reason] = REFUSALS[check.reason];
      ws.close(code, reason);
      return null;
    }
    // A follow key opens its session's presence doc (the presenter's position) and no content doc.
    if (check.role === 'follow' && (check.sessionId !== params.docId || params.channel !== 'presence')) {
      ws.close(CLOSE_CODES.wrongKey, 'a follow key opens its session’s presence only');
      return null;
    }
    // A doc in the bin takes its comments with it.
    if (await deps.isDeleted({ workspaceId: params.workspaceId, docId: params.docId })) {
      ws.close(CLOSE_CODES.docDeleted, 'in the bin');
      return null;
    }
    if (ws.readyState !== ws.OPEN) return null;
    const role = check.role === 'follow' ? ('view' as const) : check.role;
    // Per document, not per update: a comment key writes its workspace's comments docs and nothing else.
    const writes = role === 'edit' || (role === 'comment' && params.channel === 'comments');
    return { role, writes, room: await rooms.open(ref) };
  })()
    .then((opened) => {
      if (!opened) {
        refused = true;
        queued.length = 0;
        return;
      }
      const { role, writes, room: r } = opened;
      if (ws.readyState !== ws.OPEN) {
        rooms.releaseIfIdle(r);
        return;
      }
      if ((params.layout ?? 1) < deps.layoutOf(r)) {
        rooms.releaseIfIdle(r);
        ws.close(CLOSE_CODES.outdatedClient, 'this tab runs an older Minga: reload the page');
        return;
      }
      room = r;
      conn = r.add(ws, role, params.key!, writes);
      for (const data of queued.splice(0)) handle(data);
    })
    .catch((error: unknown) => {
      log.error({ err: error, doc: `${ref.workspaceId}/${ref.docId}` }, 'doc failed to load');
      // Most often the database is unreachable: not final, the client retries.
      ws.close(CLOSE_CODES.storageUnavailable, 'doc failed to load, reconnect');
    });
}

function toBytes(raw: RawData): Uint8Array {
  if (Array.isArray(raw)) return new Uint8Array(Buffer.concat(raw));
  if (raw instanceof ArrayBuffer) return new Uint8Array(raw);
  return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
}
