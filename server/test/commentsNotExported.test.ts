import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionSchema, UnitSchema, commentsDocId, type Session, type Unit } from '@minga/schema';
import { approve, openThread, replyToThread } from '@minga/doc-model';
import { connectClient, createWorkspace, startServer, synced, waitFor, type TestClient, type TestServer } from './helpers.ts';

/*
 * Threads live in the collaborative state, never in what leaves Minga: one unit and one session
 * carry threads (messages, replies, a proposal) holding a marker no content holds, and every
 * export of both, in every format, is read back for it. PDFs are read with pdftotext.
 */

const MARKER = 'ZQXMARQUEURCOMMENTAIRE';
const PROPOSAL_MARKER = 'ZQXPROPOSITION';
const now = '2026-12-04T10:00:00.000Z';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
let unit: Unit;
let session: Session;
let publicId = '';
const clients: TestClient[] = [];

const api = async (path: string, init: { method?: string; body?: unknown; key?: string } = {}) =>
  fetch(`${t.origin}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${init.key ?? ws.viewKey}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });

function pdfText(pdf: Buffer): string {
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
  } catch (error) {
    throw new Error('pdftotext (poppler-utils) is needed to read the PDFs back: apt-get install -y poppler-utils', { cause: error });
  }
}

/** Opens threads with the marker in a document's comments, through a real client holding the edit key. */
async function discuss(docId: string, anchors: Parameters<typeof openThread>[1]['anchor'][]): Promise<void> {
  const client = connectClient(t.wsOrigin, ws.id, commentsDocId(docId), ws.editKey);
  clients.push(client);
  await synced(client);
  for (const anchor of anchors) {
    const id = openThread(client.doc, { anchor, author: 'Relectrice', text: `${MARKER} ${anchor.field}`, now, ...(anchor.field === 'title' ? { proposal: `${PROPOSAL_MARKER} titre` } : {}) });
    replyToThread(client.doc, id, 'Amel', `Réponse ${MARKER}`, now);
  }
  approve(client.doc, 'Approbatrice', now);
  await waitFor(async () => (await (await api(`/api/w/${ws.id}/${docId === unit.id ? 'units' : 'sessions'}/${docId}?comments=1`)).text()).includes(MARKER), 'the threads are served');
}

beforeAll(async () => {
  t = await startServer();
  ws = await createWorkspace(t.origin);
  const post = async (path: string, body: unknown) =>
    (await api(`/api/w/${ws.id}${path}`, { method: 'POST', body, key: ws.editKey })).json();
  const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
  unit = UnitSchema.parse(await post('/units', {
    title: 'Les communs',
    description: 'Ce qu’est un commun',
    objectives: [{ text: 'Définir un commun' }],
    steps: [{ title: 'Exposé', kind: 'talk', minutes: 20, notes: 'Prendre le temps' }],
    nextSteps: [{ text: 'Relire la charte' }],
    slides: [{ content: paragraph('Un commun, c’est une ressource partagée'), notes: paragraph('Parler lentement') }],
    contributors: [{ name: 'Amel' }],
  }));
  session = SessionSchema.parse(await post('/sessions', {
    title: 'Les communs pour les décideurs',
    audience: 'Élus',
    promotionalDescription: 'Une matinée sur les communs',
    startTime: '09:00',
    items: [{ kind: 'welcome', title: 'Accueil', minutes: 5 }, { kind: 'unit', unitId: unit.id, mode: 'live' }],
  }));
  await discuss(unit.id, [
    { field: 'title' },
    { field: 'description' },
    { field: 'objectives', itemId: unit.objectives[0]!.id },
    { field: 'steps', itemId: unit.steps[0]!.id },
    { field: 'slides', itemId: unit.slides[0]!.id, part: 'content' },
  ]);
  await discuss(session.id, [{ field: 'title' }, { field: 'items', itemId: session.items[0]!.id }]);
  publicId = ((await (await api(`/api/w/${ws.id}/units/${unit.id}/publication`, { method: 'PUT', body: {}, key: ws.editKey })).json()) as { publicId: string }).publicId;
}, 60_000);
afterAll(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await t.close();
});

const body = async (path: string): Promise<string> => {
  const res = await api(path);
  expect(res.status, path).toBe(200);
  const bytes = Buffer.from(await res.arrayBuffer());
  return (res.headers.get('content-type') ?? '').startsWith('application/pdf') ? pdfText(bytes) : bytes.toString('utf8');
};

describe('no export carries a comment’s text', { timeout: 240_000 }, () => {
  it('the threads are there to leak: the JSON asked with ?comments=1 carries them', async () => {
    expect(await body(`/api/w/${ws.id}/units/${unit.id}?comments=1`)).toContain(PROPOSAL_MARKER);
    expect(await body(`/api/w/${ws.id}/sessions/${session.id}?comments=1`)).toContain(MARKER);
  });

  it('in every format of the unit, the session and the catalogue', async () => {
    const outputs: Record<string, string> = {};
    for (const format of ['html', 'pdf', 'json', 'md']) outputs[`unit ${format}`] = await body(`/api/w/${ws.id}/units/${unit.id}/export?format=${format}`);
    for (const format of ['html', 'pdf', 'md', 'handout', 'handout-pdf', 'sheet', 'sheet-pdf']) {
      outputs[`session ${format}`] = await body(`/api/w/${ws.id}/sessions/${session.id}/export?format=${format}`);
    }
    outputs['unit JSON'] = await body(`/api/w/${ws.id}/units/${unit.id}`);
    outputs['session JSON'] = await body(`/api/w/${ws.id}/sessions/${session.id}`);
    outputs['session resolved'] = await body(`/api/w/${ws.id}/sessions/${session.id}/resolved`);
    outputs['catalogue list'] = await body('/api/catalogue');
    outputs['catalogue entry'] = await body(`/api/catalogue/${publicId}`);

    // Each output is the real thing (it holds the unit), and none holds a word of a thread.
    for (const [name, text] of Object.entries(outputs)) {
      expect(text, name).toContain('commun');
      expect(text, name).not.toContain(MARKER);
      expect(text, name).not.toContain(PROPOSAL_MARKER);
    }
    // The reviewers are credited by name (the decks', the run-sheet's and the handout's credits), their words are not.
    expect(outputs['unit html']).toContain('Relu par');
    expect(outputs['session md']).toContain('Relu par');
    expect(outputs['session handout']).toContain('Relu par');
    for (const name of ['unit html', 'unit pdf', 'session html', 'session md', 'session handout', 'session handout-pdf']) {
      expect(outputs[name], name).toContain('Relectrice');
      expect(outputs[name], name).toContain('Approbatrice');
    }
  });
});
