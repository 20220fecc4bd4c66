import type { FastifyInstance } from 'fastify';
import * as Y from 'yjs';
import { z } from 'zod';
import { CreateVersionBodySchema, DocIdSchema, WorkspaceIdSchema, type VersionWithState } from '@minga/schema';
import type { MingaContext } from '../../MingaContext.ts';
import { ApiError } from '../ApiError.ts';
import { parseWith } from '../validate.ts';
import { requireRole } from '../requireRole.ts';

const DocParamsSchema = z.object({ workspaceId: WorkspaceIdSchema, docId: DocIdSchema });
const VersionParamsSchema = DocParamsSchema.extend({ versionId: z.coerce.number().int().positive() });

/** History of any document: list, save a named version, read one version's state. */
export function versionRoutes(app: FastifyInstance, ctx: MingaContext): void {
  app.get('/api/w/:workspaceId/docs/:docId/versions', async (request) => {
    const ref = parseWith(DocParamsSchema, request.params, 'invalid_params');
    requireRole(ctx.workspaces, request, ref.workspaceId, 'view');
    return { versions: ctx.versions.list(ref) };
  });

  app.post('/api/w/:workspaceId/docs/:docId/versions', async (request, reply) => {
    const ref = parseWith(DocParamsSchema, request.params, 'invalid_params');
    requireRole(ctx.workspaces, request, ref.workspaceId, 'edit');
    const { label, author } = parseWith(CreateVersionBodySchema, request.body);
    const state = await ctx.rooms.withRoom(ref, (room) => Y.encodeStateAsUpdate(room.doc));
    const meta = ctx.versions.save(ref, 'named', label, author, state);
    return reply.status(201).send(meta);
  });

  app.get('/api/w/:workspaceId/docs/:docId/versions/:versionId', async (request) => {
    const { versionId, ...ref } = parseWith(VersionParamsSchema, request.params, 'invalid_params');
    requireRole(ctx.workspaces, request, ref.workspaceId, 'view');
    const version = ctx.versions.get(ref, versionId);
    if (!version) throw new ApiError('not_found', 'No such version of this document.');
    const { snapshot, ...meta } = version;
    const body: VersionWithState = { ...meta, state: snapshot.toString('base64') };
    return body;
  });
}
