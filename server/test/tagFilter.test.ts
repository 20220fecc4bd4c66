import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnitListSchema } from '@minga/schema';
import { createWorkspace, startServer, type TestServer } from './helpers.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
beforeEach(async () => {
  t = await startServer({ config: { indexDebounceMs: 50 } });
  ws = await createWorkspace(t.origin);
});
afterEach(async () => {
  await t.close();
});

const api = (path: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(`${t.origin}/api/w/${ws.id}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${ws.editKey}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });

describe('the library\'s hashtag filter', () => {
  it('finds a unit tagged #Wikipédia by tag=wikipedia, tag=WIKIPÉDIA or tag=%23Wikipedia, and nothing by a part of the tag', async () => {
    for (const body of [{ title: 'Contribuer à Wikipédia', hashtags: ['Wikipédia', 'communs'] }, { title: 'Cartes libres', hashtags: ['OpenStreetMap'] }]) {
      expect((await api('/units', { method: 'POST', body })).status).toBe(201);
    }
    const titles = async (tag: string) => UnitListSchema.parse(await (await api(`/units?tag=${encodeURIComponent(tag)}`)).json()).units.map((u) => u.title);
    expect(await titles('wikipedia')).toEqual(['Contribuer à Wikipédia']);
    expect(await titles('WIKIPÉDIA')).toEqual(['Contribuer à Wikipédia']);
    expect(await titles('#Wikipedia')).toEqual(['Contribuer à Wikipédia']);
    expect(await titles('openstreetmap')).toEqual(['Cartes libres']);
    expect(await titles('wiki')).toEqual([]);
  });
});
