import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionSchema, UnitSchema, type Session } from '@minga/schema';
import { createWorkspace, pdfPageCount, startServer, type TestServer } from './helpers.ts';
import { measureSlides, overflowing } from './slideSizes.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
let session: Session;
beforeEach(async () => {
  t = await startServer();
  ws = await createWorkspace(t.origin);
  const post = async (path: string, body: unknown) =>
    (await fetch(`${t.origin}/api/w/${ws.id}${path}`, { method: 'POST', headers: { authorization: `Bearer ${ws.editKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();
  const unit = UnitSchema.parse(
    await post('/units', {
      title: 'Les communs',
      objectives: [{ text: 'Définir un commun' }],
      steps: [{ title: 'Exposé', kind: 'talk', minutes: 20 }],
      slides: [{ content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Un commun, c’est…' }] }] }, notes: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Prendre le temps' }] }] } }],
      contributors: [{ name: 'Amel' }],
    }),
  );
  session = SessionSchema.parse(
    await post('/sessions', {
      title: 'Les communs pour les décideurs',
      audience: 'Élus',
      startTime: '09:00',
      items: [{ kind: 'welcome', title: 'Accueil', minutes: 5 }, { kind: 'unit', unitId: unit.id, mode: 'live' }],
    }),
  );
});
afterEach(() => t.close());

const exportAs = (query: string) => fetch(`${t.origin}/api/w/${ws.id}/sessions/${session.id}/export?${query}`, { headers: { authorization: `Bearer ${ws.viewKey}` } });

describe('exporting a session', () => {
  // Every slide Minga writes (title, agenda, unit sections, free items, next steps, credits) fits
  // the canvas in every theme, whatever people typed within the schema's limits.
  it.each(['minga', 'white', 'black'] as const)('html: a wordy session fits the 1280×720 canvas on every slide (%s theme)', async (theme) => {
    const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${i % 5 === 0 ? 'ation' : ''}`).join(' ');
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${t.origin}/api/w/${ws.id}${path}`, { method: 'POST', headers: { authorization: `Bearer ${ws.editKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status, await res.clone().text()).toBe(201);
      return (await res.json()) as { id: string };
    };
    const units = await Promise.all(Array.from({ length: 4 }, (_, u) => post('/units', {
      title: words(30, `coopération${u}`).slice(0, 200),
      description: [words(30, 'communauté'), words(30, 'ressource'), words(30, 'gouvernance')].join('\n').slice(0, 1000),
      objectives: Array.from({ length: 12 }, (_, i) => ({ text: `${i}. ${words(40, 'comprendre')}` })),
      steps: Array.from({ length: 6 }, () => ({ title: words(20, 'discussion').slice(0, 200), kind: 'workshop', minutes: 3 })),
      nextSteps: Array.from({ length: 15 }, () => ({ text: words(40, 'prolonger').slice(0, 500) })),
      hashtags: Array.from({ length: 30 }, (_, i) => `mot-diese-numero-${i}`),
      contributors: Array.from({ length: 30 }, (_, i) => ({ name: `Personne Contributrice Numéro ${i}` })),
      materials: Array.from({ length: 3 }, (_, i) => ({ title: words(8, `source${i}`), url: `https://example.org/${i}`, licence: 'CC BY-SA 4.0' })),
      slides: [{
      id: 'dense',
      hidden: false,
      content: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: words(5, 'gouvernance') }] },
          { type: 'paragraph', content: [{ type: 'text', text: words(20, 'contribution') }] },
          { type: 'bulletList', content: Array.from({ length: 7 }, (_, i) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: `${i}. ${words(8, 'ressource')}` }] }] })) },
          { type: 'table', content: Array.from({ length: 3 }, () => ({ type: 'tableRow', content: Array.from({ length: 3 }, () => ({ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: words(6, 'règle') }] }] })) })) },
        ],
      },
      notes: { type: 'doc', content: [] },
    }],
    })));
    const wordy = await post('/sessions', {
      title: words(30, 'décideurs').slice(0, 200),
      audience: words(40, 'élus').slice(0, 300),
      place: words(40, 'médiathèque').slice(0, 300),
      date: '2026-12-03',
      startTime: '09:00',
      theme,
      facilitators: Array.from({ length: 12 }, (_, i) => ({ name: `Animatrice Numéro ${i} ${words(6, 'association')}`.slice(0, 100) })),
      nextSteps: Array.from({ length: 15 }, () => ({ text: words(40, 'continuer').slice(0, 500) })),
      items: [
        { kind: 'welcome', title: words(30, 'bienvenue').slice(0, 200), minutes: 5, facilitator: words(12, 'animation').slice(0, 100) },
        ...units.map((u) => ({ kind: 'unit', unitId: u.id, mode: 'live', facilitator: words(12, 'animation').slice(0, 100) })),
        ...Array.from({ length: 10 }, () => ({ kind: 'other', title: words(30, 'échange').slice(0, 200), minutes: 2 })),
      ],
    });
    const res = await fetch(`${t.origin}/api/w/${ws.id}/sessions/${wordy.id}/export?format=html`, { headers: { authorization: `Bearer ${ws.viewKey}` } });
    expect(res.status).toBe(200);
    const sizes = await measureSlides(await res.text());
    expect(sizes.length).toBeGreaterThan(10);
    expect(overflowing(sizes)).toEqual([]);
  });

  it('md: the run-sheet with clock times and credits', async () => {
    const res = await exportAs('format=md');
    expect(res.headers.get('content-disposition')).toMatch(/les-communs-pour-les-decideurs-deroule\.md/);
    const md = await res.text();
    expect(md).toContain('09:00');
    expect(md).toContain('09:05');
    expect(md).toContain('Amel');
  });

  it('html: one offline deck whose scripts are allowed by its own policy, not blocked by the app’s', async () => {
    const res = await exportAs('format=html&lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    const html = await res.text();
    expect(html).toContain('Les communs pour les décideurs');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy"/);
  });

  it('pdf: one page per slide', async () => {
    const html = await (await exportAs('format=html')).text();
    const slides = (html.match(/<section /g) ?? []).length;
    const res = await exportAs('format=pdf');
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(pdfPageCount(Buffer.from(await res.arrayBuffer()))).toBe(slides);
  });

  it('handout and promotional sheet: printable pages without script, and the sheet prints on one page', async () => {
    const handout = await (await exportAs('format=handout')).text();
    expect(handout).toContain('Les communs pour les décideurs');
    expect(handout).toContain('Définir un commun');
    expect(handout).not.toMatch(/<script/i);
    const sheet = await (await exportAs('format=sheet&lang=en')).text();
    expect(sheet).toContain('Élus');
    const pdf = Buffer.from(await (await exportAs('format=sheet-pdf')).arrayBuffer());
    expect(pdfPageCount(pdf)).toBe(1);
    expect(pdfPageCount(Buffer.from(await (await exportAs('format=handout-pdf')).arrayBuffer()))).toBeGreaterThan(0);
  });

  it('an unknown format is a readable 400', async () => {
    const res = await exportAs('format=pptx');
    expect(res.status).toBe(400);
  });
});

