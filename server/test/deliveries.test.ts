import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryListSchema, DeliverySchema, DocCompareReplySchema, SessionLineageSchema, SessionSchema, UnitSchema, type Delivery, type Session, type Unit } from '@minga/schema';
import { createWorkspace, startServer, type TestServer } from './helpers.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
beforeEach(async () => {
  t = await startServer();
  ws = await createWorkspace(t.origin);
});
afterEach(async () => {
  await t.close();
});

const api = (path: string, key: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(`${t.origin}/api/w/${ws.id}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${key}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
async function json<T>(res: Response, status = 200): Promise<T> {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
}

async function unit(title: string): Promise<Unit> {
  return UnitSchema.parse(await json(await api('/units', ws.editKey, { method: 'POST', body: { title, steps: [{ title: 'Tout', kind: 'talk', minutes: 20 }] } }), 201));
}
async function sessionWith(units: Unit[]): Promise<Session> {
  const body = { title: 'Formation-action communs', items: units.map((u) => ({ kind: 'unit', unitId: u.id, mode: 'live' })) };
  return SessionSchema.parse(await json(await api('/sessions', ws.editKey, { method: 'POST', body }), 201));
}
async function deliver(sessionId: string, place: string, date: string): Promise<Delivery> {
  const body = { place, date, facilitators: ['Amel', 'Yann'], participants: 14, debrief: 'Le jeu de rôle a bien marché.', author: 'Amel' };
  return DeliverySchema.parse(await json(await api(`/sessions/${sessionId}/deliveries`, ws.editKey, { method: 'POST', body }), 201));
}

describe('deliveries', () => {
  it('marking a session delivered freezes named versions of the session and of every unit it used', async () => {
    const communs = await unit('Les communs');
    const wiki = await unit('Wikipédia');
    const s = await sessionWith([communs, wiki, communs]);
    const brest = await deliver(s.id, 'Brest', '2026-03-14');

    expect(brest).toMatchObject({ sessionId: s.id, place: 'Brest', date: '2026-03-14', facilitators: ['Amel', 'Yann'], participants: 14 });
    expect(brest.versions.map((v) => [v.docId, v.kind, v.title])).toEqual([
      [s.id, 'session', s.title],
      [communs.id, 'unit', 'Les communs'],
      [wiki.id, 'unit', 'Wikipédia'],
    ]);
    for (const frozen of brest.versions) {
      const { versions } = await json<{ versions: { id: number; kind: string; label: string; author: string }[] }>(await api(`/docs/${frozen.docId}/versions`, ws.viewKey));
      expect(versions.find((v) => v.id === frozen.versionId)).toMatchObject({ kind: 'named', label: 'Brest · 2026-03-14', author: 'Amel' });
    }
  });

  it('what a unit changed since a delivery compares against the version that delivery froze', async () => {
    const communs = await unit('Les communs');
    const s = await sessionWith([communs]);
    const brest = await deliver(s.id, 'Brest', '2026-03-14');
    const res = await api(`/units/${communs.id}`, ws.editKey, { method: 'PUT', body: { ...communs, title: 'Les communs expliqués' } });
    expect(res.status).toBe(200);

    const reply = DocCompareReplySchema.parse(await json(await api(`/docs/${communs.id}/compare?from=delivery:${brest.id}&to=now`, ws.viewKey)));
    expect(reply.from).toMatchObject({ ref: `delivery:${brest.id}`, label: 'Brest' });
    expect(reply.fields).toEqual([{ field: 'title', kind: 'text', parts: [{ op: 'same', text: 'Les communs' }, { op: 'added', text: ' expliqués' }] }]);

    const other = await unit('Pas dans la session');
    const missing = await api(`/docs/${other.id}/compare?from=delivery:${brest.id}`, ws.viewKey);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(/Brest/);
  });

  it('the workspace timeline lists every delivery oldest event first, and by unit', async () => {
    const communs = await unit('Les communs');
    const wiki = await unit('Wikipédia');
    const first = await sessionWith([communs]);
    const second = await sessionWith([communs, wiki]);
    await deliver(second.id, 'Lille', '2026-11-20');
    await deliver(first.id, 'Brest', '2026-03-14');
    await deliver(second.id, 'Montpellier', '2026-06-02');

    const all = DeliveryListSchema.parse(await json(await api('/deliveries', ws.viewKey)));
    expect(all.deliveries.map((d) => d.place)).toEqual(['Brest', 'Montpellier', 'Lille']);
    const withWiki = DeliveryListSchema.parse(await json(await api(`/deliveries?docId=${wiki.id}`, ws.viewKey)));
    expect(withWiki.deliveries.map((d) => d.place)).toEqual(['Montpellier', 'Lille']);
    const bySession = DeliveryListSchema.parse(await json(await api(`/sessions/${first.id}/deliveries`, ws.viewKey)));
    expect(bySession.deliveries.map((d) => d.place)).toEqual(['Brest']);
  });

  it('keeps the room input that was kept; only the edit key reads it', async () => {
    const s = await sessionWith([await unit('Les communs')]);
    const sent = async (text: string) => json<{ id: number }>(await api(`/sessions/${s.id}/room-input`, ws.viewKey, { method: 'POST', body: { kind: 'nextStep', text, author: 'Simon' } }), 201);
    const kept = await sent('Traduire les cartes en breton');
    const dismissed = await sent('Hors sujet');
    await json(await api(`/sessions/${s.id}/room-input/${kept.id}`, ws.editKey, { method: 'PATCH', body: { status: 'kept' } }));
    await json(await api(`/sessions/${s.id}/room-input/${dismissed.id}`, ws.editKey, { method: 'PATCH', body: { status: 'dismissed' } }));

    const delivery = await deliver(s.id, 'Brest', '2026-03-14');
    expect(delivery.keptInput).toEqual([expect.objectContaining({ text: 'Traduire les cartes en breton', author: 'Simon', status: 'kept' })]);
    const seen = DeliverySchema.parse(await json(await api(`/deliveries/${delivery.id}`, ws.viewKey)));
    expect(seen.keptInput).toEqual([]);
  });

  it('a view key cannot mark a delivery; a delivery needs a place and a real date', async () => {
    const s = await sessionWith([await unit('Les communs')]);
    const body = { place: 'Brest', date: '2026-03-14', author: 'Amel' };
    expect((await api(`/sessions/${s.id}/deliveries`, ws.viewKey, { method: 'POST', body })).status).toBe(403);
    const bad = await api(`/sessions/${s.id}/deliveries`, ws.editKey, { method: 'POST', body: { ...body, place: ' ', date: '14/03/2026' } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/place.*date|date.*place/s);
    expect((await api('/deliveries/12345', ws.viewKey)).status).toBe(404);
    expect((await api('/sessions/no-such-session/deliveries', ws.editKey, { method: 'POST', body })).status).toBe(404);
  });
});

describe('the relay from one event to the next', () => {
  it('a session duplicated after Brest carries the open next steps with their owners, and its lineage reads Brest → Montpellier → Lille', async () => {
    const communs = await unit('Les communs');
    await json(await api(`/units/${communs.id}`, ws.editKey, {
      method: 'PUT',
      body: { ...communs, nextSteps: [{ id: 'u-1', text: 'Ajouter un exemple breton', done: false, owner: 'Yann', target: 'Montpellier' }, { id: 'u-2', text: 'Corriger la coquille', done: true }] },
    }));
    const brestSession = await sessionWith([communs]);
    await deliver(brestSession.id, 'Brest', '2026-03-14');
    const montpellier = SessionSchema.parse(await json(await api(`/sessions/${brestSession.id}/duplicate`, ws.editKey, { method: 'POST', body: { date: '2026-06-02' } }), 201));
    expect(montpellier.nextSteps).toEqual([
      expect.objectContaining({ text: 'Ajouter un exemple breton', owner: 'Yann', target: 'Montpellier', done: false, origin: { kind: 'unit', docId: communs.id, title: 'Les communs', nextStepId: 'u-1' } }),
    ]);
    await deliver(montpellier.id, 'Montpellier', '2026-06-02');
    const lille = SessionSchema.parse(await json(await api(`/sessions/${montpellier.id}/duplicate`, ws.editKey, { method: 'POST', body: { date: '2026-11-20' } }), 201));
    expect(lille.nextSteps).toHaveLength(1);
    expect(lille.nextSteps[0]!.origin).toMatchObject({ kind: 'unit', nextStepId: 'u-1' });

    // The Lille session "since Brest": compared with the session Brest froze, its ancestor.
    const renamed = await json(await api(`/sessions/${lille.id}`, ws.editKey, { method: 'PUT', body: { ...lille, title: `${lille.title} à Lille` } }));
    expect(renamed).toMatchObject({ title: `${lille.title} à Lille` });
    const brestDelivery = DeliveryListSchema.parse(await json(await api(`/sessions/${brestSession.id}/deliveries`, ws.viewKey))).deliveries[0]!;
    const since = DocCompareReplySchema.parse(await json(await api(`/docs/${lille.id}/compare?from=delivery:${brestDelivery.id}`, ws.viewKey)));
    expect(since.from.label).toBe('Brest');
    expect(since.fields.find((f) => f.field === 'title')).toEqual({ field: 'title', kind: 'text', parts: [{ op: 'same', text: lille.title }, { op: 'added', text: ' à Lille' }] });
    const unrelated = await sessionWith([communs]);
    expect((await api(`/docs/${unrelated.id}/compare?from=delivery:${brestDelivery.id}`, ws.viewKey)).status).toBe(404);

    const { lineage } = SessionLineageSchema.parse(await json(await api(`/sessions/${lille.id}/lineage`, ws.viewKey)));
    expect(lineage.map((s) => [s.id, s.deliveries.map((d) => d.place)])).toEqual([
      [brestSession.id, ['Brest']],
      [montpellier.id, ['Montpellier']],
      [lille.id, []],
    ]);
  });
});
