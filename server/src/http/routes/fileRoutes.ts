import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { UploadedFileSchema, WorkspaceIdSchema } from '@minga/schema';
import type { MingaContext } from '../../MingaContext.ts';
import { ApiError } from '../ApiError.ts';
import { parseWith } from '../validate.ts';
import { replyAs } from '../replyAs.ts';
import { requireRole } from '../requireRole.ts';
import { sniffImageType } from '../../files/sniffImageType.ts';

const FileParamsSchema = z.object({
  workspaceId: WorkspaceIdSchema,
  fileId: z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'is not a file id'),
});

/** The URL documents use to reference an uploaded image (relative, so exports can resolve it). */
export function fileUrl(workspaceId: string, fileId: string): string {
  return `/api/w/${workspaceId}/files/${fileId}`;
}

/** Image uploads: `POST /api/w/<ws>/files` (edit key, raw bytes), `GET /api/w/<ws>/files/<id>`. */
export function fileRoutes(app: FastifyInstance, ctx: MingaContext): void {
  const maxBytes = ctx.config.maxImageBytes;

  app.register(async (scope) => {
    // Raw bytes of any declared type: the content decides what it is, not the header.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBytes }, (_req, body, done) => done(null, body));

    scope.post('/api/w/:workspaceId/files', { bodyLimit: maxBytes }, async (request, reply) => {
      const { workspaceId } = parseWith(FileParamsSchema.pick({ workspaceId: true }), request.params, 'invalid_params');
      await requireRole(ctx.workspaces, request, workspaceId, 'edit');
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.byteLength === 0) throw new ApiError('bad_request', 'Send the image bytes as the request body.');
      const mime = sniffImageType(body);
      if (!mime) {
        throw new ApiError('unsupported_media_type', 'Only PNG, JPEG, GIF and WebP images are accepted (the file’s content is checked, not its name).');
      }
      const file = await ctx.files.save(workspaceId, mime, body);
      return reply.status(201).send(replyAs(UploadedFileSchema, { id: file.id, url: fileUrl(workspaceId, file.id), mime: file.mime, size: file.size }));
    });
  });

  // No key: an <img> cannot send one. The 128-bit random id is the capability.
  app.get('/api/w/:workspaceId/files/:fileId', async (request, reply) => {
    const { workspaceId, fileId } = parseWith(FileParamsSchema, request.params, 'invalid_params');
    const file = await ctx.files.get(workspaceId, fileId);
    if (!file) throw new ApiError('not_found', 'No such file.');
    return reply
      .header('Content-Type', file.mime)
      .header('Cache-Control', 'private, max-age=31536000, immutable')
      .header('Content-Security-Policy', "default-src 'none'; sandbox")
      .send(file.data);
  });
}
