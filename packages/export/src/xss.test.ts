import { describe, expect, it } from 'vitest';
import { buildDeck, buildUnitDeck } from './buildDeck.ts';
import type { Deck, DeckSlide } from './deck.ts';
import { escapeHtml } from './escapeHtml.ts';
import { renderDeckHtml } from './renderDeckHtml.ts';
import { renderRunSheetMarkdown } from './renderRunSheetMarkdown.ts';
import { renderSlideHtml } from './renderSlideHtml.ts';
import { FAKE_ASSETS } from './deckFixtures.ts';
import { XSS_PAYLOADS, listTags, poisonedSession, poisonedUnit } from './xssFixtures.ts';

const ALLOWED_TAGS = new Set([
  'section', 'aside', 'div', 'h1', 'h2', 'h3', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'strong', 'em', 's', 'code', 'pre',
  'blockquote', 'a', 'img', 'span', 'table', 'tbody', 'tr', 'td', 'th',
]);
const ALLOWED_ATTRIBUTES = new Set([
  'id', 'class', 'href', 'src', 'alt', 'title', 'width', 'height', 'target', 'rel', 'start', 'type', 'colspan', 'rowspan',
  'data-minga-item', 'data-minga-steps', 'data-minga-minutes',
]);

/** What in the slides' HTML could run script: an unknown tag, an event handler, a style, a bad URL. */
function scriptableParts(html: string): string[] {
  const problems: string[] = [];
  for (const tag of listTags(html)) {
    if (!ALLOWED_TAGS.has(tag.name)) problems.push(`tag <${tag.name}>`);
    for (const { name, value } of tag.attributes) {
      if (!ALLOWED_ATTRIBUTES.has(name)) problems.push(`attribute ${name} on <${tag.name}>`);
      if (name === 'href' && !/^(https?:\/\/|mailto:)/.test(value)) problems.push(`href ${value}`);
      if (name === 'src' && !/^(https:\/\/|\/api\/w\/|data:image\/(png|jpeg|gif|webp|avif);base64,)/.test(value)) problems.push(`src ${value}`);
    }
  }
  return problems;
}

const slidesOf = (html: string) => html.slice(html.indexOf('<div class="slides">'), html.lastIndexOf('</div></div>'));

describe('no user text can run script in a deck', () => {
  it('is checked by an audit that does flag script, handlers, styles and bad URLs', () => {
    expect(scriptableParts('<p><img src=x onerror=alert(1)></p>')).toEqual(['src x', 'attribute onerror on <img>']);
    expect(scriptableParts('<svg><script>alert(1)</script></svg>')).toEqual(['tag <svg>', 'tag <script>', 'tag <script>', 'tag <svg>']);
    expect(scriptableParts('<a href="javascript:alert(1)" style="x">x</a>')).toEqual(['href javascript:alert(1)', 'attribute style on <a>']);
    expect(scriptableParts('<a href="&#39;data:text/html,x">x</a>')).toEqual(["href 'data:text/html,x"]);
    expect(() => scriptableParts('<p>1 < 2</p>')).toThrow(/starts no tag/);
  });

  it.each(XSS_PAYLOADS)('a session and unit carrying %s in every field render only allowed markup', async (payload) => {
    const session = poisonedSession(payload);
    const units = { poisoned: poisonedUnit(payload) };
    const html = await renderDeckHtml(buildDeck({ session, units }), { ...FAKE_ASSETS, imageSrc: () => 'data:image/png;base64,iVBORw0KGgo=' });
    const slides = slidesOf(html);
    expect(scriptableParts(slides)).toEqual([]);
    // Not vacuous: the payload reached the slides and their notes, escaped, many times over.
    expect(slides.split(escapeHtml(payload)).length - 1).toBeGreaterThan(20);
    // The head holds only Minga's markup: the title is escaped text.
    const head = html.slice(0, html.indexOf('<style>'));
    expect(head.match(/<title>([^<]*)<\/title>/)?.[1]).toBe(escapeHtml(payload));
    // Three script elements, whatever the payload: only their own closing tags are unescaped.
    expect(html.match(/<\/script>/g)).toHaveLength(3);
  });

  it.each(XSS_PAYLOADS)('a unit exported alone with %s in every field renders only allowed markup', async (payload) => {
    const slides = slidesOf(await renderDeckHtml(buildUnitDeck(poisonedUnit(payload)), FAKE_ASSETS));
    expect(scriptableParts(slides)).toEqual([]);
    expect(slides.split(escapeHtml(payload)).length - 1).toBeGreaterThan(10);
  });

  it('a hand-made deck with hostile ids, kinds and numbers still renders inert', async () => {
    const hostile = '"><script>alert(1)</script>';
    const slides = [
      { kind: 'free', id: hostile, title: hostile, meta: hostile, notes: { lines: [hostile] }, timing: { itemId: hostile, stepIds: [hostile], plannedMinutes: `1" onclick="x` } },
      { kind: 'credits', id: 'c', heading: hostile, entries: [{ title: hostile, lines: [{ label: hostile, value: { text: hostile, href: 'javascript:alert(1)' } }], sourcesLabel: hostile, sources: [{ title: { text: hostile, href: 'data:text/html,x' }, licence: hostile }] }], footer: [hostile], notes: { lines: [] } },
      { kind: `x" onload="alert(1)`, id: 'k', notes: { lines: [] } },
    ] as unknown as DeckSlide[];
    const html = slides.map((s) => renderSlideHtml(s)).join('');
    expect(scriptableParts(html)).toEqual([]);
    const deck = { lang: '"><script>', title: hostile, theme: 'minga', slides } as unknown as Deck;
    const whole = await renderDeckHtml(deck, { ...FAKE_ASSETS, lang: 'fr" onload="x' });
    expect(whole).toContain('<html lang="&quot;&gt;&lt;script&gt;">');
  });

  it.each(XSS_PAYLOADS)('the Markdown run-sheet with %s everywhere holds no raw HTML and no script link', (payload) => {
    const unit = poisonedUnit(payload);
    const md = renderRunSheetMarkdown(poisonedSession(payload), { poisoned: unit }, 'en', new Map([[unit.id, [payload]]]));
    // The only "<" are Minga's own line breaks in table cells and link destinations it checked.
    const rawAngles = md.replace(/\\</g, '').replace(/<br>/g, '').replace(/\]\(<https:\/\/[^>\s]*>\)/g, '');
    expect(rawAngles).not.toContain('<');
    expect(md).not.toMatch(/\]\((?!<https:\/\/)/);
    expect(md).toContain(payload.replace(/[\\`*_{}[\]<>|~&!]/g, '\\$&'));
  });
});
