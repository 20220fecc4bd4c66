import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DocIdSchema, WorkspaceIdSchema } from '@minga/schema';
import type { MingaContext } from '../../MingaContext.ts';
import { parseQuery, parseWith } from '../validate.ts';
import { requireRole } from '../requireRole.ts';
import { exportSession } from '../../export/exportSession.ts';
import { attachment } from '../../export/filename.ts';

const ParamsSchema = z.object({ workspaceId: WorkspaceIdSchema, sessionId: DocIdSchema });

/** `GET /api/w/<ws>/sessions/<id>/export?format=…`: the session as a file. */
export function sessionExportRoutes(app: FastifyInstance, ctx: MingaContext): void {
  app.get('/api/w/:workspaceId/sessions/:sessionId/export', async (request, reply) => {
    const params = parseWith(ParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'view');
    const query = parseQuery(request, 'GET', '/api/w/:workspaceId/sessions/:sessionId/export');
    const file = await exportSession(ctx, { workspaceId: params.workspaceId, docId: params.sessionId }, query.format, query.lang);
    if (query.disposition === 'attachment') reply.header('Content-Disposition', attachment(file.filename));
    // A deck carries its own Content-Security-Policy in a meta tag (its inlined scripts by hash);
    // the app's policy would block those scripts, so this response only forbids framing elsewhere.
    if (file.contentType.startsWith('text/html')) reply.header('Content-Security-Policy', "frame-ancestors 'self'");
    return reply.type(file.contentType).send(file.body);
  });
}
