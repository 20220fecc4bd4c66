import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { ImportPreviewSchema, ImportedUnitSchema, WorkspaceIdSchema } from '@minga/schema';
import type { MingaContext } from '../../MingaContext.ts';
import { parseBody, parseQuery, parseWith } from '../validate.ts';
import { replyAs } from '../replyAs.ts';
import { requireRole } from '../requireRole.ts';
import { ImportRefused, importUnit, previewImport } from '../../units/importUnit.ts';

const ParamsSchema = z.object({ workspaceId: WorkspaceIdSchema });

/** Largest file an import takes. */
export const IMPORT_MAX_BYTES = 1024 * 1024;

/**
 * `POST /api/w/<ws>/import`: a pad, Markdown, a Carpentries episode or a unit's JSON becomes a
 * unit. JSON body `{ text, filename?, dryRun?, author? }`, or the raw file as the body (any other content
 * type) with `?filename=&dryRun=1&author=`. `dryRun` answers the preview and creates nothing.
 */
export function importRoutes(app: FastifyInstance, ctx: MingaContext): void {
  app.register(async (scope) => {
    scope.addContentTypeParser(
      ['text/plain', 'text/markdown', 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES },
      (_req, body, done) => done(null, body),
    );

    scope.post('/api/w/:workspaceId/import', { bodyLimit: IMPORT_MAX_BYTES * 2 }, async (request, reply) => {
      const { workspaceId } = parseWith(ParamsSchema, request.params, 'invalid_params');
      await requireRole(ctx.workspaces, request, workspaceId, 'edit');
      const raw = Buffer.isBuffer(request.body);
      const { text, ...parsed } = raw
        ? { text: undefined, ...parseQuery(request, 'POST', '/api/w/:workspaceId/import') }
        : parseBody(request, 'POST', '/api/w/:workspaceId/import');
      const { dryRun, author, ...options } = parsed;
      const input = text ?? new Uint8Array(request.body as Buffer);
      const importOptions = { ...options, maxBytes: IMPORT_MAX_BYTES };
      try {
        if (dryRun) return replyAs(ImportPreviewSchema, previewImport(input, importOptions));
        const { unit, format, warnings, preview } = await importUnit(ctx, workspaceId, input, importOptions, author);
        return reply.status(201).send(replyAs(ImportedUnitSchema, { format, unit, warnings, preview }));
      } catch (error) {
        if (error instanceof ImportRefused) return refuse(reply, error);
        throw error;
      }
    });
  });
}

function refuse(reply: FastifyReply, error: ImportRefused) {
  const status = error.reason === 'too_large' ? 413 : 400;
  const code = error.reason === 'too_large' ? 'payload_too_large' : 'invalid_import';
  return reply.status(status).send({ error: { code, message: error.message, reason: error.reason, ...error.where } });
}
