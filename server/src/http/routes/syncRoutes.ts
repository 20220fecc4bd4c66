import type { FastifyInstance } from 'fastify';
import type { MingaContext } from '../../MingaContext.ts';
import { handleSyncConnection } from '../../sync/handleSyncConnection.ts';
import { RefusalLog } from '../../sync/refusalLog.ts';
import { AddressPenalty } from '../../sync/addressPenalty.ts';

/** `/sync/<workspaceId>/<docId>?key=`: the y-websocket endpoint. */
export function syncRoutes(app: FastifyInstance, ctx: MingaContext): void {
  const refusals = new RefusalLog(ctx.log);
  const penalty = new AddressPenalty();
  app.addHook('onClose', async () => refusals.close());
  app.get('/sync/:workspaceId/:docId', { websocket: true }, (socket, request) => {
    const params = request.params as { workspaceId: string; docId: string };
    const query = request.query as { key?: unknown };
    const key = typeof query.key === 'string' ? query.key : undefined;
    handleSyncConnection(socket, { workspaceId: params.workspaceId, docId: params.docId, key, address: request.ip }, {
      workspaces: ctx.workspaces,
      rooms: ctx.rooms,
      log: ctx.log,
      maxMessageBytes: ctx.config.maxMessageBytes,
      isDeleted: (ref) => Boolean(ctx.registry.get(ref)?.deletedAt),
      refusals,
      penalty,
    });
  });
}
