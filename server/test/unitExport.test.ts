import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_UNIT, UnitSchema } from '@minga/schema';
import { createWorkspace, pdfPageCount, startServer, type TestServer } from './helpers.ts';
import { measureSlides, overflowing, revealControlLabels } from './slideSizes.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
beforeEach(async () => {
  t = await startServer();
  ws = await createWorkspace(t.origin);
});
afterEach(() => t.close());

const get = (path: string, key = ws.viewKey) => fetch(`${t.origin}/api/w/${ws.id}${path}`, { headers: { authorization: `Bearer ${key}` } });

async function exampleUnit() {
  const { createdAt: _c, updatedAt: _u, ...example } = EXAMPLE_UNIT;
  const res = await fetch(`${t.origin}/api/w/${ws.id}/units`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ws.editKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...example, id: 'export-me' }),
  });
  return UnitSchema.parse(await res.json());
}

describe('exporting a unit', () => {
  it('as JSON: the unit’s JSON form, as a download', async () => {
    const unit = await exampleUnit();
    const res = await get(`/units/${unit.id}/export?format=json`);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.json"/);
    expect(UnitSchema.parse(await res.json()).title).toBe(unit.title);
  });

  it('as one offline HTML deck: reveal.js inlined, speaker notes, no network reference', async () => {
    const unit = await exampleUnit();
    const res = await get(`/units/${unit.id}/export?format=html`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Reveal.initialize');
    expect(html).toContain('<aside class="notes">');
    expect(html).not.toMatch(/<script[^>]+src=|<link\b/);
  });

  it('as an offline deck whose reveal.js controls speak the deck’s language', async () => {
    const unit = await exampleUnit();
    const html = await (await get(`/units/${unit.id}/export?format=html`)).text();
    expect(html).toContain('<html lang="fr">');
    const labels = await revealControlLabels(html);
    expect(labels).toMatchObject({ 'navigate-left': 'diapositive précédente', 'navigate-right': 'diapositive suivante' });
    expect(Object.values(labels).join(' ')).not.toMatch(/slide|progress/);
  });

  it('as PDF: one page per slide', async () => {
    const unit = await exampleUnit();
    const html = await (await get(`/units/${unit.id}/export?format=html`)).text();
    const slides = (html.match(/<section /g) ?? []).length;
    const res = await get(`/units/${unit.id}/export?format=pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(slides);
  });

  // What Minga writes on the slides itself (title, agenda, objectives, next steps, credits) must
  // fit the canvas whatever people typed within the schema's limits: a wordy unit, exported alone.
  it('as a deck whose generated slides fit the 1280×720 canvas even for a wordy unit', async () => {
    const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${i % 7 === 0 ? 'ement' : ''}`).join(' ');
    const { createdAt: _c, updatedAt: _u, ...example } = EXAMPLE_UNIT;
    const wordy = {
      ...example,
      id: 'wordy',
      title: words(25, 'gouvernance').slice(0, 200),
      description: [words(40, 'communauté'), words(40, 'ressource'), words(40, 'règles')].join('\n').slice(0, 1000),
      hashtags: Array.from({ length: 30 }, (_, i) => `mot-diese-${i}`),
      // Everyone must be credited: far more than one credits slide holds.
      contributors: Array.from({ length: 300 }, (_, i) => ({ name: `Personne Contributrice ${i}`, ...(i % 3 === 0 ? { role: 'relecture' } : {}) })),
      materials: Array.from({ length: 40 }, (_, i) => ({ id: `mat-${i}`, title: words(12, `source${i}`).slice(0, 300), url: `https://example.org/${i}`, licence: 'CC BY-SA 4.0' })),
      objectives: Array.from({ length: 9 }, (_, i) => ({ id: `obj-${i}`, text: `${i}. ${words(30, 'comprendre')}` })),
      steps: Array.from({ length: 16 }, (_, i) => ({ id: `st-${i}`, title: words(12, 'discussion').slice(0, 200), kind: 'workshop', minutes: 5, notes: '' })),
      nextSteps: Array.from({ length: 12 }, (_, i) => ({ id: `ns-${i}`, text: words(20, 'prolonger').slice(0, 500), done: i % 2 === 0 })),
      // A slide people wrote that says too much for the screen at full size.
      slides: [example.slides[1]!, {
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
    };
    const res = await fetch(`${t.origin}/api/w/${ws.id}/units`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ws.editKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(wordy),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const html = await (await get('/units/wordy/export?format=html')).text();
    const sizes = await measureSlides(html);
    expect(sizes.length).toBeGreaterThan(5);
    expect(overflowing(sizes)).toEqual([]);
    // The slide people wrote was shrunk to fit, not cut.
    expect(html).toMatch(/<section id="item-unit-dense" class="minga-slide-content minga-fit-\d+"/);
    // Nobody was cut from the credits to make them fit.
    for (const i of [0, 150, 299]) expect(html).toContain(`Personne Contributrice ${i}`);
    expect(html).toContain('https://example.org/39');
  });

  it('refuses an unknown format with a readable error', async () => {
    const unit = await exampleUnit();
    const res = await get(`/units/${unit.id}/export?format=docx`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/html, pdf, json or md/);
  });
});
