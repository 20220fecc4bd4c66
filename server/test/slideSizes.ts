import { chromium } from 'playwright-core';
import { findChromium } from '../src/export/chromiumPath.mjs';

export interface SlideSize {
  id: string;
  height: number;
  width: number;
}

/** The deck's canvas (themes.ts): nothing shrinks to fit, so a slide taller or wider runs off the screen. */
export const CANVAS = { width: 1280, height: 720 } as const;

/**
 * Opens an exported deck in Chromium, as a projector would, and measures every slide's content.
 * The page may fetch nothing: an offline deck needs no network.
 */
export async function measureSlides(html: string): Promise<SlideSize[]> {
  return inDeck(html, async (evaluate) => {
    await evaluate('document.fonts.ready.then(() => true)');
    return (await evaluate(
      'Reveal.getSlides().map((s, i) => { Reveal.slide(i); return { id: s.id, height: s.scrollHeight, width: s.scrollWidth }; })',
    )) as SlideSize[];
  });
}

/** The labels reveal.js's own controls carry once the deck is ready, by control class. */
export async function revealControlLabels(html: string): Promise<Record<string, string | null>> {
  return inDeck(html, async (evaluate) => (await evaluate(
    `(() => { const labels = {}; document.querySelectorAll('.reveal .controls button, .reveal .progress').forEach((e) => { labels[e.className.split(' ')[0]] = e.getAttribute('aria-label'); }); return labels; })()`,
  )) as Record<string, string | null>);
}

/** Opens an exported deck in Chromium, offline, and runs `use` once reveal.js is ready. */
async function inDeck<T>(html: string, use: (evaluate: (script: string) => Promise<unknown>) => Promise<T>): Promise<T> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `npm run setup:browser` or set MINGA_CHROMIUM.');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: CANVAS.width, height: CANVAS.height } });
    await page.route('**/*', (route) =>
      route.request().url() === 'http://minga.invalid/deck.html' ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
    );
    await page.goto('http://minga.invalid/deck.html');
    // Strings, not functions: they run in the page, and the server is typed without the DOM.
    await page.waitForFunction('window.Reveal && window.Reveal.isReady() === true');
    return await use((script) => page.evaluate(script));
  } finally {
    await browser.close();
  }
}

/** The slides that do not fit the canvas. */
export function overflowing(sizes: readonly SlideSize[]): SlideSize[] {
  return sizes.filter((s) => s.height > CANVAS.height || s.width > CANVAS.width);
}
