import type { FastifyInstance } from 'fastify';
import type { MingaContext } from '../../MingaContext.ts';
import { handleSyncConnection } from '../../sync/handleSyncConnection.ts';

/** `/sync/<workspaceId>/<docId>?key=`: the y-websocket endpoint. */
export function syncRoutes(app: FastifyInstance, ctx: MingaContext): void {
  app.get('/sync/:workspaceId/:docId', { websocket: true }, (socket, request) => {
    const params = request.params as { workspaceId: string; docId: string };
    const query = request.query as { key?: unknown };
    const key = typeof query.key === 'string' ? query.key : undefined;
    handleSyncConnection(socket, { workspaceId: params.workspaceId, docId: params.docId, key }, {
      workspaces: ctx.workspaces,
      rooms: ctx.rooms,
      log: ctx.log,
      maxMessageBytes: ctx.config.maxMessageBytes,
      isDeleted: (ref) => Boolean(ctx.registry.get(ref)?.deletedAt),
    });
  });
}
