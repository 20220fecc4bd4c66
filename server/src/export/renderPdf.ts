import type { BrowserContext } from 'playwright-core';
import { findChromium } from './chromiumPath.mjs';

/** PDF export needs a Chromium on the server; without one the web app prints from the browser. */
export class NoChromiumError extends Error {
  constructor() {
    super('No Chromium on this server: set MINGA_CHROMIUM or install chromium; meanwhile print from the browser.');
  }
}

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface RenderPdfOptions {
  /** Lets reveal.js switch to its print layout (`?print-pdf`). */
  printPdf?: boolean;
  timeoutMs?: number;
}

/** Whether this server can render PDFs. */
export function canRenderPdf(): boolean {
  return findChromium() !== null;
}

/**
 * Renders a self-contained HTML document to PDF in a page of `context`, offline: every request the
 * page makes to the network is refused, so a deck can only show what it carries inline.
 * `PdfBrowser` owns the browser and the context; this is one page's work.
 */
export async function renderPdfInContext(context: BrowserContext, html: string, options: RenderPdfOptions = {}): Promise<Buffer> {
  const timeout = options.timeoutMs ?? 30_000;
  const page = await context.newPage();
  const origin = 'http://minga.invalid';
  const url = `${origin}/deck.html${options.printPdf ? '?print-pdf' : ''}`;
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested.startsWith(`${origin}/deck.html`)) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    return route.abort();
  });
  await page.goto(url, { waitUntil: 'load', timeout });
  // reveal.js lays out its print pages after load.
  // Strings, not functions: they run in the page, and the server is typed without the DOM.
  await page.waitForFunction('!window.Reveal || window.Reveal.isReady() === true', undefined, { timeout });
  await page.evaluate('document.fonts.ready.then(() => true)');
  return await page.pdf({ preferCSSPageSize: true, printBackground: true });
}
