import { buildDeck, renderDeckHtml, renderRunSheetMarkdown, type DeckLang } from '@minga/export';
import type { MingaContext } from '../MingaContext.ts';
import type { DocRef } from '../storage/DocStore.ts';
import { readSession, requireLiveSession, resolveSessionUnits } from '../sessions/sessionDocs.ts';
import { readRevealAssets } from './revealAssets.ts';
import { inlineUploadedImages } from './inlineImages.ts';
import { slugify } from './filename.ts';
import { renderPdfOrExplain } from './renderPdfOrExplain.ts';

export const SESSION_EXPORT_FORMATS = ['html', 'pdf', 'md'] as const;
export type SessionExportFormat = (typeof SESSION_EXPORT_FORMATS)[number];

export interface ExportedFile {
  body: string | Buffer;
  contentType: string;
  filename: string;
}

/**
 * A session as a file, from the live documents: the offline deck (`html`), its PDF (one page per
 * slide), or the Markdown run-sheet. Used by the REST API and by `minga export`.
 */
export async function exportSession(ctx: MingaContext, ref: DocRef, format: SessionExportFormat, lang: DeckLang = 'fr'): Promise<ExportedFile> {
  requireLiveSession(ctx, ref);
  const session = await readSession(ctx, ref);
  const units = await resolveSessionUnits(ctx, ref.workspaceId, session);
  const name = slugify(session.title, session.id);
  if (format === 'md') {
    return { body: renderRunSheetMarkdown(session, units, lang), contentType: 'text/markdown; charset=utf-8', filename: `${name}-deroule.md` };
  }
  const deck = buildDeck({ session, units, lang });
  const html = renderDeckHtml(deck, { ...readRevealAssets(deck.theme), imageSrc: inlineUploadedImages(ctx.files, ref.workspaceId) });
  if (format === 'html') return { body: html, contentType: 'text/html; charset=utf-8', filename: `${name}.html` };
  return { body: await renderPdfOrExplain(html, { printPdf: true }), contentType: 'application/pdf', filename: `${name}.pdf` };
}
