import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DeliveryListSchema, DeliverySchema, SessionLineageSchema, DocIdSchema, WorkspaceIdSchema, type Delivery } from '@minga/schema';
import type { MingaContext } from '../../MingaContext.ts';
import { ApiError } from '../ApiError.ts';
import { parseBody, parseQuery, parseWith } from '../validate.ts';
import { replyAs } from '../replyAs.ts';
import { requireRole } from '../requireRole.ts';
import { requireLiveSession } from '../../sessions/sessionDocs.ts';
import { markDelivered } from '../../history/markDelivered.ts';
import { sessionLineage } from '../../history/sessionLineage.ts';

const WorkspaceParamsSchema = z.object({ workspaceId: WorkspaceIdSchema });
const SessionParamsSchema = WorkspaceParamsSchema.extend({ sessionId: DocIdSchema });
const DeliveryParamsSchema = WorkspaceParamsSchema.extend({ deliveryId: z.coerce.number().int().positive() });

/** Deliveries: mark a session as given (freezing its versions), list them, a session's lineage, the workspace's timeline. */
export function deliveryRoutes(app: FastifyInstance, ctx: MingaContext): void {
  /** Kept room input names people: like the room input itself, only the edit key reads it. */
  const shown = async (request: FastifyRequest, workspaceId: string, deliveries: Delivery[]) => {
    const { role } = await requireRole(ctx.workspaces, request, workspaceId, 'view');
    return visibleTo(role, deliveries);
  };
  const visibleTo = (role: string, deliveries: Delivery[]) => (role === 'edit' ? deliveries : deliveries.map((d) => ({ ...d, keptInput: [] })));

  app.post('/api/w/:workspaceId/sessions/:sessionId/deliveries', async (request, reply) => {
    const params = parseWith(SessionParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    const ref = { workspaceId: params.workspaceId, docId: params.sessionId };
    await requireLiveSession(ctx, ref);
    const body = parseBody(request, 'POST', '/api/w/:workspaceId/sessions/:sessionId/deliveries');
    return reply.status(201).send(replyAs(DeliverySchema, await markDelivered(ctx, ref, body)));
  });

  app.get('/api/w/:workspaceId/sessions/:sessionId/deliveries', async (request) => {
    const params = parseWith(SessionParamsSchema, request.params, 'invalid_params');
    return replyAs(DeliveryListSchema, { deliveries: await shown(request, params.workspaceId, await ctx.deliveries.listBySession(params.workspaceId, params.sessionId)) });
  });

  app.get('/api/w/:workspaceId/sessions/:sessionId/lineage', async (request) => {
    const params = parseWith(SessionParamsSchema, request.params, 'invalid_params');
    const { role } = await requireRole(ctx.workspaces, request, params.workspaceId, 'view');
    await requireLiveSession(ctx, { workspaceId: params.workspaceId, docId: params.sessionId });
    const chain = await sessionLineage(ctx, params.workspaceId, params.sessionId);
    return replyAs(SessionLineageSchema, { lineage: chain.map((entry) => ({ ...entry, deliveries: visibleTo(role, entry.deliveries) })) });
  });

  app.get('/api/w/:workspaceId/deliveries', async (request) => {
    const { workspaceId } = parseWith(WorkspaceParamsSchema, request.params, 'invalid_params');
    const { docId } = parseQuery(request, 'GET', '/api/w/:workspaceId/deliveries');
    const all = await ctx.deliveries.list(workspaceId);
    const deliveries = docId ? all.filter((d) => d.versions.some((v) => v.docId === docId)) : all;
    return replyAs(DeliveryListSchema, { deliveries: await shown(request, workspaceId, deliveries) });
  });

  app.get('/api/w/:workspaceId/deliveries/:deliveryId', async (request) => {
    // The key first: a follow key learns nothing, not even whether the id is well formed.
    const { workspaceId } = parseWith(WorkspaceParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, workspaceId, 'view');
    const params = parseWith(DeliveryParamsSchema, request.params, 'invalid_params');
    const delivery = await ctx.deliveries.get(params.workspaceId, params.deliveryId);
    const [visible] = await shown(request, params.workspaceId, delivery ? [delivery] : []);
    if (!visible) throw new ApiError('not_found', 'No such delivery in this workspace.');
    return replyAs(DeliverySchema, visible);
  });
}
