import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UnitSchema, type Unit } from '@minga/schema';
import { setUnitMeta } from '@minga/doc-model';
import { connectClient, createWorkspace, startServer, synced, WAIT, type TestServer } from './helpers.ts';

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

describe('share-alike after the fork', () => {
  const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

  it('a fork of a CC BY-SA unit records the source licence and keeps it: a PUT with another licence gets 409', async () => {
    const source = await unit(lille);
    const fork = UnitSchema.parse(await (await api(`/units/${source.id}/fork`, ws.editKey, { method: 'POST', body: {} })).json());
    expect(fork.source?.forkedFrom?.licence).toBe('CC-BY-SA-4.0');

    const refused = await api(`/units/${fork.id}`, ws.editKey, { method: 'PUT', body: { ...fork, licence: 'CC-BY-4.0' } });
    expect(refused.status).toBe(409);
    const error = await errorOf(refused);
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/under CC BY-SA 4\.0, which is share-alike.*cannot be put under CC BY 4\.0/);
    expect(UnitSchema.parse(await (await api(`/units/${fork.id}`, ws.viewKey)).json()).licence).toBe('CC-BY-SA-4.0');

    // Nor can the body rewrite or drop the recorded source licence to get round the rule.
    const forged = { ...fork, licence: 'CC-BY-4.0', source: { forkedFrom: { ...fork.source!.forkedFrom!, licence: 'CC-BY-4.0' } } };
    expect((await api(`/units/${fork.id}`, ws.editKey, { method: 'PUT', body: forged })).status).toBe(409);
    expect((await api(`/units/${fork.id}`, ws.editKey, { method: 'PUT', body: { ...fork, source: undefined } })).status).toBe(409);
    // Other edits go through.
    expect((await api(`/units/${fork.id}`, ws.editKey, { method: 'PUT', body: { ...fork, title: 'Les communs à Lyon' } })).status).toBe(200);
    // The source itself is free to change its licence.
    expect((await api(`/units/${source.id}`, ws.editKey, { method: 'PUT', body: { ...source, licence: 'CC-BY-4.0' } })).status).toBe(200);
  });

  it('other source licences, and old forks without a recorded one, leave the licence open', async () => {
    const source = await unit({ ...lille, licence: 'CC-BY-4.0' });
    const fork = UnitSchema.parse(await (await api(`/units/${source.id}/fork`, ws.editKey, { method: 'POST', body: {} })).json());
    expect((await api(`/units/${fork.id}`, ws.editKey, { method: 'PUT', body: { ...fork, licence: 'CC0-1.0' } })).status).toBe(200);

    const old = await unit({ ...lille, source: { forkedFrom: { unitId: source.id, version: '1' } } });
    expect((await api(`/units/${old.id}`, ws.editKey, { method: 'PUT', body: { ...old, licence: 'CC-BY-4.0' } })).status).toBe(200);
    // A new unit cannot claim a share-alike source and another licence at once.
    const claim = await api('/units', ws.editKey, { method: 'POST', body: { ...lille, licence: 'CC-BY-4.0', source: { forkedFrom: { unitId: source.id, version: '1', licence: 'CC-BY-NC-SA-4.0' } } } });
    expect(claim.status).toBe(409);
  });

  it('a fork from the catalogue records the licence; a live edit to a forbidden licence keeps it out of the catalogue', async () => {
    const source = await unit({ ...lille, licence: 'CC-BY-NC-SA-4.0' });
    const pub = (await (await api(`/units/${source.id}/publication`, ws.editKey, { method: 'PUT' })).json()) as { publicId: string };
    const other = await createWorkspace(t.origin, 'Montpellier');
    const fork = UnitSchema.parse(await (await call(`/api/catalogue/${pub.publicId}/fork`, other.editKey, { method: 'POST', body: { workspaceId: other.id } })).json());
    expect(fork.source?.forkedFrom).toMatchObject({ catalogueId: pub.publicId, licence: 'CC-BY-NC-SA-4.0' });
    const otherApi = (path: string, init: { method?: string; body?: unknown } = {}) => call(`/api/w/${other.id}${path}`, other.editKey, init);
    const forkPub = (await (await otherApi(`/units/${fork.id}/publication`, { method: 'PUT' })).json()) as { publicId: string };

    // An editor changes the licence over sync: the server keeps the doc as written…
    const client = connectClient(t.wsOrigin, other.id, fork.id, other.editKey);
    try {
      await synced(client);
      setUnitMeta(client.doc, { licence: 'CC-BY-4.0' });
      await vi.waitFor(async () => {
        expect(UnitSchema.parse(await (await otherApi(`/units/${fork.id}`)).json()).licence).toBe('CC-BY-4.0');
      }, { ...WAIT, interval: 50 });
    } finally {
      client.destroy();
    }
    // …but publishing it is refused, and the catalogue does not offer it under that licence.
    const refused = await otherApi(`/units/${fork.id}/publication`, { method: 'PUT' });
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).message).toMatch(/CC BY-NC-SA 4\.0/);
    expect((await call(`/api/catalogue/${forkPub.publicId}`, null)).status).toBe(409);
    expect((await call(`/api/catalogue/${forkPub.publicId}/fork`, ws.editKey, { method: 'POST', body: { workspaceId: ws.id } })).status).toBe(409);

    // The unit's own deck credits the licence in force, the source's, and says why.
    const deck = await (await otherApi(`/units/${fork.id}/export?format=html&lang=fr`)).text();
    expect(deck).toContain('CC BY-NC-SA 4.0');
    expect(deck).not.toContain('CC BY 4.0');
  });

  it('restoring a version of a share-alike fork keeps the source’s licence and its record', async () => {
    const source = await unit(lille);
    const fork = UnitSchema.parse(await (await api(`/units/${source.id}/fork`, ws.editKey, { method: 'POST', body: { title: 'Les communs à Lyon' } })).json());
    // Someone's own client puts CC BY 4.0 live, and that state is saved as a version.
    const client = connectClient(t.wsOrigin, ws.id, fork.id, ws.editKey);
    try {
      await synced(client);
      setUnitMeta(client.doc, { licence: 'CC-BY-4.0' });
      await vi.waitFor(async () => {
        expect(UnitSchema.parse(await (await api(`/units/${fork.id}`, ws.editKey)).json()).licence).toBe('CC-BY-4.0');
      }, { ...WAIT, interval: 50 });
    } finally {
      client.destroy();
    }
    const saved = (await (await api(`/docs/${fork.id}/versions`, ws.editKey, { method: 'POST', body: { label: 'Autre licence', author: 'Yann' } })).json()) as { id: number };
    const put = await api(`/units/${fork.id}`, ws.editKey, { method: 'PUT', body: { ...fork, title: 'Remise en ordre' } });
    expect(put.status).toBe(200);

    const restored = await api(`/docs/${fork.id}/versions/${saved.id}/restore`, ws.editKey, { method: 'POST' });
    expect(restored.status).toBe(200);
    const after = UnitSchema.parse(await restored.json());
    expect(after.title).toBe('Les communs à Lyon');
    expect(after.licence).toBe('CC-BY-SA-4.0');
    expect(after.source?.forkedFrom?.licence).toBe('CC-BY-SA-4.0');
  });
});
