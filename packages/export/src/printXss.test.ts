import { describe, expect, it } from 'vitest';
import { EXAMPLE_SESSION, EXAMPLE_UNIT, type Unit } from '@minga/schema';
import type { DeckLang } from './deckText.ts';
import { escapeHtml } from './escapeHtml.ts';
import { escapeInlineStyle } from './inlineAssets.ts';
import { PRINT_CONTENT_SECURITY_POLICY } from './printDocument.ts';
import { HANDOUT_CSS, PROMO_SHEET_CSS } from './printStyles.ts';
import { renderHandoutHtml } from './renderHandoutHtml.ts';
import { renderPromoSheetHtml } from './renderPromoSheetHtml.ts';
import { listTags, poisonedSession, poisonedUnit, XSS_PAYLOADS } from './xssFixtures.ts';

const BODY_TAGS = new Set([
  'main', 'header', 'footer', 'section', 'article', 'div', 'h1', 'h2', 'h3', 'h4', 'p', 'br', 'ul', 'ol', 'li',
  'strong', 'em', 'span', 'a', 'img', 'dl', 'dt', 'dd',
]);
const BODY_ATTRIBUTES = new Set(['class', 'href', 'src', 'alt', 'title', 'width', 'height']);
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** What in a printable page's body could run script or reach the network: an unknown tag or attribute, a bad URL. */
function scriptableParts(body: string): string[] {
  const problems: string[] = [];
  for (const tag of listTags(body)) {
    if (!BODY_TAGS.has(tag.name)) problems.push(`tag <${tag.name}>`);
    for (const { name, value } of tag.attributes) {
      if (!BODY_ATTRIBUTES.has(name)) problems.push(`attribute ${name} on <${tag.name}>`);
      if (name === 'href' && !/^https?:\/\//.test(value)) problems.push(`href ${value}`);
      if (name === 'src' && !/^data:image\/(png|jpeg|gif|webp|avif);base64,/.test(value)) problems.push(`src ${value}`);
    }
  }
  return problems;
}

const parts = (html: string) => ({
  head: html.slice(0, html.indexOf('<body>')),
  body: html.slice(html.indexOf('<body>') + '<body>'.length, html.lastIndexOf('</body>')),
});

/** The checks every printable page passes, whatever went into it. */
function expectInert(html: string, css: string): void {
  const { head, body } = parts(html);
  expect(scriptableParts(body)).toEqual([]);
  expect(html).not.toMatch(/<script/i);
  expect(html.match(/<\/style/gi)).toHaveLength(1);
  // The head is Minga's alone: its CSP, its CSS untouched, the title as text.
  expect(head).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PRINT_CONTENT_SECURITY_POLICY)}">`);
  expect(head.match(/<style>([\s\S]*)<\/style>/)?.[1]).toBe(escapeInlineStyle(css));
  expect(head.startsWith('<!doctype html>\n')).toBe(true);
  expect(listTags(head.slice('<!doctype html>'.length).replace(/<style>[\s\S]*<\/style>/, '')).map((t) => t.name).filter((n) => !['html', 'head', 'meta', 'title', 'style'].includes(n))).toEqual([]);
  // Nothing loads from the network: no remote resource of any kind.
  expect(html).not.toMatch(/\b(src|srcset|poster|data|action|formaction)\s*=\s*["']?\s*(https?:|\/\/|\/api)/i);
  expect(html).not.toMatch(/url\(|@import|<link|<iframe|<object|<embed/i);
}

describe('no user text can run script in a handout or a promotional sheet', () => {
  it('is checked by an audit that does flag script, handlers, styles and bad URLs', () => {
    expect(scriptableParts('<p><img src=x onerror=alert(1)></p>')).toEqual(['src x', 'attribute onerror on <img>']);
    expect(scriptableParts('<a href="javascript:alert(1)" style="x">x</a>')).toEqual(['href javascript:alert(1)', 'attribute style on <a>']);
    expect(scriptableParts('<img src="https://example.org/a.png">')).toEqual(['src https://example.org/a.png']);
    expect(scriptableParts('<svg><script>alert(1)</script></svg>')).toEqual(['tag <svg>', 'tag <script>', 'tag <script>', 'tag <svg>']);
  });

  it.each(XSS_PAYLOADS)('a handout with %s in every field holds only Minga’s markup', (payload) => {
    for (const lang of ['fr', 'en'] as const) {
      const unit = poisonedUnit(payload);
      const html = renderHandoutHtml({ session: poisonedSession(payload), units: { poisoned: unit }, lang, imageSrc: () => PNG, reviewers: new Map([[unit.id, [payload]]]) });
      expectInert(html, HANDOUT_CSS);
      // Not vacuous: the payload reached the page, escaped, in many places.
      expect(parts(html).body.split(escapeHtml(payload)).length - 1).toBeGreaterThanOrEqual(10);
      expect(html).toContain(`<img src="${PNG}" alt="${escapeHtml(payload)}">`);
    }
  });

  it.each(XSS_PAYLOADS)('a promotional sheet with %s in every field holds only Minga’s markup', (payload) => {
    for (const lang of ['fr', 'en'] as const) {
      const html = renderPromoSheetHtml({ session: poisonedSession(payload), units: { poisoned: poisonedUnit(payload) }, lang });
      expectInert(html, PROMO_SHEET_CSS);
      // Title, audience, place, description, objective (and the facilitator, when under 40 characters): all there, escaped.
      expect(parts(html).body.split(escapeHtml(payload)).length - 1).toBeGreaterThanOrEqual(5);
    }
  });

  it('keeps a javascript: or data: material link out, even from a unit that skipped the schema', () => {
    const forged = { ...EXAMPLE_UNIT, materials: [{ id: 'm', title: 'Forged', url: 'javascript:alert(1)', licence: '' }] } as Unit;
    const html = renderHandoutHtml({ session: EXAMPLE_SESSION, units: { 'communs-decideurs-01': forged } });
    expectInert(html, HANDOUT_CSS);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('n’a pas pu être lue');
  });

  it('writes only a raster data: URI for an image, whatever the imageSrc hook returns', () => {
    for (const returned of ['javascript:alert(1)', 'data:image/svg+xml;base64,PHN2Zz4=', 'data:text/html,<script>alert(1)</script>', 'https://example.org/x.png', '/api/w/ws/files/f1', '" onerror="alert(1)']) {
      const html = renderHandoutHtml({ session: EXAMPLE_SESSION, units: { 'communs-decideurs-01': EXAMPLE_UNIT }, imageSrc: () => returned });
      expectInert(html, HANDOUT_CSS);
      expect(html).not.toContain('<img');
    }
  });

  it('writes a language Minga knows into <html lang>, never the caller’s string', () => {
    const lang = '"><script>alert(1)</script>' as DeckLang;
    const handout = renderHandoutHtml({ session: EXAMPLE_SESSION, units: {}, lang });
    const sheet = renderPromoSheetHtml({ session: EXAMPLE_SESSION, units: {}, lang });
    for (const html of [handout, sheet]) {
      expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
      expect(html).not.toMatch(/<script/i);
    }
  });
});
