import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CommentsListSchema, WorkspaceIdSchema, filterThreads, type CommentsList } from '@minga/schema';
import type { MingaContext } from '../../MingaContext.ts';
import { commentedDocTitle, readThreads } from '../../comments/commentDocs.ts';
import { parseQuery, parseWith } from '../validate.ts';
import { replyAs } from '../replyAs.ts';
import { requireRole } from '../requireRole.ts';

const WorkspaceParamsSchema = z.object({ workspaceId: WorkspaceIdSchema });

/** `GET /api/w/<ws>/comments`: what is waiting, per unit and session, for scripts and the workspace page. */
export function commentRoutes(app: FastifyInstance, ctx: MingaContext): void {
  app.get('/api/w/:workspaceId/comments', async (request): Promise<CommentsList> => {
    const { workspaceId } = parseWith(WorkspaceParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, workspaceId, 'view');
    const query = parseQuery(request, 'GET', '/api/w/:workspaceId/comments');
    const docs = (
      await Promise.all(
        (['unit', 'session'] as const).map(async (kind) => (await ctx.registry.list(workspaceId, kind)).map((entry) => ({ kind, docId: entry.docId }))),
      )
    ).flat();
    const items: CommentsList['items'] = [];
    for (const { kind, docId } of docs) {
      if (query.docId !== undefined && docId !== query.docId) continue;
      const ref = { workspaceId, docId };
      const threads = await readThreads(ctx, ref);
      const matching = filterThreads(threads, query);
      if (matching.length === 0) continue;
      items.push({ docId, kind, title: await commentedDocTitle(ctx, ref, kind), openCount: threads.filter((thread) => thread.status === 'open').length, threads: matching });
    }
    return replyAs(CommentsListSchema, { items });
  });
}
