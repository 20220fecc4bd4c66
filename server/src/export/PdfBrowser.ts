import type { Browser } from 'playwright-core';
import type { Logger } from 'pino';
import { findChromium } from './chromiumPath.mjs';
import { LAUNCH_ARGS, NoChromiumError, renderPdfInContext, type RenderPdfOptions } from './renderPdf.ts';

export interface PdfBrowserOptions {
  /** Milliseconds without an export before the browser is closed. */
  idleMs: number;
  /** PDFs rendered at once (one page each); later exports wait their turn. */
  maxPages: number;
  launchTimeoutMs?: number;
  log?: Logger;
}

export class PdfBrowserClosedError extends Error {
  constructor() {
    super('PDF export is shut down: the server is closing.');
  }
}

interface Waiter {
  resolve(): void;
  reject(error: Error): void;
}

/**
 * One headless Chromium shared by every PDF export of a server: launched on the first export
 * (concurrent first exports wait for the same launch), reused by the next ones (a fresh context
 * and page each, closed after), closed after `idleMs` without exports and on `close()`. A browser
 * that crashed or was killed is launched again for the next export; an export it died under is
 * tried once more. At most `maxPages` PDFs render at once, the others queue in arrival order.
 */
export class PdfBrowser {
  /** Chromium launches so far (tests and the bench read it). */
  launches = 0;
  private browser: Browser | null = null;
  private launching: Promise<Browser> | null = null;
  private busy = 0;
  private readonly queue: Waiter[] = [];
  private idleTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly options: PdfBrowserOptions) {}

  /** Whether a Chromium is up right now. */
  get running(): boolean {
    return this.browser?.isConnected() ?? false;
  }

  /** Exports rendering now, and exports waiting for a page. */
  get load(): { rendering: number; waiting: number } {
    return { rendering: this.busy, waiting: this.queue.length };
  }

  /** Renders a self-contained HTML document to PDF (see `renderPdfInContext`); NoChromiumError without a Chromium. */
  async render(html: string, options: RenderPdfOptions = {}): Promise<Buffer> {
    const executablePath = findChromium();
    if (!executablePath) throw new NoChromiumError();
    await this.acquire();
    try {
      const browser = await this.ensureBrowser(executablePath);
      try {
        return await this.renderIn(browser, html, options);
      } catch (error) {
        // The browser died under this export (crashed, killed): once more, in a new one.
        if (this.closed || browser.isConnected()) throw error;
        this.options.log?.warn({ err: error }, 'PDF browser lost during an export, trying again');
        return await this.renderIn(await this.ensureBrowser(executablePath), html, options);
      }
    } finally {
      this.release();
    }
  }

  /** Closes the browser for good; exports still waiting for a page fail, later ones too. */
  async close(): Promise<void> {
    this.closed = true;
    this.clearIdle();
    for (const waiter of this.queue.splice(0)) waiter.reject(new PdfBrowserClosedError());
    await this.launching?.catch(() => undefined);
    await this.closeBrowser();
  }

  private async renderIn(browser: Browser, html: string, options: RenderPdfOptions): Promise<Buffer> {
    const context = await browser.newContext();
    try {
      return await renderPdfInContext(context, html, options);
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  private ensureBrowser(executablePath: string): Promise<Browser> {
    if (this.closed) return Promise.reject(new PdfBrowserClosedError());
    if (this.browser?.isConnected()) return Promise.resolve(this.browser);
    // One launch for every export that arrives while it is under way.
    this.launching ??= this.launch(executablePath).finally(() => {
      this.launching = null;
    });
    return this.launching;
  }

  private async launch(executablePath: string): Promise<Browser> {
    this.launches++;
    const started = performance.now();
    // Loaded on first export: playwright-core is most of the server's start-up time.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS, timeout: this.options.launchTimeoutMs ?? 30_000 });
    browser.on('disconnected', () => {
      if (this.browser === browser) this.browser = null;
    });
    if (this.closed) {
      await browser.close().catch(() => undefined);
      throw new PdfBrowserClosedError();
    }
    this.options.log?.debug({ ms: Math.round(performance.now() - started), launches: this.launches }, 'PDF browser launched');
    this.browser = browser;
    return browser;
  }

  private async acquire(): Promise<void> {
    if (this.closed) throw new PdfBrowserClosedError();
    this.clearIdle();
    if (this.busy < this.options.maxPages) {
      this.busy++;
      return;
    }
    // `release` hands its slot over: `busy` stays as it is.
    await new Promise<void>((resolve, reject) => this.queue.push({ resolve, reject }));
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) return next.resolve();
    this.busy--;
    if (this.busy === 0 && !this.closed && this.browser) {
      this.idleTimer = setTimeout(() => {
        this.idleTimer = null;
        void this.closeBrowser();
      }, this.options.idleMs);
      // An idle browser never keeps the process alive; Playwright kills it when Node exits.
      this.idleTimer.unref();
    }
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private async closeBrowser(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (!browser) return;
    await browser.close().catch(() => undefined);
    this.options.log?.debug('PDF browser closed');
  }
}
