import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionSchema, SessionSummarySchema, UnitSchema, type Session, type Unit } from '@minga/schema';
import { insertSessionItem, moveSessionItem, sessionListIds, sessionText, yDocToSession } from '@minga/doc-model';
import { connectClient, createWorkspace, startServer, synced, waitFor, type TestClient, type TestServer } from './helpers.ts';

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

async function unit(title: string, minutes: number): Promise<Unit> {
  const res = await api('/units', ws.editKey, { method: 'POST', body: { title, steps: [{ title: 'Tout', kind: 'talk', minutes }] } });
  return UnitSchema.parse(await res.json());
}

async function session(body: unknown): Promise<Session> {
  const res = await api('/sessions', ws.editKey, { method: 'POST', body });
  expect(res.status, await res.clone().text()).toBe(201);
  return SessionSchema.parse(await res.json());
}

describe('sessions over REST', () => {
  it('a one-hour session from library units: listed with its duration, resolved with its timing', async () => {
    const communs = await unit('Les communs', 20);
    const wiki = await unit('Une encyclopédie en commun', 25);
    const s = await session({
      title: 'Les communs pour les décideurs',
      audience: 'Élus et cadres',
      date: '2026-12-10',
      startTime: '14:00',
      items: [
        { kind: 'welcome', title: 'Accueil', minutes: 5 },
        { kind: 'unit', unitId: communs.id, mode: 'live' },
        { kind: 'unit', unitId: wiki.id, mode: 'live' },
        { kind: 'questions', title: 'Questions', minutes: 10 },
      ],
    });
    expect(s.targetMinutes).toBe(60);
    const list = ((await (await api('/sessions', ws.viewKey)).json()) as { sessions: unknown[] }).sessions.map((x) => SessionSummarySchema.parse(x));
    expect(list).toEqual([expect.objectContaining({ id: s.id, audience: 'Élus et cadres', date: '2026-12-10', minutes: 60, itemCount: 4 })]);

    const resolved = (await (await api(`/sessions/${s.id}/resolved`, ws.viewKey)).json()) as {
      units: Record<string, Unit | null>;
      timing: { totalMinutes: number; budget: { status: string }; items: { start?: { hours: number; minutes: number } }[] };
    };
    expect(resolved.timing.totalMinutes).toBe(60);
    expect(resolved.timing.budget.status).toBe('exact');
    expect(Object.keys(resolved.units).sort()).toEqual([communs.id, wiki.id].sort());
  });

  it('a session created blank is left off the list until someone writes in it', async () => {
    const blank = await session({});
    const named = await session({ title: 'Formation-action' });
    const listed = async () => ((await (await api('/sessions', ws.viewKey)).json()) as { sessions: { id: string }[] }).sessions.map((x) => x.id);
    expect(await listed()).toEqual([named.id]);
    const amel = connectClient(t.wsOrigin, ws.id, blank.id, ws.editKey);
    clients.push(amel);
    await synced(amel);
    sessionText(amel.doc, 'title').insert(0, 'Atelier du jeudi');
    await vi.waitFor(async () => expect(await listed()).toContain(blank.id), { timeout: 5000 });
  });

  it('an item whose unit went to the bin shows as missing and never breaks the session', async () => {
    const gone = await unit('Bientôt supprimée', 15);
    const s = await session({ title: 'Avec un trou', items: [{ kind: 'unit', unitId: gone.id, mode: 'live' }, { kind: 'break', title: 'Pause', minutes: 10 }] });
    await api(`/units/${gone.id}`, ws.editKey, { method: 'DELETE' });
    const res = await api(`/sessions/${s.id}/resolved`, ws.viewKey);
    expect(res.status).toBe(200);
    const resolved = (await res.json()) as { units: Record<string, Unit | null>; timing: { totalMinutes: number; items: { source: string }[] } };
    expect(resolved.units[gone.id]).toBeNull();
    expect(resolved.timing.items[0]?.source).toBe('missing');
    expect(resolved.timing.totalMinutes).toBe(10);
  });

  it('a pinned item uses the unit at its pinned version, not as it is now', async () => {
    const u = await unit('Version épinglée', 20);
    const version = (await (await api(`/docs/${u.id}/versions`, ws.editKey, { method: 'POST', body: { label: 'Lille', author: 'Amel' } })).json()) as { id: number };
    await api(`/units/${u.id}`, ws.editKey, { method: 'PUT', body: { ...u, title: 'Changée depuis', steps: [{ ...u.steps[0]!, minutes: 40 }] } });
    const s = await session({ title: 'Épinglée', items: [{ kind: 'unit', unitId: u.id, mode: 'pinned', pinnedVersion: String(version.id) }] });
    const resolved = (await (await api(`/sessions/${s.id}/resolved`, ws.viewKey)).json()) as { units: Record<string, Unit>; timing: { totalMinutes: number } };
    expect(resolved.units[u.id]?.title).toBe('Version épinglée');
    expect(resolved.timing.totalMinutes).toBe(20);
  });

  it('a PUT of the session as it is changes nothing, not even updatedAt; a real change is applied', async () => {
    const s = await session({ title: 'Telle quelle', items: [{ kind: 'break', title: 'Pause', minutes: 10 }] });
    const put = async (body: Session) => {
      const res = await api(`/sessions/${s.id}`, ws.editKey, { method: 'PUT', body });
      expect(res.status, await res.clone().text()).toBe(200);
      return SessionSchema.parse(await res.json());
    };
    const same = await put(s);
    expect(same).toEqual(s);
    expect((await put({ ...s, title: 'Renommée' })).title).toBe('Renommée');
  });

  it('durations must be whole minutes from 0 to 600, with a readable error', async () => {
    for (const minutes of [-1, 601, 2.5]) {
      const res = await api('/sessions', ws.editKey, { method: 'POST', body: { items: [{ kind: 'break', title: 'Pause', minutes }] } });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/items\.0\.minutes/);
    }
  });

  it('duplicating for the next event keeps the links and objectives, hands over the open next steps and records where it came from', async () => {
    const u = await unit('Réutilisée', 30);
    const s = await session({ title: 'Lille', objectives: [{ text: 'Comprendre' }], nextSteps: [{ text: 'Relancer les élus' }], items: [{ kind: 'unit', unitId: u.id, mode: 'live' }] });
    const res = await api(`/sessions/${s.id}/duplicate`, ws.editKey, { method: 'POST', body: { title: 'Montpellier', date: '2027-02-01' } });
    expect(res.status).toBe(201);
    const copy = SessionSchema.parse(await res.json());
    expect(copy.id).not.toBe(s.id);
    expect(copy).toMatchObject({ title: 'Montpellier', date: '2027-02-01', source: { duplicatedFrom: { sessionId: s.id, title: 'Lille' } } });
    expect(copy.nextSteps).toEqual([
      { id: expect.any(String), text: 'Relancer les élus', done: false, origin: { kind: 'session', docId: s.id, title: 'Lille', nextStepId: s.nextSteps[0]!.id } },
    ]);
    expect(copy.items.map((i) => (i.kind === 'unit' ? i.unitId : i.kind))).toEqual([u.id]);
    expect(copy.objectives.map((o) => o.text)).toEqual(['Comprendre']);
  });

  it('DELETE moves a session to the bin and restore brings it back; a view key can do neither', async () => {
    const s = await session({ title: 'À la corbeille' });
    expect((await api(`/sessions/${s.id}`, ws.viewKey, { method: 'DELETE' })).status).toBe(403);
    expect((await api(`/sessions/${s.id}`, ws.editKey, { method: 'DELETE' })).status).toBe(200);
    expect((await api(`/sessions/${s.id}`, ws.viewKey)).status).toBe(404);
    const bin = (await (await api('/bin', ws.viewKey)).json()) as { items: { id: string; kind: string; title: string }[] };
    expect(bin.items).toEqual([expect.objectContaining({ id: s.id, kind: 'session', title: 'À la corbeille' })]);
    expect((await api(`/sessions/${s.id}/restore`, ws.editKey, { method: 'POST', body: {} })).status).toBe(200);
  });
});

