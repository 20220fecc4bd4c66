import type { DeckLang } from './deckText.ts';
import { escapeHtml } from './escapeHtml.ts';
import { escapeInlineStyle } from './inlineAssets.ts';

/**
 * The shell of Minga's printable pages (the handout, the promotional sheet): one standalone HTML
 * document with its CSS inline and nothing else. No script at all, so the policy can forbid every
 * script outright; images only as data: URIs, so the page opens and prints with no network.
 */

/** The Content-Security-Policy of a printable page: inline styles and data: images, nothing else. */
export const PRINT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface PrintDocument {
  /** Normalised here: a language Minga does not know becomes French, as in deckTexts. */
  lang: DeckLang;
  /** Plain text; escaped here. */
  title: string;
  /** Minga's own CSS, never user text. */
  css: string;
  /** The body's markup, already escaped by its renderer. */
  body: string;
}

/** The page's language, as deckTexts chooses it: French for anything Minga does not know. */
export function printLang(lang: string): DeckLang {
  return lang === 'en' ? 'en' : 'fr';
}

/** A whole printable HTML document around an escaped body. */
export function renderPrintDocument({ lang, title, css, body }: PrintDocument): string {
  return '<!doctype html>\n'
    + `<html lang="${printLang(lang)}">\n<head>\n<meta charset="utf-8">\n`
    + `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PRINT_CONTENT_SECURITY_POLICY)}">\n`
    + '<meta name="referrer" content="no-referrer">\n'
    + '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    + '<meta name="generator" content="Minga">\n'
    + `<title>${escapeHtml(title)}</title>\n`
    + `<style>${escapeInlineStyle(css)}</style>\n`
    + '</head>\n<body>\n'
    + body
    + '\n</body>\n</html>\n';
}
