import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { MingaContext } from '../../MingaContext.ts';
import { handleSyncConnection, type SyncDeps } from '../../sync/handleSyncConnection.ts';
import { RefusalLog } from '../../sync/refusalLog.ts';
import { AddressPenalty } from '../../sync/addressPenalty.ts';
import { clientLayout, roomLayout } from '../../sync/docLayouts.ts';

/**
 * `/sync/<workspaceId>/<docId>?key=`, `/sync/<workspaceId>/<docId>/comments?key=` and
 * `/sync/<workspaceId>/<docId>/presence?key=`: the y-websocket endpoints.
 */
export function syncRoutes(app: FastifyInstance, ctx: MingaContext): void {
  const refusals = new RefusalLog(ctx.log);
  const penalty = new AddressPenalty();
  app.addHook('onClose', async () => refusals.close());
  // One set for every socket (each socket's handlers keep it for as long as the socket lives).
  const deps: SyncDeps = {
    workspaces: ctx.workspaces,
    rooms: ctx.rooms,
    log: ctx.log,
    maxMessageBytes: ctx.config.maxMessageBytes,
    isDeleted: async (ref) => Boolean((await ctx.registry.get(ref))?.deletedAt),
    refusals,
    penalty,
    layoutOf: (room) => roomLayout(room, room.layoutKind),
  };
  const serve = (channel: 'doc' | 'comments' | 'presence') => (socket: WebSocket, request: FastifyRequest) => {
    const params = request.params as { workspaceId: string; docId: string };
    const query = request.query as { key?: unknown; layout?: unknown };
    const key = typeof query.key === 'string' ? query.key : undefined;
    const layout = clientLayout(query.layout);
    forgetRequest(socket, request);
    handleSyncConnection(socket, { workspaceId: params.workspaceId, docId: params.docId, channel, key, address: request.ip, layout }, deps);
  };
  app.get('/sync/:workspaceId/:docId', { websocket: true }, serve('doc'));
  // A unit's or session's comment threads: a document of their own (docs/doc-model.md, "Comments").
  app.get('/sync/:workspaceId/:docId/comments', { websocket: true }, serve('comments'));
  // Where a presented deck's position is published (awareness only): the one doc a follow key opens.
  app.get('/sync/:workspaceId/:docId/presence', { websocket: true }, serve('presence'));
}

/**
 * A sync socket lives for hours; the HTTP request that opened it should not. @fastify/websocket's
 * error listener holds the request, its reply, their raw objects and a logger for the socket's
 * whole life, and the upgraded TCP socket still points to the response: about 3 kB a socket,
 * 10 MB at 1,000 docs × 3 sockets. The socket's errors are handled by handleSyncConnection, which
 * terminates it as the plugin did.
 */
function forgetRequest(socket: WebSocket, request: FastifyRequest): void {
  socket.removeAllListeners('error');
  const tcp = request.raw.socket as (Socket & { _httpMessage?: ServerResponse | null }) | null;
  tcp?._httpMessage?.detachSocket(tcp);
}
