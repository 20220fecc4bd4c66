import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { FollowLinkSchema, DocIdSchema, WorkspaceIdSchema } from '@minga/schema';
import type { FastifyRequest } from 'fastify';
import type { MingaContext } from '../../MingaContext.ts';
import { parseWith } from '../validate.ts';
import { replyAs } from '../replyAs.ts';
import { bearerKey, requireRole } from '../requireRole.ts';
import { requireLiveSession } from '../../sessions/sessionDocs.ts';

const ParamsSchema = z.object({ workspaceId: WorkspaceIdSchema, sessionId: DocIdSchema });

/**
 * `GET|POST /api/w/<ws>/sessions/<id>/follow` (edit key): the session's follow link, what the
 * projector shows the room; POST replaces the key, and the old link stops working at once.
 */
export function followKeyRoutes(app: FastifyInstance, ctx: MingaContext): void {
  const answer = (request: FastifyRequest, p: { workspaceId: string; sessionId: string }, followKey: string) => replyAs(FollowLinkSchema, {
    followKey,
    followUrl: `${ctx.roomOrigin(request).replace(/\/$/, '')}/w/${p.workspaceId}/sessions/${encodeURIComponent(p.sessionId)}/follow?key=${encodeURIComponent(followKey)}`,
  });

  app.get('/api/w/:workspaceId/sessions/:sessionId/follow', async (request) => {
    const params = parseWith(ParamsSchema, request.params, 'invalid_params');
    requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    requireLiveSession(ctx, { workspaceId: params.workspaceId, docId: params.sessionId });
    const editKey = bearerKey(request)!;
    // The first ask makes one; so does a key sealed under an edit key that was since replaced from the CLI.
    const key = ctx.workspaces.followKeys.current(params.workspaceId, params.sessionId, editKey)
      ?? ctx.rotateFollowKey(params.workspaceId, params.sessionId, editKey);
    return answer(request, params, key);
  });

  app.post('/api/w/:workspaceId/sessions/:sessionId/follow', async (request) => {
    const params = parseWith(ParamsSchema, request.params, 'invalid_params');
    requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    requireLiveSession(ctx, { workspaceId: params.workspaceId, docId: params.sessionId });
    return answer(request, params, ctx.rotateFollowKey(params.workspaceId, params.sessionId, bearerKey(request)!));
  });
}
