import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CatalogueEntrySchema, CatalogueListSchema, PublicationSchema, UnitSchema, DocIdSchema, LicenceSchema, WorkspaceIdSchema, licenceChangeAllowed, licenceTerms } from '@minga/schema';
import type { MingaContext } from '../../MingaContext.ts';
import { ApiError } from '../ApiError.ts';
import { parseBody, parseWith } from '../validate.ts';
import { replyAs } from '../replyAs.ts';
import { requireRole } from '../requireRole.ts';
import { readUnit, requireLiveUnit } from '../../units/unitDocs.ts';
import { forkInto } from './forkRoutes.ts';
import { requireShareAlikeKept } from '../../units/shareAlike.ts';

const UnitParamsSchema = z.object({ workspaceId: WorkspaceIdSchema, unitId: DocIdSchema });
const PublicParamsSchema = z.object({ publicId: DocIdSchema });

/** Public links of a catalogue entry, on the origin the request came in on. */
function publicLinks(request: FastifyRequest, publicId: string) {
  const origin = `${request.protocol}://${request.host}`;
  return { pageUrl: `${origin}/c/${publicId}`, jsonUrl: `${origin}/api/catalogue/${publicId}` };
}

/** Whether a unit of the index keeps the licence of its share-alike source (if it has one). */
function keepsShareAlike(summary: { licence: string; forkedFrom: { licence?: string } | null }): boolean {
  const source = LicenceSchema.safeParse(summary.forkedFrom?.licence);
  const own = LicenceSchema.safeParse(summary.licence);
  return !source.success || !own.success || licenceChangeAllowed(source.data, own.data);
}

/** The commons catalogue: publish and unpublish (edit key), read and fork (public). */
export function catalogueRoutes(app: FastifyInstance, ctx: MingaContext): void {
  const refOf = (p: { workspaceId: string; unitId: string }) => ({ workspaceId: p.workspaceId, docId: p.unitId });

  app.get('/api/w/:workspaceId/units/:unitId/publication', async (request) => {
    const params = parseWith(UnitParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'view');
    await requireLiveUnit(ctx, refOf(params));
    const entry = await ctx.catalogue.entryFor(refOf(params));
    return replyAs(PublicationSchema, entry ? { published: true, publicId: entry.publicId, publishedAt: entry.publishedAt, ...publicLinks(request, entry.publicId) } : { published: false });
  });

  app.put('/api/w/:workspaceId/units/:unitId/publication', async (request) => {
    const params = parseWith(UnitParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    await requireLiveUnit(ctx, refOf(params));
    requireShareAlikeKept(await readUnit(ctx, refOf(params)), 'Put it back under its source’s licence to publish it.');
    const entry = await ctx.catalogue.publish(refOf(params));
    request.log.info({ unit: params.unitId, publicId: entry.publicId }, 'unit published');
    return replyAs(PublicationSchema, { published: true, publicId: entry.publicId, publishedAt: entry.publishedAt, ...publicLinks(request, entry.publicId) });
  });

  app.delete('/api/w/:workspaceId/units/:unitId/publication', async (request) => {
    const params = parseWith(UnitParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'edit');
    await ctx.catalogue.unpublish(refOf(params));
    return replyAs(PublicationSchema, { published: false });
  });

  app.get('/api/catalogue', async () => {
    const units = await Promise.all((await ctx.catalogue.list()).map(async (entry) => {
      const summary = await ctx.unitIndex.summary({ workspaceId: entry.workspaceId, docId: entry.docId });
      // A fork whose licence breaks its share-alike source is not shown until its licence is put back.
      if (!summary || !keepsShareAlike(summary)) return null;
      return { publicId: entry.publicId, publishedAt: entry.publishedAt, ...summary, licenceLabel: licenceTerms(summary.licence as never).label };
    }));
    // Units their authors marked ready come first; the rest keep their order and say they were never reviewed.
    const shown = units.filter((u) => u !== null);
    return replyAs(CatalogueListSchema, { units: [...shown.filter((u) => u.review === 'ready'), ...shown.filter((u) => u.review !== 'ready')] });
  });

  /** A published unit's JSON form: read-only, with its licence and credits. */
  async function published(publicId: string) {
    const entry = await ctx.catalogue.get(publicId);
    const ref = entry ? { workspaceId: entry.workspaceId, docId: entry.docId } : null;
    const doc = ref ? await ctx.registry.get(ref) : null;
    if (!entry || !ref || !doc || doc.deletedAt) throw new ApiError('not_found', 'Nothing is published under this id (it may have been unpublished).');
    const unit = await readUnit(ctx, ref);
    requireShareAlikeKept(unit, 'The catalogue does not offer it until its licence is put back.');
    return { entry, ref, unit };
  }

  app.get('/api/catalogue/:publicId', async (request) => {
    const { publicId } = parseWith(PublicParamsSchema, request.params, 'invalid_params');
    const { entry, unit } = await published(publicId);
    return replyAs(CatalogueEntrySchema, { publicId, publishedAt: entry.publishedAt, licence: licenceTerms(unit.licence), unit });
  });

  app.post('/api/catalogue/:publicId/fork', async (request, reply) => {
    const { publicId } = parseWith(PublicParamsSchema, request.params, 'invalid_params');
    const { workspaceId, ...options } = parseBody(request, 'POST', '/api/catalogue/:publicId/fork');
    await requireRole(ctx.workspaces, request, workspaceId, 'edit');
    const { ref, unit } = await published(publicId);
    const fork = await forkInto(ctx, { ref, unit }, workspaceId, { ...options, catalogueId: publicId });
    return reply.status(201).send(replyAs(UnitSchema, fork));
  });
}
