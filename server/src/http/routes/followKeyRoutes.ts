import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { buildDeck } from '@minga/export';
import { DocIdSchema, FollowLinkSchema, WorkspaceIdSchema } from '@minga/schema';
import { replyAs } from '../replyAs.ts';
import type { FastifyRequest } from 'fastify';
import type { MingaContext } from '../../MingaContext.ts';
import { parseQuery, parseWith } from '../validate.ts';
import { bearerKey, requireFollower, requireRole } from '../requireRole.ts';
import { readSession, requireLiveSession, resolveSessionUnits } from '../../sessions/sessionDocs.ts';
import { deckEtag, followerDeck } from '../../sessions/followerDeck.ts';

const ParamsSchema = z.object({ workspaceId: WorkspaceIdSchema, sessionId: DocIdSchema });

/**
 * `GET|POST /api/w/<ws>/sessions/<id>/follow` (edit key): the session's follow link, what the
 * projector shows the room; POST replaces the key, and the old link stops working at once.
 * `GET …/deck` (the session's follow key, or a workspace key): the deck the phones show.
 */
export function followKeyRoutes(app: FastifyInstance, ctx: MingaContext): void {
  const answer = (request: FastifyRequest, p: { workspaceId: string; sessionId: string }, followKey: string) => replyAs(FollowLinkSchema, {
    followKey,
    followUrl: `${ctx.roomOrigin(request).replace(/\/$/, '')}/w/${p.workspaceId}/sessions/${encodeURIComponent(p.sessionId)}/follow?key=${encodeURIComponent(followKey)}`,
  });

  app.get('/api/w/:workspaceId/sessions/:sessionId/follow', async (request) => {
    const params = parseWith(ParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    await requireLiveSession(ctx, { workspaceId: params.workspaceId, docId: params.sessionId });
    const editKey = bearerKey(request)!;
    // The first ask makes one; so does a key sealed under an edit key that was since replaced from the CLI.
    const key = (await ctx.workspaces.followKeys.current(params.workspaceId, params.sessionId, editKey))
      ?? (await ctx.rotateFollowKey(params.workspaceId, params.sessionId, editKey));
    return answer(request, params, key);
  });

  app.post('/api/w/:workspaceId/sessions/:sessionId/follow', async (request) => {
    const params = parseWith(ParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    await requireLiveSession(ctx, { workspaceId: params.workspaceId, docId: params.sessionId });
    return answer(request, params, await ctx.rotateFollowKey(params.workspaceId, params.sessionId, bearerKey(request)!));
  });

  /**
   * The deck as the projector shows it, built by @minga/export from the served docs, without
   * speaker notes or timing. Phones ask again when the presenter's deck revision changes
   * (presence doc); the ETag turns an unchanged deck into a 304.
   */
  app.get('/api/w/:workspaceId/sessions/:sessionId/deck', async (request, reply) => {
    const params = parseWith(ParamsSchema, request.params, 'invalid_params');
    const { lang } = parseQuery(request, 'GET', '/api/w/:workspaceId/sessions/:sessionId/deck');
    await requireFollower(ctx.workspaces, request, params.workspaceId, params.sessionId);
    const ref = { workspaceId: params.workspaceId, docId: params.sessionId };
    await requireLiveSession(ctx, ref);
    const session = await readSession(ctx, ref);
    const units = await resolveSessionUnits(ctx, params.workspaceId, session);
    const json = JSON.stringify({ deck: followerDeck(buildDeck({ session, units, lang })) });
    const etag = deckEtag(json);
    reply.header('ETag', etag).header('Cache-Control', 'private, no-cache').header('Vary', 'Authorization');
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    return reply.type('application/json; charset=utf-8').send(json);
  });
}
