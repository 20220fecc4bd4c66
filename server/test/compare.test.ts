import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocCompareReplySchema, UnitSchema, type DocCompareReply, type RichTextDoc, type Unit } from '@minga/schema';
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
const text = (...paragraphs: string[]): RichTextDoc => ({
  type: 'doc',
  content: paragraphs.map((p) => (p === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: p }] })),
});

async function createUnit(): Promise<Unit> {
  const res = await api('/units', ws.editKey, {
    method: 'POST',
    body: {
      title: 'Les communs',
      steps: [
        { id: 'accueil', title: 'Accueil', kind: 'talk', minutes: 5 },
        { id: 'jeu', title: 'Jeu de rôle', kind: 'exercise', minutes: 20 },
        { id: 'debat', title: 'Débat', kind: 'discussion', minutes: 10 },
      ],
      slides: [
        { id: 'titre', content: text('Les communs'), notes: text('Se présenter.'), hidden: false },
        { id: 'definition', content: text('Une ressource gérée par une communauté.'), notes: text(''), hidden: false },
        { id: 'exemples', content: text('Wikipédia, OpenStreetMap'), notes: text(''), hidden: false },
      ],
    },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return UnitSchema.parse(await res.json());
}

async function saveVersion(docId: string, label: string, author = 'Amel'): Promise<number> {
  const res = await api(`/docs/${docId}/versions`, ws.editKey, { method: 'POST', body: { label, author } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

async function put(unit: Unit): Promise<void> {
  const res = await api(`/units/${unit.id}`, ws.editKey, { method: 'PUT', body: unit });
  expect(res.status, await res.clone().text()).toBe(200);
}

async function compare(docId: string, query: string, key = ws.viewKey): Promise<DocCompareReply> {
  const res = await api(`/docs/${docId}/compare?${query}`, key);
  expect(res.status, await res.clone().text()).toBe(200);
  return DocCompareReplySchema.parse(await res.json());
}

const fieldOf = (reply: DocCompareReply, name: string) => reply.fields.find((f) => f.field === name);

describe('comparing versions over REST', () => {
  it('a rewritten slide comes back as words inserted and removed, with who changed it', async () => {
    const unit = await createUnit();
    const before = await saveVersion(unit.id, 'Avant Brest');
    unit.slides[1]!.content = text('Une ressource gouvernée par une communauté ouverte.');
    await put(unit);
    await saveVersion(unit.id, 'Après relecture', 'Yann');

    const reply = await compare(unit.id, `from=${before}&to=now`);
    expect(reply).toMatchObject({ docId: unit.id, kind: 'unit', from: { ref: String(before), label: 'Avant Brest' }, to: { ref: 'now' } });
    // Yann saved a version; the change itself came over REST without a name, so "via API".
    expect(reply.authors).toEqual(['Yann', 'via API']);
    const slides = fieldOf(reply, 'slides');
    expect(slides?.kind).toBe('items');
    if (slides?.kind !== 'items') return;
    const content = slides.items[0]!.fields.find((f) => f.field === 'content');
    expect(slides.items[0]).toMatchObject({ id: 'definition', status: 'changed' });
    expect(content).toEqual({
      field: 'content',
      kind: 'richText',
      formattingOnly: false,
      parts: [
        { op: 'same', text: 'Une ressource ' },
        { op: 'removed', text: 'gérée' },
        { op: 'added', text: 'gouvernée' },
        { op: 'same', text: ' par une communauté' },
        { op: 'added', text: ' ouverte' },
        { op: 'same', text: '.' },
      ],
    });
  });

  it('reordered steps come back as the one step that moved, between two versions', async () => {
    const unit = await createUnit();
    const v1 = await saveVersion(unit.id, 'v1');
    unit.steps = [unit.steps[0]!, unit.steps[2]!, unit.steps[1]!];
    await put(unit);
    const v2 = await saveVersion(unit.id, 'v2');

    const reply = await compare(unit.id, `from=${v1}&to=${v2}`);
    expect(reply.fields).toEqual([
      { field: 'steps', kind: 'items', items: [expect.objectContaining({ id: expect.any(String), status: 'moved', moved: true, fields: [] })] },
    ]);
    const steps = fieldOf(reply, 'steps');
    if (steps?.kind !== 'items') return;
    const moved = steps.items[0]!;
    expect([moved.label, moved.from, moved.to]).toEqual(moved.id === 'jeu' ? ['Jeu de rôle', 1, 2] : ['Débat', 2, 1]);
  });

  it('a deleted slide comes back as removed, with its first words', async () => {
    const unit = await createUnit();
    const v1 = await saveVersion(unit.id, 'v1');
    unit.slides = unit.slides.filter((s) => s.id !== 'definition');
    await put(unit);

    const reply = await compare(unit.id, `from=${v1}`);
    expect(fieldOf(reply, 'slides')).toEqual({
      field: 'slides',
      kind: 'items',
      items: [{ id: 'definition', label: 'Une ressource gérée par une communauté.', status: 'removed', moved: false, from: 1, to: null, fields: [] }],
    });
  });

  it('refuses a malformed reference, an unknown version and a missing key, each with a JSON error', async () => {
    const unit = await createUnit();
    const bad = await api(`/docs/${unit.id}/compare?from=latest`, ws.viewKey);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string; message: string } }).error.message).toMatch(/from/);
    const unknown = await api(`/docs/${unit.id}/compare?from=999999`, ws.viewKey);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('not_found');
    expect((await fetch(`${t.origin}/api/w/${ws.id}/docs/${unit.id}/compare?from=1`)).status).toBe(401);
    expect((await api(`/docs/no-such-doc/compare?from=1`, ws.viewKey)).status).toBe(404);
  });
});
