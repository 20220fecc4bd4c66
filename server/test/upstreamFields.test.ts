import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnitSchema, type Unit, type UpstreamFieldChange } from '@minga/schema';
import { createWorkspace, startServer, type TestServer } from './helpers.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
beforeEach(async () => {
  t = await startServer();
  ws = await createWorkspace(t.origin);
});
afterEach(() => t.close());

const api = (path: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(`${t.origin}/api/w/${ws.id}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${ws.editKey}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
const read = async (res: Response): Promise<Unit> => UnitSchema.parse(await res.json());
const upstream = async (id: string) => ((await (await api(`/units/${id}/upstream`)).json()) as { changes: UpstreamFieldChange[] }).changes;

const lille = {
  title: 'Les communs en une heure',
  context: 'Écrit à Lille.',
  participants: 'Amel, Yann',
  objectives: [{ id: 'o1', text: 'Définir un commun' }],
  steps: [{ id: 's1', title: 'Exposé', kind: 'talk', minutes: 15 }],
  nextSteps: [{ id: 'n1', text: 'Relire', done: false }, { id: 'n2', text: 'Tester', done: false }],
};

/** A source, its fork, and the source changed afterwards in every field a fork compares. */
async function forkThenChangeSource(): Promise<{ source: Unit; fork: Unit }> {
  const source = await read(await api('/units', { method: 'POST', body: lille }));
  const fork = await read(await api(`/units/${source.id}/fork`, { method: 'POST', body: {} }));
  const changed = {
    ...source,
    context: 'Écrit à Lille, revu à Nantes.',
    participants: 'Amel, Yann, Nora',
    objectives: [{ id: 'o1', text: 'Définir un commun' }, { id: 'o2', text: 'Citer trois communs' }, { id: 'o3', text: 'Animer un débat' }],
    steps: [...source.steps, { id: 's2', title: 'Débat', kind: 'discussion', minutes: 10, notes: '' }],
    nextSteps: [{ id: 'n1', text: 'Relire', done: true }, { id: 'n3', text: 'Publier', done: false }],
  };
  expect((await api(`/units/${source.id}`, { method: 'PUT', body: changed })).status).toBe(200);
  return { source, fork };
}

describe('a fork and the changes in its source', () => {
  it('reports context, participants and next steps too, and each objective, step and next step the source added, changed or removed', async () => {
    const { fork } = await forkThenChangeSource();
    const changes = await upstream(fork.id);
    expect(changes.map((c) => c.field).sort()).toEqual(['context', 'nextSteps', 'objectives', 'participants', 'steps']);
    const items = (field: string) => changes.find((c) => c.field === field)?.items?.map((i) => [i.id, i.change]);
    expect(items('objectives')).toEqual([['o2', 'added'], ['o3', 'added']]);
    expect(items('steps')).toEqual([['s2', 'added']]);
    expect(items('nextSteps')).toEqual([['n1', 'changed'], ['n3', 'added'], ['n2', 'removed']]);
    expect(changes.find((c) => c.field === 'context')).toMatchObject({ upstream: 'Écrit à Lille, revu à Nantes.', mine: 'Écrit à Lille.', conflict: false });
  });

  it('takes one objective and one next step alone, in the source\'s place, and keeps the rest of the fork', async () => {
    const { fork } = await forkThenChangeSource();
    const res = await api(`/units/${fork.id}/upstream`, {
      method: 'POST',
      body: { take: ['context'], items: [{ field: 'objectives', id: 'o3' }, { field: 'nextSteps', id: 'n1' }, { field: 'nextSteps', id: 'n2' }] },
    });
    expect(res.status).toBe(200);
    const updated = await read(await api(`/units/${fork.id}`));
    expect(updated.objectives.map((o) => o.text)).toEqual(['Définir un commun', 'Animer un débat']);
    // n1 as the source has it now (done), n2 removed as in the source, n3 not taken.
    expect(updated.nextSteps.map((n) => [n.text, n.done])).toEqual([['Relire', true]]);
    expect(updated.context).toBe('Écrit à Lille, revu à Nantes.');
    expect(updated.participants).toBe('Amel, Yann');
    expect(updated.steps.map((s) => s.id)).toEqual(['s1']);
    // What was not taken was seen and kept on purpose: the fork is up to date.
    expect(await upstream(fork.id)).toEqual([]);
  });

  it('refuses to take an item of a field that has no items, with a JSON error', async () => {
    const { fork } = await forkThenChangeSource();
    const res = await api(`/units/${fork.id}/upstream`, { method: 'POST', body: { take: [], items: [{ field: 'context', id: 'x' }] } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_body');
  });
});
