import { ApiError } from '../http/ApiError.ts';
import { NoChromiumError, renderPdf } from './renderPdf.ts';

/** Renders a PDF, or answers 501 `no_pdf` so the web app falls back to the browser's own print. */
export async function renderPdfOrExplain(html: string, options: { printPdf: boolean }): Promise<Buffer> {
  try {
    return await renderPdf(html, options);
  } catch (error) {
    if (error instanceof NoChromiumError) throw new ApiError('no_pdf', error.message);
    throw error;
  }
}