describe('room input', () => {
  const send = (body: unknown, key = ws.viewKey) =>
    fetch(`${t.origin}/api/w/${ws.id}/sessions/${session.id}/room-input`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const list = (since = 0, key = ws.editKey) => fetch(`${t.origin}/api/w/${ws.id}/sessions/${session.id}/room-input?since=${since}`, { headers: { authorization: `Bearer ${key}` } });

  it('someone following with the view key sends a question; the presenter reads it and keeps it', async () => {
    const res = await send({ kind: 'question', text: 'Et pour une petite commune ?', author: 'Yann' });
    expect(res.status).toBe(201);
    const sent = (await res.json()) as { id: number };
    await send({ kind: 'nextStep', text: 'Écrire aux élus' });
    const all = (await (await list()).json()) as { inputs: { id: number; kind: string; text: string; status: string }[] };
    expect(all.inputs.map((i) => i.kind)).toEqual(['question', 'nextStep']);
    const newer = (await (await list(sent.id)).json()) as { inputs: unknown[] };
    expect(newer.inputs).toHaveLength(1);
    expect((await list(0, ws.viewKey)).status).toBe(403);
    const kept = await fetch(`${t.origin}/api/w/${ws.id}/sessions/${session.id}/room-input/${sent.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${ws.editKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'kept' }),
    });
    expect(((await kept.json()) as { status: string }).status).toBe('kept');
  });

  it('a presenter waiting for the room gets a question as soon as it is sent, in the same answer', async () => {
    const before = (await (await list()).json()) as { inputs: { id: number }[] };
    const since = before.inputs.at(-1)?.id ?? 0;
    const waiting = fetch(`${t.origin}/api/w/${ws.id}/sessions/${session.id}/room-input?since=${since}&wait=25000`, { headers: { authorization: `Bearer ${ws.editKey}` } });
    // The waiting request answers with the question (a plain poll, asked before it was sent, would be empty).
    expect((await send({ kind: 'question', text: 'Qui paie ?' })).status).toBe(201);
    const answer = (await (await waiting).json()) as { inputs: { text: string }[] };
    expect(answer.inputs.map((i) => i.text)).toEqual(['Qui paie ?']);
    expect((await fetch(`${t.origin}/api/w/${ws.id}/sessions/${session.id}/room-input?wait=99999`, { headers: { authorization: `Bearer ${ws.editKey}` } })).status).toBe(400);
  });

  it('bad input is refused with a readable error, and a flood is slowed down', async () => {
    expect((await send({ kind: 'question', text: '' })).status).toBe(400);
    expect((await send({ kind: 'rant', text: 'x' })).status).toBe(400);
    expect((await send({ kind: 'question', text: 'x'.repeat(501) })).status).toBe(400);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await send({ kind: 'question', text: `q${i}` })).status);
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
