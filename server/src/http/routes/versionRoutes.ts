import type { FastifyInstance } from 'fastify';
import * as Y from 'yjs';
import { z } from 'zod';
import { applySessionJson, applyUnitJson, yDocToSession, yDocToUnit } from '@minga/doc-model';
import { RestoredDocSchema, VersionListSchema, VersionMetaSchema, VersionWithStateSchema, DocIdSchema, WorkspaceIdSchema } from '@minga/schema';
import type { MingaContext } from '../../MingaContext.ts';
import { ApiError } from '../ApiError.ts';
import { parseBody, parseWith } from '../validate.ts';
import { replyAs } from '../replyAs.ts';
import { requireRole } from '../requireRole.ts';
import { restoredUnderShareAlike } from '../../units/shareAlike.ts';

const DocParamsSchema = z.object({ workspaceId: WorkspaceIdSchema, docId: DocIdSchema });
const VersionParamsSchema = DocParamsSchema.extend({ versionId: z.coerce.number().int().positive() });

/** History of any document: list, save a named version, read one version's state, restore a unit or a session. */
export function versionRoutes(app: FastifyInstance, ctx: MingaContext): void {
  app.get('/api/w/:workspaceId/docs/:docId/versions', async (request) => {
    const ref = parseWith(DocParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, ref.workspaceId, 'view');
    return replyAs(VersionListSchema, { versions: await ctx.versions.list(ref) });
  });

  app.post('/api/w/:workspaceId/docs/:docId/versions', async (request, reply) => {
    const ref = parseWith(DocParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, ref.workspaceId, 'edit');
    const { label, author } = parseBody(request, 'POST', '/api/w/:workspaceId/docs/:docId/versions');
    const state = await ctx.rooms.withRoom(ref, (room) => Y.encodeStateAsUpdate(room.doc));
    const meta = await ctx.versions.save(ref, 'named', label, author, state);
    return reply.status(201).send(replyAs(VersionMetaSchema, meta));
  });

  app.get('/api/w/:workspaceId/docs/:docId/versions/:versionId', async (request) => {
    const { versionId, ...ref } = parseWith(VersionParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, ref.workspaceId, 'view');
    const version = await ctx.versions.get(ref, versionId);
    if (!version) throw new ApiError('not_found', 'No such version of this document.');
    const { snapshot, ...meta } = version;
    return replyAs(VersionWithStateSchema, { ...meta, state: snapshot.toString('base64') });
  });

  /**
   * Restores a unit or a session to a version as a NEW change: the version's JSON form is applied
   * to the live doc in one transaction, so history keeps everything and open editors see it.
   */
  app.post('/api/w/:workspaceId/docs/:docId/versions/:versionId/restore', async (request) => {
    const { versionId, ...ref } = parseWith(VersionParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, ref.workspaceId, 'edit');
    const entry = await ctx.registry.get(ref);
    if (!entry || (entry.kind !== 'unit' && entry.kind !== 'session') || entry.deletedAt) {
      throw new ApiError('not_found', 'Only a unit or a session outside the bin can be restored.');
    }
    const version = await ctx.versions.get(ref, versionId);
    if (!version) throw new ApiError('not_found', 'No such version of this document.');
    const old = new Y.Doc();
    Y.applyUpdate(old, version.snapshot);
    return ctx.rooms.withRoom(ref, async (room) => {
      if (entry.kind === 'unit') {
        const restored = restoredUnderShareAlike(yDocToUnit(old, ref.docId), yDocToUnit(room.doc, ref.docId));
        applyUnitJson(room.doc, { ...restored, updatedAt: new Date().toISOString() });
        const unit = yDocToUnit(room.doc, ref.docId);
        await ctx.unitIndex.upsert(ref, unit);
        return replyAs(RestoredDocSchema, unit);
      }
      applySessionJson(room.doc, { ...yDocToSession(old, ref.docId), updatedAt: new Date().toISOString() });
      const session = yDocToSession(room.doc, ref.docId);
      await ctx.sessionIndex.upsert(ref, session);
      return replyAs(RestoredDocSchema, session);
    });
  });
}
