import { EXAMPLE_SESSION, EXAMPLE_UNIT, SessionSchema, UnitSchema, type Session, type Unit } from '@minga/schema';

/**
 * What the safety tests of the printable pages feed and how they read the result: script payloads
 * in every field a person can type into, and a strict reader of the HTML that lists every tag and
 * attribute, so that a test can say exactly which markup came out. Shared by the deck's and the
 * printable pages' safety tests.
 */

/**
 * Script payloads, each short enough for every field (single-line fields take 100 characters),
 * so the unit and the session still pass their schemas and every payload really reaches the page.
 */
export const XSS_PAYLOADS = [
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
] as const;

export interface HtmlTag {
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
export function listTags(html: string): HtmlTag[] {
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

/** A unit with the payload in every field a person can type into (it still passes UnitSchema). */
export function poisonedUnit(payload: string, id = 'poisoned'): Unit {
  const text = (t: string) => ({ type: 'text' as const, text: t });
  return UnitSchema.parse({
    ...EXAMPLE_UNIT,
    id,
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

/** A session with the payload in every field a person can type into, placing the poisoned unit and a deleted one. */
export function poisonedSession(payload: string): Session {
  return SessionSchema.parse({
    ...EXAMPLE_SESSION,
    title: payload,
    audience: payload,
    place: payload,
    promotionalDescription: payload,
    objectives: [{ id: 'o', text: payload }],
    facilitators: [{ name: payload }],
    nextSteps: [{ id: 'n', text: payload, done: true }, { id: 'n2', text: payload, done: false }],
    items: [
      { id: 'w', kind: 'welcome', title: payload, minutes: 5, facilitator: payload, notes: payload },
      { id: 'u', kind: 'unit', unitId: 'poisoned', mode: 'pinned', pinnedVersion: payload, facilitator: payload, transitionNote: payload, minutesOverride: 20 },
      { id: 'gone', kind: 'unit', unitId: 'deleted-unit', mode: 'live', facilitator: payload, transitionNote: payload },
    ],
  });
}
