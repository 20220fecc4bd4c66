import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnitSchema, type Unit } from '@minga/schema';
import { createWorkspace, startServer, type TestServer } from './helpers.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
beforeEach(async () => {
  t = await startServer();
  ws = await createWorkspace(t.origin);
});
afterEach(() => t.close());

const call = (path: string, key: string | null, init: { method?: string; body?: unknown } = {}) =>
  fetch(`${t.origin}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
const api = (path: string, key: string, init: { method?: string; body?: unknown } = {}) => call(`/api/w/${ws.id}${path}`, key, init);

async function unit(body: unknown): Promise<Unit> {
  const res = await api('/units', ws.editKey, { method: 'POST', body });
  expect(res.status).toBe(201);
  return UnitSchema.parse(await res.json());
}

const lille = {
  title: 'Les communs en une heure',
  objectives: [{ id: 'o1', text: 'Définir un commun' }],
  steps: [{ id: 's1', title: 'Exposé', kind: 'talk', minutes: 15 }],
  contributors: [{ name: 'Amel' }, { name: 'Yann', role: 'relecture' }],
  licence: 'CC-BY-SA-4.0',
};

describe('fork', () => {
  it('adapting a unit keeps its credits and licence and records where it comes from', async () => {
    const source = await unit(lille);
    const res = await api(`/units/${source.id}/fork`, ws.editKey, { method: 'POST', body: { title: 'Les communs à Montpellier' } });
    expect(res.status).toBe(201);
    const fork = UnitSchema.parse(await res.json());
    expect(fork.id).not.toBe(source.id);
    expect(fork.title).toBe('Les communs à Montpellier');
    expect(fork.contributors).toEqual(source.contributors);
    expect(fork.licence).toBe('CC-BY-SA-4.0');
    expect(fork.source?.forkedFrom?.unitId).toBe(source.id);

    const lineage = (await (await api(`/units/${source.id}/lineage`, ws.viewKey)).json()) as { forks: { id: string }[] };
    expect(lineage.forks.map((f) => f.id)).toEqual([fork.id]);
    const back = (await (await api(`/units/${fork.id}/lineage`, ws.viewKey)).json()) as { forkedFrom: { unitId: string; title: string; available: boolean } };
    expect(back.forkedFrom).toMatchObject({ unitId: source.id, title: source.title, available: true });
  });

  it('a no-derivatives licence forbids the fork, with an explanation', async () => {
    const source = await unit({ ...lille, licence: 'CC-BY-ND-4.0' });
    const res = await api(`/units/${source.id}/fork`, ws.editKey, { method: 'POST', body: {} });
    expect(res.status).toBe(403);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/CC BY-ND 4\.0.*not adapting it/);
  });

  it('when the source changes, the fork sees what changed and takes each change or keeps its own', async () => {
    const source = await unit(lille);
    const fork = UnitSchema.parse(await (await api(`/units/${source.id}/fork`, ws.editKey, { method: 'POST', body: {} })).json());
    const none = (await (await api(`/units/${fork.id}/upstream`, ws.viewKey)).json()) as { changes: unknown[] };
    expect(none.changes).toEqual([]);

    // The source gets a new title and a longer sequence; the fork rewrote its objectives itself.
    await api(`/units/${source.id}`, ws.editKey, { method: 'PUT', body: { ...source, title: 'Les communs (v2)', steps: [...source.steps, { id: 's2', title: 'Débat', kind: 'discussion', minutes: 10, notes: '' }] } });
    await api(`/units/${fork.id}`, ws.editKey, { method: 'PUT', body: { ...fork, objectives: [{ id: 'o1', text: 'Reconnaître un commun' }] } });

    const diff = (await (await api(`/units/${fork.id}/upstream`, ws.viewKey)).json()) as { changes: { field: string; conflict: boolean }[]; minutes: { upstream: number; mine: number } };
    expect(diff.changes.map((c) => c.field).sort()).toEqual(['steps', 'title']);
    expect(diff.minutes).toMatchObject({ upstream: 25, mine: 15 });

    const res = await api(`/units/${fork.id}/upstream`, ws.editKey, { method: 'POST', body: { take: ['steps'] } });
    expect(res.status).toBe(200);
    const updated = UnitSchema.parse(await (await api(`/units/${fork.id}`, ws.viewKey)).json());
    expect(updated.steps.map((s) => s.title)).toEqual(['Exposé', 'Débat']);
    expect(updated.title).toBe(source.title);
    expect(updated.objectives[0]?.text).toBe('Reconnaître un commun');
    // The title change was seen and kept aside on purpose: it is no longer reported.
    const after = (await (await api(`/units/${fork.id}/upstream`, ws.viewKey)).json()) as { changes: unknown[] };
    expect(after.changes).toEqual([]);
  });
});

describe('commons catalogue', () => {
  it('a published unit has a public JSON form, forkable into another workspace; unpublishing removes it at once', async () => {
    const source = await unit(lille);
    expect((await api(`/units/${source.id}/publication`, ws.viewKey, { method: 'PUT' })).status).toBe(403);
    const pub = (await (await api(`/units/${source.id}/publication`, ws.editKey, { method: 'PUT' })).json()) as { publicId: string; pageUrl: string };
    expect(pub.pageUrl).toBe(`${t.origin}/c/${pub.publicId}`);

    const open = await call(`/api/catalogue/${pub.publicId}`, null);
    expect(open.status).toBe(200);
    const body = (await open.json()) as { unit: Unit; licence: { label: string } };
    expect(body.unit.title).toBe(lille.title);
    expect(body.unit.contributors.map((c) => c.name)).toEqual(['Amel', 'Yann']);
    expect(body.licence.label).toBe('CC BY-SA 4.0');
    const list = (await (await call('/api/catalogue', null)).json()) as { units: { publicId: string }[] };
    expect(list.units.map((u) => u.publicId)).toEqual([pub.publicId]);

    const other = await createWorkspace(t.origin, 'Montpellier');
    const forked = await call(`/api/catalogue/${pub.publicId}/fork`, other.editKey, { method: 'POST', body: { workspaceId: other.id } });
    expect(forked.status).toBe(201);
    const fork = UnitSchema.parse(await forked.json());
    expect(fork.source?.forkedFrom?.catalogueId).toBe(pub.publicId);
    expect((await call(`/api/w/${other.id}/units/${fork.id}`, other.viewKey)).status).toBe(200);
    // A key of another workspace cannot fork into this one.
    expect((await call(`/api/catalogue/${pub.publicId}/fork`, other.editKey, { method: 'POST', body: { workspaceId: ws.id } })).status).toBe(403);

    expect((await api(`/units/${source.id}/publication`, ws.editKey, { method: 'DELETE' })).status).toBe(200);
    expect((await call(`/api/catalogue/${pub.publicId}`, null)).status).toBe(404);
    expect(((await (await call('/api/catalogue', null)).json()) as { units: unknown[] }).units).toEqual([]);
  });
});
