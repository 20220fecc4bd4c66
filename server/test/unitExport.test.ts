import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_UNIT, UnitSchema } from '@minga/schema';
import { createWorkspace, pdfPageCount, startServer, type TestServer } from './helpers.ts';

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

  it('refuses an unknown format with a readable error', async () => {
    const unit = await exampleUnit();
    const res = await get(`/units/${unit.id}/export?format=docx`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/html, pdf, json or md/);
  });
});
