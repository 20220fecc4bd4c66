import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { RoomInputListSchema, RoomInputSchema, DocIdSchema, WorkspaceIdSchema } from '@minga/schema';
import type { MingaContext } from '../../MingaContext.ts';
import { ApiError } from '../ApiError.ts';
import { parseBody, parseQuery, parseWith } from '../validate.ts';
import { replyAs } from '../replyAs.ts';
import { requireFollower, requireRole } from '../requireRole.ts';
import { RateLimiter } from '../rateLimit.ts';
import { requireLiveSession } from '../../sessions/sessionDocs.ts';
import { roomInputKey } from '../../sessions/RoomInputArrivals.ts';

const ParamsSchema = z.object({ workspaceId: WorkspaceIdSchema, sessionId: DocIdSchema });
const InputParamsSchema = ParamsSchema.extend({ inputId: z.coerce.number().int().positive() });
// `wait`: how long (ms) an empty answer may be held for a message to arrive, a long poll.
/**
 * Room input: people following a presentation (view key is enough) send a question or a proposed
 * next step; the presenter (edit key) reads them in the speaker view and keeps or dismisses them.
 */
export function roomInputRoutes(app: FastifyInstance, ctx: MingaContext): void {
  // Ten messages a minute per person and session: a room talks, it does not flood.
  const limiter = new RateLimiter(10, 60_000);
  const refOf = (p: { workspaceId: string; sessionId: string }) => ({ workspaceId: p.workspaceId, docId: p.sessionId });
  const arrivals = ctx.roomInputArrivals;
  app.addHook('preClose', (done) => {
    arrivals.releaseAll();
    done();
  });

  app.post('/api/w/:workspaceId/sessions/:sessionId/room-input', async (request, reply) => {
    const params = parseWith(ParamsSchema, request.params, 'invalid_params');
    await requireFollower(ctx.workspaces, request, params.workspaceId, params.sessionId);
    await requireLiveSession(ctx, refOf(params));
    const body = parseBody(request, 'POST', '/api/w/:workspaceId/sessions/:sessionId/room-input');
    if (!limiter.take(`${request.ip}|${params.workspaceId}|${params.sessionId}`)) {
      throw new ApiError('too_many_requests', 'That is a lot of messages at once: wait a minute and send again.');
    }
    const saved = await ctx.roomInput.add(refOf(params), body);
    if (!saved) throw new ApiError('conflict', 'This session has received as many messages as it keeps.');
    arrivals.notify(roomInputKey(params));
    // Presenters polling through another node wake too (stored first: their read finds it).
    ctx.cluster?.announce({ type: 'roomInput', workspaceId: params.workspaceId, sessionId: params.sessionId });
    return reply.status(201).send(replyAs(RoomInputSchema, saved));
  });

  app.get('/api/w/:workspaceId/sessions/:sessionId/room-input', async (request, reply) => {
    const params = parseWith(ParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    await requireLiveSession(ctx, refOf(params));
    const { since, wait } = parseQuery(request, 'GET', '/api/w/:workspaceId/sessions/:sessionId/room-input');
    const gone = new AbortController();
    // The response's 'close': the person left before an answer (the request's fires once read).
    reply.raw.once('close', () => gone.abort());
    // Waiting before reading: a message stored (here or on another node) while we read still wakes us.
    const arrived = wait > 0 ? arrivals.wait(roomInputKey(params), wait, gone.signal) : null;
    const now = await ctx.roomInput.list(refOf(params), since);
    if (now.length > 0 || !arrived) {
      gone.abort();
      return replyAs(RoomInputListSchema, { inputs: now });
    }
    await arrived;
    return replyAs(RoomInputListSchema, { inputs: await ctx.roomInput.list(refOf(params), since) });
  });

  app.patch('/api/w/:workspaceId/sessions/:sessionId/room-input/:inputId', async (request) => {
    const params = parseWith(InputParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    const { status } = parseBody(request, 'PATCH', '/api/w/:workspaceId/sessions/:sessionId/room-input/:inputId');
    const updated = await ctx.roomInput.setStatus(refOf(params), params.inputId, status);
    if (!updated) throw new ApiError('not_found', 'No such message for this session.');
    return replyAs(RoomInputSchema, updated);
  });
}
