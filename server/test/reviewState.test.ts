import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnitListSchema, UnitSchema, type Unit } from '@minga/schema';
import { createWorkspace, startServer, waitFor, type TestServer } from './helpers.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
beforeEach(async () => {
  t = await startServer();
  ws = await createWorkspace(t.origin);
});
afterEach(() => t.close());

const api = (path: string, init: { method?: string; body?: unknown; key?: string } = {}) =>
  fetch(`${t.origin}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${init.key ?? ws.editKey}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
async function unitIn(title: string, state?: 'in_review' | 'ready'): Promise<Unit> {
  const unit = UnitSchema.parse(await (await api(`/api/w/${ws.id}/units`, { method: 'POST', body: { title } })).json());
  if (!state) return unit;
  const put = await api(`/api/w/${ws.id}/units/${unit.id}`, { method: 'PUT', body: { ...unit, review: { state, reviewers: ['Lou'] } } });
  expect(put.status).toBe(200);
  return unit;
}
const library = async (query = '') => UnitListSchema.parse(await (await api(`/api/w/${ws.id}/units?sort=title${query}`, { key: ws.viewKey })).json());

describe('review state in the library and the catalogue', () => {
  it('the library says each unit’s state and filters by it', async () => {
    await unitIn('A brouillon');
    await unitIn('B en relecture', 'in_review');
    await unitIn('C prête', 'ready');
    await waitFor(async () => (await library('&review=ready')).units.length === 1, 'the ready unit is indexed as ready');
    expect((await library()).units.map((u) => [u.title, u.review])).toEqual([['A brouillon', 'draft'], ['B en relecture', 'in_review'], ['C prête', 'ready']]);
    expect((await library('&review=in_review')).units.map((u) => u.title)).toEqual(['B en relecture']);
    expect((await library('&review=draft')).units.map((u) => u.title)).toEqual(['A brouillon']);
    const bad = await api(`/api/w/${ws.id}/units?review=approved`, { key: ws.viewKey });
    expect(bad.status).toBe(400);
  });

  it('the public catalogue lists ready units first and says which were never reviewed', async () => {
    const draft = await unitIn('Publiée d’abord, jamais relue');
    const ready = await unitIn('Publiée ensuite, prête', 'ready');
    for (const unit of [draft, ready]) expect((await api(`/api/w/${ws.id}/units/${unit.id}/publication`, { method: 'PUT', body: {} })).status).toBe(200);
    await waitFor(async () => (await library('&review=ready')).units.length === 1, 'indexed');
    const list = (await (await fetch(`${t.origin}/api/catalogue`)).json()) as { units: { title: string; review: string }[] };
    expect(list.units.map((u) => [u.title, u.review])).toEqual([['Publiée ensuite, prête', 'ready'], ['Publiée d’abord, jamais relue', 'draft']]);
  });
});
