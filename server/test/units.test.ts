import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_CODES, EXAMPLE_UNIT, UnitListSchema, UnitSchema, type Unit } from '@minga/schema';
import { unitText, yDocToUnit } from '@minga/doc-model';
import { closedByServer, connectClient, createWorkspace, startServer, synced, waitFor, type TestClient, type TestServer } from './helpers.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
const clients: TestClient[] = [];
beforeEach(async () => {
  t = await startServer({ config: { indexDebounceMs: 50 } });
  ws = await createWorkspace(t.origin);
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await t.close();
});

const api = (path: string, key: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(`${t.origin}/api/w/${ws.id}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${key}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });

async function createUnit(body: unknown): Promise<Unit> {
  const res = await api('/units', ws.editKey, { method: 'POST', body });
  expect(res.status, await res.clone().text()).toBe(201);
  return UnitSchema.parse(await res.json());
}

describe('units over REST', () => {
  it('POST creates a unit from a draft, filling defaults and an id; GET reads the live document', async () => {
    const created = await createUnit({ title: 'Les communs', objectives: [{ text: 'Définir un commun' }] });
    expect(created.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(created.licence).toBe('CC-BY-SA-4.0');
    expect(created.language).toBe('fr');
    const read = UnitSchema.parse(await (await api(`/units/${created.id}`, ws.viewKey)).json());
    expect(read.title).toBe('Les communs');
    expect(read.objectives.map((o) => o.text)).toEqual(['Définir un commun']);
  });

  it('a complete unit goes in and comes back field for field', async () => {
    const { createdAt: _c, updatedAt: _u, ...example } = EXAMPLE_UNIT;
    const created = await createUnit({ ...example, id: 'exemple-complet' });
    const { createdAt: _c2, updatedAt: _u2, ...back } = created;
    expect(back).toEqual({ ...example, id: 'exemple-complet' });
  });

  it('PUT applies a JSON form to the live document, so an open editor sees the change', async () => {
    const unit = await createUnit({ title: 'Avant' });
    const amel = connectClient(t.wsOrigin, ws.id, unit.id, ws.editKey);
    clients.push(amel);
    await synced(amel);
    expect(unitText(amel.doc, 'title').toString()).toBe('Avant');
    const res = await api(`/units/${unit.id}`, ws.editKey, { method: 'PUT', body: { ...unit, title: 'Après', steps: [{ id: 's1', title: 'Accueil', kind: 'talk', minutes: 5, notes: '' }] } });
    expect(res.status).toBe(200);
    await waitFor(() => unitText(amel.doc, 'title').toString() === 'Après', 'editor sees the PUT');
    expect(yDocToUnit(amel.doc).steps).toEqual([{ id: 's1', title: 'Accueil', kind: 'talk', minutes: 5, notes: '' }]);
  });

  it('the JSON form refuses unknown or malformed fields with a readable error, and changes nothing', async () => {
    const unit = await createUnit({ title: 'Intacte' });
    const bad = await api(`/units/${unit.id}`, ws.editKey, { method: 'PUT', body: { ...unit, colour: 'red', steps: [{ id: 's', title: 'x', kind: 'talk', minutes: 2.5, notes: '' }] } });
    expect(bad.status).toBe(400);
    const { error } = (await bad.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('invalid_body');
    expect(error.message).toMatch(/colour/);
    expect(error.message).toMatch(/steps\.0\.minutes/);
    expect(((await (await api(`/units/${unit.id}`, ws.editKey)).json()) as Unit).title).toBe('Intacte');
    const mismatch = await api(`/units/${unit.id}`, ws.editKey, { method: 'PUT', body: { ...unit, id: 'autre' } });
    expect(mismatch.status).toBe(400);
  });

  it('a view key reads units but cannot create, replace or delete one', async () => {
    const unit = await createUnit({ title: 'Lecture seule' });
    expect((await api('/units', ws.viewKey, { method: 'POST', body: { title: 'x' } })).status).toBe(403);
    expect((await api(`/units/${unit.id}`, ws.viewKey, { method: 'PUT', body: unit })).status).toBe(403);
    expect((await api(`/units/${unit.id}`, ws.viewKey, { method: 'DELETE' })).status).toBe(403);
    expect((await api(`/units/${unit.id}`, ws.viewKey)).status).toBe(200);
  });

  it('creating a unit with an id already taken is a 409', async () => {
    await createUnit({ id: 'pris', title: 'Un' });
    expect((await api('/units', ws.editKey, { method: 'POST', body: { id: 'pris', title: 'Deux' } })).status).toBe(409);
    expect((await api('/units', ws.editKey, { method: 'POST', body: { id: 'general-pad' } })).status).toBe(409);
  });

  it('DELETE moves a unit to the bin, closing its sockets; restore brings it back whole', async () => {
    const unit = await createUnit({ title: 'À jeter puis garder' });
    const amel = connectClient(t.wsOrigin, ws.id, unit.id, ws.editKey);
    clients.push(amel);
    await synced(amel);
    const closed = closedByServer(amel);
    expect((await api(`/units/${unit.id}`, ws.editKey, { method: 'DELETE' })).status).toBe(200);
    expect((await closed).code).toBe(CLOSE_CODES.docDeleted);
    expect((await api(`/units/${unit.id}`, ws.editKey)).status).toBe(404);
    const bin = (await (await api('/bin', ws.viewKey)).json()) as { items: { id: string; title: string }[] };
    expect(bin.items).toEqual([expect.objectContaining({ id: unit.id, title: 'À jeter puis garder' })]);
    const list = UnitListSchema.parse(await (await api('/units', ws.viewKey)).json());
    expect(list.units.map((u) => u.id)).not.toContain(unit.id);
    const yann = connectClient(t.wsOrigin, ws.id, unit.id, ws.editKey);
    clients.push(yann);
    expect((await closedByServer(yann)).code).toBe(CLOSE_CODES.docDeleted);

    const restored = await api(`/units/${unit.id}/restore`, ws.editKey, { method: 'POST', body: {} });
    expect(restored.status).toBe(200);
    expect(((await restored.json()) as Unit).title).toBe('À jeter puis garder');
  });

  it('GET /api/schema/unit.json serves the JSON Schema of the unit', async () => {
    const res = await fetch(`${t.origin}/api/schema/unit.json`);
    const schema = (await res.json()) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'title', 'steps', 'slides', 'licence']));
  });
});

describe('library search', () => {
  it('finds units by words typed without accents, ranks title matches first, and filters', async () => {
    await createUnit({ title: 'Les communs pour les décideurs', hashtags: ['communs', 'décideurs'], steps: [{ title: 'Exposé', kind: 'talk', minutes: 20 }] });
    await createUnit({ title: 'Rétribuer les contributeurs', description: 'Ce que les décideurs peuvent financer', hashtags: ['communs'], steps: [{ title: 'Atelier', kind: 'workshop', minutes: 45 }], language: 'fr' });
    await createUnit({ title: 'Open hardware', language: 'en', hashtags: ['hardware'] });
    const search = async (query: string) => UnitListSchema.parse(await (await api(`/units?${query}`, ws.viewKey)).json());

    const found = await search('q=decideurs');
    expect(found.units.map((u) => u.title)).toEqual(['Les communs pour les décideurs', 'Rétribuer les contributeurs']);
    expect((await search('q=DECIDEUR')).total).toBe(2);
    expect((await search('q=decideurs&maxMinutes=30')).units.map((u) => u.title)).toEqual(['Les communs pour les décideurs']);
    expect((await search('tag=communs')).total).toBe(2);
    expect((await search('lang=en')).units.map((u) => u.title)).toEqual(['Open hardware']);
    expect((await search('')).facets.hashtags).toEqual(expect.arrayContaining([{ tag: 'communs', count: 2 }, { tag: 'hardware', count: 1 }]));
    expect((await search('sort=minutes')).units[0]?.minutes).toBe(0);
    const bad = await api('/units?maxMinutes=abc', ws.viewKey);
    expect(bad.status).toBe(400);
  });

  it('a unit created blank is left out of the library until someone writes its title', async () => {
    const blank = await createUnit({});
    const named = await createUnit({ title: 'Une unité nommée' });
    const list = async () => UnitListSchema.parse(await (await api('/units', ws.viewKey)).json());
    expect((await list()).units.map((u) => u.id)).toEqual([named.id]);
    expect((await api(`/units/${blank.id}`, ws.viewKey)).status).toBe(200);
    const amel = connectClient(t.wsOrigin, ws.id, blank.id, ws.editKey);
    clients.push(amel);
    await synced(amel);
    unitText(amel.doc, 'title').insert(0, 'Enfin un titre');
    await vi.waitFor(async () => expect((await list()).units.map((u) => u.title)).toContain('Enfin un titre'), { timeout: 5000 });
    unitText(amel.doc, 'title').delete(0, 'Enfin un titre'.length);
    await vi.waitFor(async () => expect((await list()).total).toBe(1), { timeout: 5000 });
  });

  it('a unit edited over sync is found by its new words', async () => {
    const unit = await createUnit({ title: 'Brouillon' });
    const amel = connectClient(t.wsOrigin, ws.id, unit.id, ws.editKey);
    clients.push(amel);
    await synced(amel);
    unitText(amel.doc, 'title').insert(0, 'Matériel libre durable ');
    const search = async () => UnitListSchema.parse(await (await api('/units?q=materiel', ws.viewKey)).json());
    await vi.waitFor(async () => {
      expect((await search()).units.map((u) => u.id)).toEqual([unit.id]);
    }, { timeout: 5000, interval: 50 });
  });
});
