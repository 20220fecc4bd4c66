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
  // reveal.js lays out its print pages after load, and after it says it is ready: its print view
  // tells when the pages are there with a `pdf-ready` event, caught from before its scripts run.
  // Strings, not functions: they run in the page, and the server is typed without the DOM. One
  // evaluated promise rather than waitForFunction, whose polling evaluates strings in the page,
  // which the deck's Content-Security-Policy refuses.
  if (options.printPdf) await page.addInitScript("document.addEventListener('pdf-ready', () => { window.__mingaPdfReady = true; })");
  await page.goto(url, { waitUntil: 'load', timeout });
  const ready = options.printPdf
    ? "new Promise((resolve) => { if (!window.Reveal || window.__mingaPdfReady) resolve(true); else document.addEventListener('pdf-ready', () => resolve(true)); })"
    : "new Promise((resolve) => { if (!window.Reveal || window.Reveal.isReady()) resolve(true); else window.Reveal.on('ready', () => resolve(true)); })";
  await withTimeout(page.evaluate(ready), timeout, 'the deck never got ready to print');
  await page.evaluate('document.fonts.ready.then(() => true)');
  return await page.pdf({ preferCSSPageSize: true, printBackground: true });
}

/** `promise`, or an error after `ms`. */
async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} (${ms} ms)`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
