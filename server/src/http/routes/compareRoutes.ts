import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { compareDocs } from '@minga/doc-model';
import { DocCompareReplySchema, DocIdSchema, WorkspaceIdSchema, type DocCompareReply } from '@minga/schema';
import type { MingaContext } from '../../MingaContext.ts';
import { ApiError } from '../ApiError.ts';
import { parseQuery, parseWith } from '../validate.ts';
import { replyAs } from '../replyAs.ts';
import { requireRole } from '../requireRole.ts';
import { authorsBetween, docStateAt } from '../../history/docStateAt.ts';

const DocParamsSchema = z.object({ workspaceId: WorkspaceIdSchema, docId: DocIdSchema });

/** Compares two states of a unit or a session: versions, what a delivery froze, or now. */
export function compareRoutes(app: FastifyInstance, ctx: MingaContext): void {
  app.get('/api/w/:workspaceId/docs/:docId/compare', async (request): Promise<DocCompareReply> => {
    const ref = parseWith(DocParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, ref.workspaceId, 'view');
    const query = parseQuery(request, 'GET', '/api/w/:workspaceId/docs/:docId/compare');
    const entry = await ctx.registry.get(ref);
    if (!entry || (entry.kind !== 'unit' && entry.kind !== 'session')) {
      throw new ApiError('not_found', 'Only the versions of a unit or a session can be compared.');
    }
    const from = await docStateAt(ctx, ref, entry.kind, query.from);
    const to = await docStateAt(ctx, ref, entry.kind, query.to);
    const { fields } = compareDocs(from.json, to.json);
    return replyAs(DocCompareReplySchema, {
      docId: ref.docId,
      kind: entry.kind,
      from: { ref: from.ref, label: from.label, createdAt: from.createdAt },
      to: { ref: to.ref, label: to.label, createdAt: to.createdAt },
      authors: await authorsBetween(ctx, ref, from, to),
      fields,
    });
  });
}
