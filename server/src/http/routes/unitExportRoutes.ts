import { unitReviewers } from '../../comments/commentDocs.ts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { buildUnitDeck, renderDeckHtml } from '@minga/export';
import { unitToMarkdown } from '@minga/import';
import { DocIdSchema, WorkspaceIdSchema } from '@minga/schema';
import type { MingaContext } from '../../MingaContext.ts';
import { parseQuery, parseWith } from '../validate.ts';
import { requireRole } from '../requireRole.ts';
import { readUnit, requireLiveUnit } from '../../units/unitDocs.ts';
import { readRevealAssets } from '../../export/revealAssets.ts';
import { inlineUploadedImages } from '../../export/inlineImages.ts';
import { attachment, slugify } from '../../export/filename.ts';
import { renderPdfOrExplain } from '../../export/renderPdfOrExplain.ts';

const ParamsSchema = z.object({ workspaceId: WorkspaceIdSchema, unitId: DocIdSchema });

/** `GET /api/w/<ws>/units/<id>/export?format=html|pdf|json|md`: a unit alone as a deck, a PDF, its JSON form or Markdown. */
export function unitExportRoutes(app: FastifyInstance, ctx: MingaContext): void {
  app.get('/api/w/:workspaceId/units/:unitId/export', async (request, reply) => {
    const params = parseWith(ParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, params.workspaceId, 'view');
    const { format, lang: askedLang } = parseQuery(request, 'GET', '/api/w/:workspaceId/units/:unitId/export');
    const ref = { workspaceId: params.workspaceId, docId: params.unitId };
    await requireLiveUnit(ctx, ref);
    const unit = await readUnit(ctx, ref);
    const name = slugify(unit.title, unit.id);
    if (format === 'json') {
      return reply.header('Content-Disposition', attachment(`${name}.json`)).send(unit);
    }
    if (format === 'md') {
      // Markdown with front matter: importing it back gives the same unit, field for field.
      return reply.type('text/markdown; charset=utf-8').header('Content-Disposition', attachment(`${name}.md`)).send(unitToMarkdown(unit));
    }
    const lang = askedLang ?? (unit.language.startsWith('en') ? 'en' : 'fr');
    const deck = buildUnitDeck(unit, { lang, reviewers: await unitReviewers(ctx, params.workspaceId, unit) });
    const html = await renderDeckHtml(deck, { ...readRevealAssets(deck.theme), imageSrc: await inlineUploadedImages(ctx.files, params.workspaceId, unit) });
    if (format === 'html') {
      // The deck's own meta Content-Security-Policy allows its inlined scripts by hash.
      return reply.type('text/html; charset=utf-8').header('Content-Security-Policy', "frame-ancestors 'self'").header('Content-Disposition', attachment(`${name}.html`)).send(html);
    }
    const pdf = await renderPdfOrExplain(ctx.pdf, html, { printPdf: true });
    return reply.type('application/pdf').header('Content-Disposition', attachment(`${name}.pdf`)).send(pdf);
  });
}
