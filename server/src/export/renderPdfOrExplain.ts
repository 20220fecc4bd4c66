import { ApiError } from '../http/ApiError.ts';
import type { PdfBrowser } from './PdfBrowser.ts';
import { NoChromiumError } from './renderPdf.ts';

/** Renders a PDF in the server's shared Chromium, or answers 501 `no_pdf` so the web app falls back to the browser's own print. */
export async function renderPdfOrExplain(pdf: PdfBrowser, html: string, options: { printPdf: boolean }): Promise<Buffer> {
  try {
    return await pdf.render(html, options);
  } catch (error) {
    if (error instanceof NoChromiumError) throw new ApiError('no_pdf', error.message);
    throw error;
  }
}
