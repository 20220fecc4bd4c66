import { describe, expect, it } from 'vitest';
import { EXAMPLE_SESSION, EXAMPLE_UNIT, SessionSchema, UnitSchema, type Session, type Unit } from '@minga/schema';
import { buildDeck, buildUnitDeck } from './buildDeck.ts';
import type { Deck, DeckSlide } from './deck.ts';
import { escapeHtml } from './escapeHtml.ts';
import { renderDeckHtml } from './renderDeckHtml.ts';
import { renderRunSheetMarkdown } from './renderRunSheetMarkdown.ts';
import { renderSlideHtml } from './renderSlideHtml.ts';
import { FAKE_ASSETS } from './deckFixtures.ts';

interface HtmlTag {
  name: string;
  closing: boolean;
  attributes: { name: string; value: string }[];
}

const TAG = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** Attribute text as the browser reads it (the entities escapeHtml writes, decoded). */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** Every tag of some HTML, or throws at a `<` that does not start a well-formed tag. */
function listTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    TAG.lastIndex = i;
    const match = TAG.exec(html);
    if (!match) throw new Error(`a "<" that starts no tag at ${i}: ${JSON.stringify(html.slice(i, i + 60))}`);
    const attributes = [...(match[3] ?? '').matchAll(ATTRIBUTE)].map((a) => ({ name: a[1]!.toLowerCase(), value: decodeEntities(a[2] ?? a[3] ?? a[4] ?? '') }));
    tags.push({ name: match[2]!.toLowerCase(), closing: match[1] === '/', attributes });
  }
  return tags;
}

/**
 * Script payloads, each short enough for every field (single-line fields take 100 characters),
 * so the unit and the session still pass their schemas and every payload really reaches the deck.
 */
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)' x='",
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '</style><script>alert(1)</script>',
  '<!--<script>alert(1)//-->',
  '</textarea></title><script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  '`${alert(1)}`{{constructor.constructor("alert(1)")()}}',
];

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

/** A unit with the payload in every field a person can type into. */
function poisonedUnit(payload: string): Unit {
  const text = (t: string) => ({ type: 'text' as const, text: t });
  return UnitSchema.parse({
    ...EXAMPLE_UNIT,
    id: 'poisoned',
    title: payload,
    description: `${payload}\n${payload}`,
    context: payload,
    participants: payload,
    nextSteps: [{ id: 'n', text: payload, done: false }],
    objectives: [{ id: 'o', text: payload }],
    steps: [{ id: 's', title: payload, kind: 'talk', minutes: 10, notes: payload }],
    slides: [{
      id: 'sl',
      content: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [text(payload)] },
          { type: 'paragraph', content: [{ ...text(payload), marks: [{ type: 'link', attrs: { href: 'https://example.org/', title: payload } }] }] },
          { type: 'image', attrs: { src: '/api/w/ws/files/f1', alt: payload, title: payload } },
          { type: 'codeBlock', content: [text(payload)] },
        ],
      },
      notes: { type: 'doc', content: [{ type: 'paragraph', content: [text(payload)] }] },
      hidden: false,
    }],
    materials: [{ id: 'm', title: payload, url: 'https://example.org/m', licence: payload }],
    contributors: [{ name: payload, role: payload }],
  });
}

/** A session with the payload in every field a person can type into. */
function poisonedSession(payload: string): Session {
  return SessionSchema.parse({
    ...EXAMPLE_SESSION,
    title: payload,
    audience: payload,
    place: payload,
    promotionalDescription: payload,
    objectives: [{ id: 'o', text: payload }],
    facilitators: [{ name: payload }],
    nextSteps: [{ id: 'n', text: payload, done: true }],
    items: [
      { id: 'w', kind: 'welcome', title: payload, minutes: 5, facilitator: payload, notes: payload },
      { id: 'u', kind: 'unit', unitId: 'poisoned', mode: 'pinned', pinnedVersion: payload, facilitator: payload, transitionNote: payload, minutesOverride: 20 },
      { id: 'gone', kind: 'unit', unitId: 'deleted-unit', mode: 'live', facilitator: payload, transitionNote: payload },
    ],
  });
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

  it.each(PAYLOADS)('a session and unit carrying %s in every field render only allowed markup', (payload) => {
    const session = poisonedSession(payload);
    const units = { poisoned: poisonedUnit(payload) };
    const html = renderDeckHtml(buildDeck({ session, units }), { ...FAKE_ASSETS, imageSrc: () => 'data:image/png;base64,iVBORw0KGgo=' });
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

  it.each(PAYLOADS)('a unit exported alone with %s in every field renders only allowed markup', (payload) => {
    const slides = slidesOf(renderDeckHtml(buildUnitDeck(poisonedUnit(payload)), FAKE_ASSETS));
    expect(scriptableParts(slides)).toEqual([]);
    expect(slides.split(escapeHtml(payload)).length - 1).toBeGreaterThan(10);
  });

  it('a hand-made deck with hostile ids, kinds and numbers still renders inert', () => {
    const hostile = '"><script>alert(1)</script>';
    const slides = [
      { kind: 'free', id: hostile, title: hostile, meta: hostile, notes: { lines: [hostile] }, timing: { itemId: hostile, stepIds: [hostile], plannedMinutes: `1" onclick="x` } },
      { kind: 'credits', id: 'c', heading: hostile, entries: [{ title: hostile, lines: [{ label: hostile, value: { text: hostile, href: 'javascript:alert(1)' } }], sourcesLabel: hostile, sources: [{ title: { text: hostile, href: 'data:text/html,x' }, licence: hostile }] }], footer: [hostile], notes: { lines: [] } },
      { kind: `x" onload="alert(1)`, id: 'k', notes: { lines: [] } },
    ] as unknown as DeckSlide[];
    const html = slides.map((s) => renderSlideHtml(s)).join('');
    expect(scriptableParts(html)).toEqual([]);
    const deck = { lang: '"><script>', title: hostile, theme: 'minga', slides } as unknown as Deck;
    const whole = renderDeckHtml(deck, { ...FAKE_ASSETS, lang: 'fr" onload="x' });
    expect(whole).toContain('<html lang="&quot;&gt;&lt;script&gt;">');
  });

  it.each(PAYLOADS)('the Markdown run-sheet with %s everywhere holds no raw HTML and no script link', (payload) => {
    const md = renderRunSheetMarkdown(poisonedSession(payload), { poisoned: poisonedUnit(payload) }, 'en');
    // The only "<" are Minga's own line breaks in table cells and link destinations it checked.
    const rawAngles = md.replace(/\\</g, '').replace(/<br>/g, '').replace(/\]\(<https:\/\/[^>\s]*>\)/g, '');
    expect(rawAngles).not.toContain('<');
    expect(md).not.toMatch(/\]\((?!<https:\/\/)/);
    expect(md).toContain(payload.replace(/[\\`*_{}[\]<>|~&!]/g, '\\$&'));
  });
});
