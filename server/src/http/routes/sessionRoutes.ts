import { isDeepStrictEqual } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { applySessionJson, yDocToSession } from '@minga/doc-model';
import { BinnedDocSchema, ResolvedSessionSchema, SessionListSchema, SessionWithCommentsSchema,
  DocIdSchema, SessionSchema, WorkspaceIdSchema,
  computeSessionTiming, handoverNextSteps, newItemId, sessionFromDraft,
} from '@minga/schema';
import type { MingaContext } from '../../MingaContext.ts';
import { ApiError } from '../ApiError.ts';
import { parseBody, parseQuery, parseWith } from '../validate.ts';
import { replyAs } from '../replyAs.ts';
import { requireRole } from '../requireRole.ts';
import { moveToBin, takeOutOfBin } from '../docBin.ts';
import { readThreads } from '../../comments/commentDocs.ts';
import { creditRoomEdit } from '../../units/creditEdit.ts';
import { createSession, readSession, requireLiveSession, resolveSessionUnits } from '../../sessions/sessionDocs.ts';

const WorkspaceParamsSchema = z.object({ workspaceId: WorkspaceIdSchema });
const SessionParamsSchema = z.object({ workspaceId: WorkspaceIdSchema, sessionId: DocIdSchema });

/** Sessions: list, create, read, replace live, bin, restore, duplicate for the next event. */
export function sessionRoutes(app: FastifyInstance, ctx: MingaContext): void {
  const refOf = (p: { workspaceId: string; sessionId: string }) => ({ workspaceId: p.workspaceId, docId: p.sessionId });

  app.get('/api/w/:workspaceId/sessions', async (request) => {
    const { workspaceId } = parseWith(WorkspaceParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, workspaceId, 'view');
    return replyAs(SessionListSchema, { sessions: await ctx.sessionIndex.list(workspaceId) });
  });

  app.post('/api/w/:workspaceId/sessions', async (request, reply) => {
    const { workspaceId } = parseWith(WorkspaceParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, workspaceId, 'edit');
    const draft = parseBody(request, 'POST', '/api/w/:workspaceId/sessions');
    return reply.status(201).send(replyAs(SessionSchema, await createSession(ctx, workspaceId, sessionFromDraft(draft, draft.id ?? newItemId()), {})));
  });

  app.get('/api/w/:workspaceId/sessions/:sessionId', async (request) => {
    const params = parseWith(SessionParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'view');
    await requireLiveSession(ctx, refOf(params));
    const { comments } = parseQuery(request, 'GET', '/api/w/:workspaceId/sessions/:sessionId');
    const session = await readSession(ctx, refOf(params));
    return replyAs(SessionWithCommentsSchema, comments === '1' ? { ...session, comments: await readThreads(ctx, refOf(params)) } : session);
  });

  /**
   * The session with the units its items name (live or pinned; null when deleted) and its timing.
   * Not for follow keys: the room gets the deck alone (`…/deck`, followKeyRoutes).
   */
  app.get('/api/w/:workspaceId/sessions/:sessionId/resolved', async (request) => {
    const params = parseWith(SessionParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'view');
    await requireLiveSession(ctx, refOf(params));
    const session = await readSession(ctx, refOf(params));
    const units = await resolveSessionUnits(ctx, params.workspaceId, session);
    return replyAs(ResolvedSessionSchema, { session, units: Object.fromEntries([...units].map(([id, unit]) => [id, unit ?? null])), timing: computeSessionTiming(session, units) });
  });

  app.put('/api/w/:workspaceId/sessions/:sessionId', async (request) => {
    const params = parseWith(SessionParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    await requireLiveSession(ctx, refOf(params));
    const { author, ...session } = parseBody(request, 'PUT', '/api/w/:workspaceId/sessions/:sessionId');
    if (session.id !== params.sessionId) throw new ApiError('invalid_body', `id: must be "${params.sessionId}", the session in the path`);
    return ctx.rooms.withRoom(refOf(params), async (room) => {
      // The same session sent again changes nothing, not even updatedAt (as for units): a write
      // would be a change by nobody, versioned as such once the doc is quiet.
      const current = yDocToSession(room.doc, params.sessionId);
      if (isDeepStrictEqual({ ...current, updatedAt: undefined }, { ...session, updatedAt: undefined })) return replyAs(SessionSchema, current);
      applySessionJson(room.doc, { ...session, updatedAt: new Date().toISOString() });
      // Credited as a unit's PUT is: to the author sent, or "via API" (sessions list no contributors).
      creditRoomEdit(ctx.autoVersions, room, author);
      const saved = yDocToSession(room.doc, params.sessionId);
      await ctx.sessionIndex.upsert(room.ref, saved);
      return replyAs(SessionSchema, saved);
    });
  });

  app.delete('/api/w/:workspaceId/sessions/:sessionId', async (request) => {
    const params = parseWith(SessionParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    const deletedAt = await moveToBin(ctx, refOf(params), 'session');
    return replyAs(BinnedDocSchema, { id: params.sessionId, deletedAt });
  });

  app.post('/api/w/:workspaceId/sessions/:sessionId/restore', async (request) => {
    const params = parseWith(SessionParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    await takeOutOfBin(ctx, refOf(params), 'session');
    return replyAs(SessionSchema, await readSession(ctx, refOf(params)));
  });

  app.post('/api/w/:workspaceId/sessions/:sessionId/duplicate', async (request, reply) => {
    const params = parseWith(SessionParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    await requireLiveSession(ctx, refOf(params));
    const body = parseBody(request, 'POST', '/api/w/:workspaceId/sessions/:sessionId/duplicate');
    const source = await readSession(ctx, refOf(params));
    const { createdAt: _c, updatedAt: _u, date: _d, ...rest } = source;
    // The next event keeps the links to the units, records where it comes from (its lineage),
    // and takes over the open next steps of the session and of its units as its handover.
    const units = [...(await resolveSessionUnits(ctx, params.workspaceId, source)).values()].filter((u) => u !== undefined);
    const copy = {
      ...rest,
      id: newItemId(),
      title: body.title ?? source.title,
      ...(body.date ? { date: body.date } : {}),
      nextSteps: handoverNextSteps(source, units, newItemId),
      source: { duplicatedFrom: { sessionId: source.id, title: source.title } },
    };
    return reply.status(201).send(replyAs(SessionSchema, await createSession(ctx, params.workspaceId, copy)));
  });
}
