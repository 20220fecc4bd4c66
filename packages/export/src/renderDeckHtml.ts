import type { Deck } from './deck.ts';
import { escapeHtml } from './escapeHtml.ts';
import { escapeInlineScript, escapeInlineStyle, speakerViewScripts, stripRemoteCss } from './inlineAssets.ts';
import { renderSlideHtml } from './renderSlideHtml.ts';
import { cspHash } from './cspHash.ts';
import { revealInitScript } from './revealLabels.ts';
import { DECK_LAYOUT_CSS } from './themes.ts';

/**
 * A Deck as ONE self-contained HTML file that presents from a USB stick: reveal.js, its notes
 * plugin (speaker view) and the styles inlined, images only as data: URIs, no network reference
 * at all. A Content-Security-Policy allows exactly the inlined scripts (by SHA-256), so even a
 * markup bug elsewhere could not run injected script, and blocks every network load.
 */

/** The reveal.js files to inline, as text (see REVEAL_ASSET_FILES, REVEAL_THEME_FILES, MINGA_THEME_CSS). */
export interface RevealAssets {
  /** reveal.js's UMD build, `dist/reveal.js` (sets `window.Reveal`). */
  revealJs: string;
  /** `dist/reveal.css`. */
  revealCss: string;
  /** The theme's CSS: MINGA_THEME_CSS or a reveal.js theme file. */
  themeCss: string;
  /** The notes plugin's UMD build, `dist/plugin/notes.js` (sets `window.RevealNotes`). */
  notesPluginJs: string;
}

export interface RenderDeckHtmlOptions extends RevealAssets {
  /** The document's title; the deck's title by default. */
  title?: string;
  /** The document's language; the deck's by default. */
  lang?: string;
  /**
   * The data: URI to inline for an image src (a server upload path or an https URL), or undefined
   * to leave it out. Without it every image is left out (its alt text shows): the file must not
   * reach the network.
   */
  imageSrc?: (src: string) => string | undefined;
  /** Add the Content-Security-Policy meta tag (default true). */
  csp?: boolean;
}

/** reveal.js settings: `hash` for shareable slide URLs, 16:9 with safe margins, one PDF page per slide. */
export const REVEAL_CONFIG = {
  hash: true,
  slideNumber: 'c/t',
  width: 1280,
  height: 720,
  margin: 0.06,
  showNotes: false,
  pdfSeparateFragments: false,
} as const;


/**
 * The Content-Security-Policy of a deck: scripts only by hash (those in the file and the speaker
 * view the notes plugin writes into its popup, which inherits this policy), styles inline,
 * images, fonts and media only as data: URIs, frames only the deck itself (the speaker view's
 * previews), nothing else.
 */
export function deckContentSecurityPolicy(scriptHashes: readonly string[] | undefined): string {
  const scripts = scriptHashes === undefined ? "'unsafe-inline'" : scriptHashes.join(' ');
  return [
    "default-src 'none'",
    `script-src ${scripts}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    'media-src data:',
    "frame-src 'self' file:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The deck as one self-contained reveal.js HTML document (async: its script hashes come from WebCrypto). */
export async function renderDeckHtml(deck: Deck, options: RenderDeckHtmlOptions): Promise<string> {
  const lang = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(options.lang ?? '') ? options.lang! : deck.lang;
  const title = options.title ?? deck.title;
  // The offline file holds images only as raster data: URIs, whatever the hook answers.
  const hook = options.imageSrc ?? (() => undefined);
  const imageSrc = (src: string) => {
    const inlined = hook(src);
    return inlined !== undefined && /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+$/.test(inlined) ? inlined : undefined;
  };
  const scripts = [options.revealJs, options.notesPluginJs, revealInitScript(REVEAL_CONFIG, deck.lang)].map(escapeInlineScript);
  const styles = [options.revealCss, options.themeCss, DECK_LAYOUT_CSS].map((css) => escapeInlineStyle(stripRemoteCss(css)));

  let csp = '';
  if (options.csp !== false) {
    const speaker = speakerViewScripts(options.notesPluginJs);
    const hashes = speaker === undefined ? undefined : await Promise.all([...scripts, ...speaker].map(cspHash));
    csp = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(deckContentSecurityPolicy(hashes))}">\n`;
  }

  const slides = deck.slides.map((slide) => renderSlideHtml(slide, { imageSrc })).join('\n');
  return '<!doctype html>\n'
    + `<html lang="${escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n${csp}`
    + '<meta name="referrer" content="no-referrer">\n'
    + '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    + '<meta name="generator" content="Minga">\n'
    + `<title>${escapeHtml(title)}</title>\n`
    + styles.map((css) => `<style>${css}</style>\n`).join('')
    + '</head>\n<body>\n<div class="reveal"><div class="slides">\n'
    + slides
    + '\n</div></div>\n'
    + scripts.map((js) => `<script>${js}</script>\n`).join('')
    + '</body>\n</html>\n';
}