describe('composing live', () => {
  it('two stock y-websocket clients reorder and insert items at once and converge, losing and duplicating none', async () => {
    const s = await session({
      title: 'Concurrente',
      items: ['A', 'B', 'C', 'D'].map((title) => ({ id: `it-${title}`, kind: 'other', title, minutes: 5 })),
    });
    const amel = connectClient(t.wsOrigin, ws.id, s.id, ws.editKey);
    const yann = connectClient(t.wsOrigin, ws.id, s.id, ws.editKey);
    clients.push(amel, yann);
    await Promise.all([synced(amel), synced(yann)]);
    // Both offline from each other for a moment: each reorders and inserts.
    amel.provider.disconnect();
    yann.provider.disconnect();
    moveSessionItem(amel.doc, 'it-A', 3);
    insertSessionItem(amel.doc, { id: 'it-amel', kind: 'break', title: 'Pause', minutes: 10 }, 1);
    moveSessionItem(yann.doc, 'it-A', 0);
    moveSessionItem(yann.doc, 'it-D', 0);
    insertSessionItem(yann.doc, { id: 'it-yann', kind: 'questions', title: 'Questions', minutes: 10 }, 2);
    amel.provider.connect();
    yann.provider.connect();
    const ids = (c: TestClient) => sessionListIds(c.doc, 'items').join(',');
    await waitFor(() => ids(amel) === ids(yann) && ids(amel).split(',').length === 6, 'convergence');
    expect(ids(amel).split(',').sort()).toEqual(['it-A', 'it-B', 'it-C', 'it-D', 'it-amel', 'it-yann']);
    // And the server holds the same order.
    const stored = SessionSchema.parse(await (await api(`/sessions/${s.id}`, ws.viewKey)).json());
    expect(stored.items.map((i) => i.id).join(',')).toBe(ids(amel));
    expect(yDocToSession(amel.doc).items).toHaveLength(6);
  });
});
