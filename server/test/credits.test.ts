import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { addHashtag } from '@minga/doc-model';
import { SessionSchema, UnitSchema, VIA_API, type Unit } from '@minga/schema';
import { connectClient, createWorkspace, startServer, synced, type TestClient, type TestServer } from './helpers.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
const clients: TestClient[] = [];
beforeEach(async () => {
  // Automatic versions as soon as a burst of activity ends: each test waits for the one it expects.
  t = await startServer({ config: { autoVersionIdleMs: 50 } });
  ws = await createWorkspace(t.origin);
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await t.close();
});

const api = (path: string, init: { method?: string; body?: unknown; raw?: string } = {}) =>
  fetch(`${t.origin}/api/w/${ws.id}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${ws.editKey}`, 'content-type': init.raw !== undefined ? 'text/plain' : 'application/json' },
    body: init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });

async function versionAuthors(unitId: string): Promise<string[]> {
  const { versions } = (await (await api(`/docs/${unitId}/versions`)).json()) as { versions: { author: string; kind: string }[] };
  return versions.filter((v) => v.kind === 'auto').map((v) => v.author);
}

/** Waits until the unit has `n` automatic versions and returns their authors, newest first. */
async function autoVersions(unitId: string, n: number): Promise<string[]> {
  let authors: string[] = [];
  await expect.poll(async () => (authors = await versionAuthors(unitId)).length, { timeout: 5000 }).toBe(n);
  return authors;
}

async function createUnit(): Promise<Unit> {
  const res = await api('/units', { method: 'POST', body: { title: 'Les communs', contributors: [{ name: 'Amel' }] } });
  expect(res.status).toBe(201);
  return UnitSchema.parse(await res.json());
}

function person(unitId: string, name: string): TestClient {
  const client = connectClient(t.wsOrigin, ws.id, unitId, ws.editKey);
  client.provider.awareness.setLocalStateField('user', { name });
  clients.push(client);
  return client;
}

describe('credits', () => {
  it('opening a unit and sending back what the server already has credits nobody; the first real change credits its author', async () => {
    const unit = await createUnit();
    expect(await autoVersions(unit.id, 1)).toEqual([VIA_API]);

    const zoe = person(unit.id, 'Zoé');
    await synced(zoe);
    // A reconnecting client sends its whole state again: nothing in it is new.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(zoe.doc));
    zoe.provider.ws!.send(encoding.toUint8Array(encoder));

    const bruno = person(unit.id, 'Bruno');
    await synced(bruno);
    addHashtag(bruno.doc, 'communs');
    expect(await autoVersions(unit.id, 2)).toEqual(['Bruno', VIA_API]);
  });

  it('a PUT is credited to its author, added to the contributors once; the same unit sent again credits nobody', async () => {
    const unit = await createUnit();
    await autoVersions(unit.id, 1);
    const put = (body: unknown) => api(`/units/${unit.id}`, { method: 'PUT', body });
    const edited = await put({ ...unit, title: 'Les communs, revus', author: 'Nora' });
    expect(edited.status).toBe(200);
    const saved = UnitSchema.parse(await edited.json());
    expect(saved.contributors.map((c) => c.name)).toEqual(['Amel', 'Nora']);
    expect(await autoVersions(unit.id, 2)).toEqual(['Nora', VIA_API]);

    const again = UnitSchema.parse(await (await put({ ...saved, author: 'Yann' })).json());
    expect(again.contributors.map((c) => c.name)).toEqual(['Amel', 'Nora']);
    // Not even touched: a new updatedAt would be a change by nobody, versioned as such once quiet.
    expect(again.updatedAt).toBe(saved.updatedAt);

    await put({ ...again, description: 'Sans nom' });
    expect((await autoVersions(unit.id, 3))[0]).toBe(VIA_API);
  });

  it('a session created or PUT over REST is credited as a unit is: to the author sent, or said to come via the API; the same session sent again credits nobody', async () => {
    const created = await api('/sessions', { method: 'POST', body: { title: 'Atelier' } });
    expect(created.status).toBe(201);
    const session = SessionSchema.parse(await created.json());
    expect(await autoVersions(session.id, 1)).toEqual([VIA_API]);
    const put = (body: unknown) => api(`/sessions/${session.id}`, { method: 'PUT', body });
    const edited = await put({ ...session, title: 'Atelier, revu', author: 'Nora' });
    expect(edited.status).toBe(200);
    const saved = SessionSchema.parse(await edited.json());
    expect(await autoVersions(session.id, 2)).toEqual(['Nora', VIA_API]);

    const again = SessionSchema.parse(await (await put({ ...saved, author: 'Yann' })).json());
    expect(again.updatedAt).toBe(saved.updatedAt);

    await put({ ...again, title: 'Atelier, revu encore' });
    expect(await autoVersions(session.id, 3)).toEqual([VIA_API, 'Nora', VIA_API]);
  });

  it('an import is credited to the author sent with it, in JSON or in the query of a raw file, or said to come via the API', async () => {
    const json = await api('/import', { method: 'POST', body: { text: 'Titre : Atelier\nParticipants : Amel', author: 'Chloé' } });
    expect(json.status).toBe(201);
    const fromJson = UnitSchema.parse(((await json.json()) as { unit: unknown }).unit);
    expect(fromJson.contributors.map((c) => c.name)).toEqual(['Amel', 'Chloé']);
    expect(await autoVersions(fromJson.id, 1)).toEqual(['Chloé']);

    const raw = await api(`/import?filename=pad.txt&author=${encodeURIComponent('Dana')}`, { method: 'POST', raw: 'Titre : Autre atelier' });
    expect(raw.status).toBe(201);
    expect(UnitSchema.parse(((await raw.json()) as { unit: unknown }).unit).contributors.map((c) => c.name)).toEqual(['Dana']);

    const anonymous = UnitSchema.parse(((await (await api('/import', { method: 'POST', body: { text: 'Titre : Sans auteur' } })).json()) as { unit: unknown }).unit);
    expect(anonymous.contributors).toEqual([]);
    expect(await autoVersions(anonymous.id, 1)).toEqual([VIA_API]);
  });

  it('refuses an author that is empty or longer than 100 characters, with a JSON error', async () => {
    const unit = await createUnit();
    for (const author of ['   ', 'x'.repeat(101)]) {
      const res = await api(`/units/${unit.id}`, { method: 'PUT', body: { ...unit, author } });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_body');
    }
    expect((await api('/import', { method: 'POST', body: { text: 'Titre : t', author: 'x'.repeat(101) } })).status).toBe(400);
  });
});
