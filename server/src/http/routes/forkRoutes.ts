import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { applyUnitJson } from '@minga/doc-model';
import { UnitLineageSchema, UnitSchema, UpstreamReplySchema,
  DocIdSchema, WorkspaceIdSchema, checkFork, forkUnit, licenceTerms, newItemId,
  takeUpstream, takeUpstreamItem, upstreamChanges, type Unit,
} from '@minga/schema';
import type { MingaContext } from '../../MingaContext.ts';
import type { DocRef } from '../../storage/DocStore.ts';
import { ApiError } from '../ApiError.ts';
import { parseBody, parseWith } from '../validate.ts';
import { replyAs } from '../replyAs.ts';
import { requireRole } from '../requireRole.ts';
import { createUnit } from './unitRoutes.ts';
import { markVersion, readUnit, readUnitVersion, requireLiveUnit } from '../../units/unitDocs.ts';

const UnitParamsSchema = z.object({ workspaceId: WorkspaceIdSchema, unitId: DocIdSchema });

/** The message a no-derivatives licence gives to whoever tries to adapt the unit. */
export function noDerivativesMessage(unit: Unit): string {
  return `This unit is under ${licenceTerms(unit.licence).label}: its authors allow sharing it unchanged but not adapting it, so it cannot be forked. Ask them for another licence.`;
}

/**
 * Forks a unit into a workspace: marks the fork point as a version of the source, copies the
 * unit under a new id with its credits and licence, and records the lineage.
 */
export async function forkInto(
  ctx: MingaContext,
  source: { ref: DocRef; unit: Unit },
  targetWorkspaceId: string,
  options: { title?: string; author?: string; catalogueId?: string },
): Promise<Unit> {
  const check = checkFork(source.unit.licence);
  if (!check.ok) throw new ApiError('forbidden', noDerivativesMessage(source.unit));
  const newId = newItemId();
  const version = await markVersion(ctx, source.ref, `⑂ ${options.title ?? source.unit.title}`, options.author ?? '');
  const fork = forkUnit(source.unit, newId, version, { title: options.title, catalogueId: options.catalogueId });
  return createUnit(ctx, targetWorkspaceId, fork);
}

/** Where a fork's source lives: its doc, whether a catalogue unpublishing hid it. */
async function sourceRefOf(ctx: MingaContext, workspaceId: string, fork: Unit): Promise<DocRef | null> {
  const from = fork.source?.forkedFrom;
  if (!from) return null;
  if (from.catalogueId) {
    const entry = await ctx.catalogue.get(from.catalogueId);
    return entry ? { workspaceId: entry.workspaceId, docId: entry.docId } : null;
  }
  const ref = { workspaceId, docId: from.unitId };
  const entry = await ctx.registry.get(ref);
  return entry && entry.kind === 'unit' && !entry.deletedAt ? ref : null;
}

/** Fork, lineage, and bringing a fork up to date with its source field by field. */
export function forkRoutes(app: FastifyInstance, ctx: MingaContext): void {
  const refOf = (p: { workspaceId: string; unitId: string }): DocRef => ({ workspaceId: p.workspaceId, docId: p.unitId });

  app.post('/api/w/:workspaceId/units/:unitId/fork', async (request, reply) => {
    const params = parseWith(UnitParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    const ref = refOf(params);
    await requireLiveUnit(ctx, ref);
    const body = parseBody(request, 'POST', '/api/w/:workspaceId/units/:unitId/fork');
    const fork = await forkInto(ctx, { ref, unit: await readUnit(ctx, ref) }, params.workspaceId, body);
    return reply.status(201).send(replyAs(UnitSchema, fork));
  });

  app.get('/api/w/:workspaceId/units/:unitId/lineage', async (request) => {
    const params = parseWith(UnitParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'view');
    const ref = refOf(params);
    await requireLiveUnit(ctx, ref);
    const unit = await readUnit(ctx, ref);
    const from = unit.source?.forkedFrom;
    const sourceRef = await sourceRefOf(ctx, params.workspaceId, unit);
    return replyAs(UnitLineageSchema, {
      forkedFrom: from
        ? {
            ...from,
            available: sourceRef !== null,
            title: sourceRef ? await ctx.unitIndex.title(sourceRef) : '',
            sameWorkspace: sourceRef?.workspaceId === params.workspaceId,
          }
        : null,
      forks: await ctx.unitIndex.forksOf(params.workspaceId, params.unitId),
    });
  });

  app.get('/api/w/:workspaceId/units/:unitId/upstream', async (request) => {
    const params = parseWith(UnitParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'view');
    const { mine, upstream, base } = await upstreamTriple(params);
    return replyAs(UpstreamReplySchema, { ...upstreamChanges(base, upstream, mine), version: mine.source?.forkedFrom?.version });
  });

  app.post('/api/w/:workspaceId/units/:unitId/upstream', async (request) => {
    const params = parseWith(UnitParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    const { take, items } = parseBody(request, 'POST', '/api/w/:workspaceId/units/:unitId/upstream');
    const { mine, upstream, sourceRef } = await upstreamTriple(params);
    // The fork is now up to date with the source as it stands: what was not taken was kept on purpose.
    const version = await markVersion(ctx, sourceRef, `⑂ ${mine.title}`, '');
    let next = takeUpstream(mine, upstream, take);
    for (const item of items) if (!take.includes(item.field)) next = takeUpstreamItem(next, upstream, item.field, item.id);
    const from = mine.source!.forkedFrom!;
    next.source = { ...mine.source, forkedFrom: { ...from, version } };
    return ctx.rooms.withRoom(refOf(params), async (room) => {
      applyUnitJson(room.doc, next);
      await ctx.unitIndex.upsert(room.ref, next);
      return replyAs(UnitSchema, next);
    });
  });

  async function upstreamTriple(params: { workspaceId: string; unitId: string }) {
    const ref = refOf(params);
    await requireLiveUnit(ctx, ref);
    const mine = await readUnit(ctx, ref);
    const from = mine.source?.forkedFrom;
    if (!from) throw new ApiError('not_found', 'This unit is not a fork.');
    const sourceRef = await sourceRefOf(ctx, params.workspaceId, mine);
    if (!sourceRef) throw new ApiError('not_found', 'The unit this one was forked from is no longer available.');
    const upstream = await readUnit(ctx, sourceRef);
    const base = await readUnitVersion(ctx, sourceRef, from.version) ?? upstream;
    return { mine, upstream, base, sourceRef };
  }
}
