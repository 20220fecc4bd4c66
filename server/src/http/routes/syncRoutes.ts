import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { MingaContext } from '../../MingaContext.ts';
import { handleSyncConnection } from '../../sync/handleSyncConnection.ts';
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
  const serve = (channel: 'doc' | 'comments' | 'presence') => (socket: WebSocket, request: FastifyRequest) => {
    const params = request.params as { workspaceId: string; docId: string };
    const query = request.query as { key?: unknown; layout?: unknown };
    const key = typeof query.key === 'string' ? query.key : undefined;
    const layout = clientLayout(query.layout);
    handleSyncConnection(socket, { workspaceId: params.workspaceId, docId: params.docId, channel, key, address: request.ip, layout }, {
      workspaces: ctx.workspaces,
      rooms: ctx.rooms,
      log: ctx.log,
      maxMessageBytes: ctx.config.maxMessageBytes,
      isDeleted: async (ref) => Boolean((await ctx.registry.get(ref))?.deletedAt),
      refusals,
      penalty,
      layoutOf: (room) => roomLayout(room, room.layoutKind),
    });
  };
  app.get('/sync/:workspaceId/:docId', { websocket: true }, serve('doc'));
  // A unit's or session's comment threads: a document of their own (docs/doc-model.md, "Comments").
  app.get('/sync/:workspaceId/:docId/comments', { websocket: true }, serve('comments'));
  // Where a presented deck's position is published (awareness only): the one doc a follow key opens.
  app.get('/sync/:workspaceId/:docId/presence', { websocket: true }, serve('presence'));
}
