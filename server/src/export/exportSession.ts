import { sessionReviewers } from '../comments/commentDocs.ts';
import { buildDeck, renderDeckHtml, renderHandoutHtml, renderPromoSheetHtml, renderRunSheetMarkdown, type DeckLang } from '@minga/export';
import type { MingaContext } from '../MingaContext.ts';
import type { DocRef } from '../storage/DocStore.ts';
import { readSession, requireLiveSession, resolveSessionUnits } from '../sessions/sessionDocs.ts';
import { readRevealAssets } from './revealAssets.ts';
import { inlineUploadedImages } from './inlineImages.ts';
import { slugify } from './filename.ts';
import { renderPdfOrExplain } from './renderPdfOrExplain.ts';

export const SESSION_EXPORT_FORMATS = ['html', 'pdf', 'md', 'handout', 'sheet', 'handout-pdf', 'sheet-pdf'] as const;
export type SessionExportFormat = (typeof SESSION_EXPORT_FORMATS)[number];

export interface ExportedFile {
  body: string | Buffer;
  contentType: string;
  filename: string;
}

/**
 * A session as a file, from the live documents: the offline deck (`html`), its PDF (one page per
 * slide), the Markdown run-sheet (`md`), the participant handout and the one-page promotional
 * sheet (printable HTML, or PDF with `-pdf`). Used by the REST API and by `minga export`.
 */
export async function exportSession(ctx: MingaContext, ref: DocRef, format: SessionExportFormat, lang: DeckLang = 'fr'): Promise<ExportedFile> {
  await requireLiveSession(ctx, ref);
  const session = await readSession(ctx, ref);
  const units = await resolveSessionUnits(ctx, ref.workspaceId, session);
  const name = slugify(session.title, session.id);
  // Reviewers' names only (« relu par »): a comment's text never reaches an export.
  const reviewers = format === 'sheet' || format === 'sheet-pdf' ? new Map<string, string[]>() : await sessionReviewers(ctx, ref.workspaceId, units);
  if (format === 'md') {
    return { body: renderRunSheetMarkdown(session, units, lang, reviewers), contentType: 'text/markdown; charset=utf-8', filename: `${name}-deroule.md` };
  }
  const imageSrc = await inlineUploadedImages(ctx.files, ref.workspaceId, [session, [...units.values()]]);
  if (format === 'handout' || format === 'handout-pdf') {
    const html = renderHandoutHtml({ session, units, lang, imageSrc, reviewers });
    if (format === 'handout') return { body: html, contentType: 'text/html; charset=utf-8', filename: `${name}-livret.html` };
    return { body: await renderPdfOrExplain(ctx.pdf, html, { printPdf: false }), contentType: 'application/pdf', filename: `${name}-livret.pdf` };
  }
  if (format === 'sheet' || format === 'sheet-pdf') {
    const html = renderPromoSheetHtml({ session, units, lang });
    if (format === 'sheet') return { body: html, contentType: 'text/html; charset=utf-8', filename: `${name}-presentation.html` };
    return { body: await renderPdfOrExplain(ctx.pdf, html, { printPdf: false }), contentType: 'application/pdf', filename: `${name}-presentation.pdf` };
  }
  const deck = buildDeck({ session, units, lang, reviewers });
  const html = await renderDeckHtml(deck, { ...readRevealAssets(deck.theme), imageSrc });
  if (format === 'html') return { body: html, contentType: 'text/html; charset=utf-8', filename: `${name}.html` };
  return { body: await renderPdfOrExplain(ctx.pdf, html, { printPdf: true }), contentType: 'application/pdf', filename: `${name}.pdf` };
}
