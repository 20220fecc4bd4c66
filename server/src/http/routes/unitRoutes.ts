import { isDeepStrictEqual } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { applyUnitJson, yDocToUnit } from '@minga/doc-model';
import { BinListSchema, BinnedDocSchema, JsonDocumentSchema, UnitListSchema, UnitWithCommentsSchema,
  GENERAL_PAD_DOC_ID, DocIdSchema, UnitSchema, WorkspaceIdSchema, newItemId, unitFromDraft,
  type Unit,
} from '@minga/schema';
import type { MingaContext } from '../../MingaContext.ts';
import { ApiError } from '../ApiError.ts';
import { parseBody, parseQuery, parseWith } from '../validate.ts';
import { replyAs } from '../replyAs.ts';
import { requireRole } from '../requireRole.ts';
import { moveToBin, requireLiveDoc, takeOutOfBin } from '../docBin.ts';
import { requireShareAlikeKept } from '../../units/shareAlike.ts';
import { creditRoomEdit, withAuthorCredited } from '../../units/creditEdit.ts';
import { readThreads } from '../../comments/commentDocs.ts';

const WorkspaceParamsSchema = z.object({ workspaceId: WorkspaceIdSchema });
const UnitParamsSchema = z.object({ workspaceId: WorkspaceIdSchema, unitId: DocIdSchema });

/** The unit JSON schema, for scripts and other tools. */
export const UNIT_JSON_SCHEMA = z.toJSONSchema(UnitSchema, { io: 'input', unrepresentable: 'any' });

/** Units: the library list and search, create, read, replace, bin and restore. */
export function unitRoutes(app: FastifyInstance, ctx: MingaContext): void {
  const ref = (p: { workspaceId: string; unitId: string }) => ({ workspaceId: p.workspaceId, docId: p.unitId });

  app.get('/api/schema/unit.json', async () => replyAs(JsonDocumentSchema, UNIT_JSON_SCHEMA));

  app.get('/api/w/:workspaceId/units', async (request) => {
    const { workspaceId } = parseWith(WorkspaceParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, workspaceId, 'view');
    const query = parseQuery(request, 'GET', '/api/w/:workspaceId/units');
    return replyAs(UnitListSchema, await ctx.unitIndex.search(workspaceId, query));
  });

  app.post('/api/w/:workspaceId/units', async (request, reply) => {
    const { workspaceId } = parseWith(WorkspaceParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, workspaceId, 'edit');
    const draft = parseBody(request, 'POST', '/api/w/:workspaceId/units');
    requireShareAlikeKept(draft);
    const unit = await createUnit(ctx, workspaceId, unitFromDraft(draft, draft.id ?? newItemId()), {});
    return reply.status(201).send(replyAs(UnitSchema, unit));
  });

  app.get('/api/w/:workspaceId/units/:unitId', async (request) => {
    const params = parseWith(UnitParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'view');
    await requireLiveDoc(ctx, ref(params), 'unit');
    const { comments } = parseQuery(request, 'GET', '/api/w/:workspaceId/units/:unitId');
    const unit = await ctx.rooms.withRoom(ref(params), (room) => yDocToUnit(room.doc, params.unitId));
    // Threads are discussion, not material: only a caller who asks gets them.
    return replyAs(UnitWithCommentsSchema, comments === '1' ? { ...unit, comments: await readThreads(ctx, ref(params)) } : unit);
  });

  app.put('/api/w/:workspaceId/units/:unitId', async (request) => {
    const params = parseWith(UnitParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    await requireLiveDoc(ctx, ref(params), 'unit');
    const { author, ...unit } = parseBody(request, 'PUT', '/api/w/:workspaceId/units/:unitId');
    if (unit.id !== params.unitId) throw new ApiError('invalid_body', `id: must be "${params.unitId}", the unit in the path`);
    return ctx.rooms.withRoom(ref(params), async (room) => {
      // Share-alike is judged on the source licence the document holds, not on the body's claim.
      const current = yDocToUnit(room.doc, params.unitId);
      const recorded = current.source?.forkedFrom?.licence;
      if (recorded && unit.source?.forkedFrom?.licence !== recorded) {
        throw new ApiError('conflict', `source.forkedFrom.licence: must stay "${recorded}", the licence of the source when this unit was forked.`);
      }
      requireShareAlikeKept(unit);
      // The same unit sent again changes nothing, not even updatedAt: a write here would be a
      // change credited to nobody, and an automatic version by nobody once the doc is quiet.
      if (isDeepStrictEqual({ ...current, updatedAt: undefined }, { ...unit, updatedAt: undefined })) return replyAs(UnitSchema, current);
      const contributors = withAuthorCredited(unit.contributors, author);
      // One transaction: open editors see the whole change at once, merged with their own.
      applyUnitJson(room.doc, { ...unit, contributors, updatedAt: new Date().toISOString() });
      creditRoomEdit(ctx.autoVersions, room, author);
      const saved = yDocToUnit(room.doc, params.unitId);
      await ctx.unitIndex.upsert(room.ref, saved);
      return replyAs(UnitSchema, saved);
    });
  });

  app.delete('/api/w/:workspaceId/units/:unitId', async (request) => {
    const params = parseWith(UnitParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    const deletedAt = await moveToBin(ctx, ref(params), 'unit');
    return replyAs(BinnedDocSchema, { id: params.unitId, deletedAt });
  });

  app.post('/api/w/:workspaceId/units/:unitId/restore', async (request) => {
    const params = parseWith(UnitParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    await takeOutOfBin(ctx, ref(params), 'unit');
    return replyAs(UnitSchema, await ctx.rooms.withRoom(ref(params), (room) => yDocToUnit(room.doc, params.unitId)));
  });

  app.get('/api/w/:workspaceId/bin', async (request) => {
    const { workspaceId } = parseWith(WorkspaceParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, workspaceId, 'view');
    const items = await Promise.all((await ctx.registry.bin(workspaceId)).map(async (entry) => ({
      id: entry.docId,
      kind: entry.kind,
      deletedAt: entry.deletedAt!, // the bin lists only deleted docs
      title:
        entry.kind === 'unit'
          ? await ctx.unitIndex.title({ workspaceId, docId: entry.docId })
          : entry.kind === 'session'
            ? await ctx.sessionIndex.title({ workspaceId, docId: entry.docId })
            : '',
    })));
    return replyAs(BinListSchema, { items });
  });
}

/**
 * Creates a unit doc from its JSON form; refuses an id already taken in the workspace. With
 * `credit`, the creation is an API edit: its author is credited, or "via API" is said.
 */
export async function createUnit(ctx: MingaContext, workspaceId: string, unit: Unit, credit?: { author?: string }): Promise<Unit> {
  const docRef = { workspaceId, docId: unit.id };
  if (unit.id === GENERAL_PAD_DOC_ID || await ctx.registry.get(docRef) || (await ctx.store.countUpdates(docRef)) > 0) {
    throw new ApiError('conflict', `A document with the id "${unit.id}" already exists in this workspace.`);
  }
  const now = new Date().toISOString();
  await ctx.registry.register(docRef, 'unit');
  return ctx.rooms.withRoom(docRef, async (room) => {
    const contributors = credit ? withAuthorCredited(unit.contributors, credit.author) : unit.contributors;
    applyUnitJson(room.doc, { ...unit, contributors, createdAt: unit.createdAt ?? now, updatedAt: now });
    if (credit) creditRoomEdit(ctx.autoVersions, room, credit.author);
    const saved = yDocToUnit(room.doc, unit.id);
    await ctx.unitIndex.upsert(docRef, saved);
    return saved;
  });
}
