import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FollowLinkSchema, UnitSchema } from '@minga/schema';
import { createWorkspace, startServer, type TestServer } from './helpers.ts';
import { keysTable } from './apiDoc.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
const ids = { followed: '', other: '', unitId: '', inputId: '', versionId: '', publicId: '' };
let followKey = '';

const call = async (method: string, url: string, key: string) => {
  const res = await fetch(`${t.origin}${url}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(method === 'GET' || method === 'DELETE' ? {} : { 'content-type': 'application/json' }) },
    // The catalogue's fork names its target workspace in the body; other routes check the key first.
    body: method === 'GET' || method === 'DELETE' ? undefined : JSON.stringify({ workspaceId: ws.id }),
  });
  const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
  return { status: res.status, code: body?.error?.code };
};

const fill = (route: string, sessionId: string) =>
  route
    .replace(':workspaceId', ws.id)
    .replace(':sessionId', sessionId)
    .replace(':docId', sessionId)
    .replace(':unitId', ids.unitId)
    .replace(':inputId', ids.inputId)
    .replace(':versionId', ids.versionId)
    .replace(':publicId', ids.publicId)
    .replace(':fileId', 'AAAAAAAAAAAAAAAAAAAAAA');

beforeAll(async () => {
  t = await startServer();
  ws = await createWorkspace(t.origin);
  const edit = async (method: string, url: string, body: unknown) => {
    const res = await fetch(`${t.origin}/api/w/${ws.id}${url}`, {
      method,
      headers: { authorization: `Bearer ${ws.editKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status, url).toBeLessThan(300);
    return (await res.json()) as Record<string, unknown>;
  };
  ids.unitId = UnitSchema.parse(await edit('POST', '/units', { title: 'Les communs', steps: [{ title: 'Tout', kind: 'talk', minutes: 20 }] })).id;
  ids.publicId = (await edit('PUT', `/units/${ids.unitId}/publication`, {})).publicId as string;
  ids.followed = (await edit('POST', '/sessions', { title: 'Suivie', items: [{ kind: 'unit', unitId: ids.unitId, mode: 'live' }] })).id as string;
  ids.other = (await edit('POST', '/sessions', { title: 'Autre', items: [] })).id as string;
  ids.inputId = String((await edit('POST', `/sessions/${ids.followed}/room-input`, { kind: 'question', text: 'Pourquoi ?' })).id);
  ids.versionId = String((await edit('POST', `/docs/${ids.followed}/versions`, { label: 'v1', author: 'Amel' })).id);
  const link = FollowLinkSchema.parse(await (await fetch(`${t.origin}/api/w/${ws.id}/sessions/${ids.followed}/follow`, { headers: { authorization: `Bearer ${ws.editKey}` } })).json());
  followKey = link.followKey;
});
afterAll(async () => {
  await t.close();
});

describe('docs/API.md’s keys table', () => {
  it('lists every route the server serves, and nothing it does not', () => {
    const served = t.server.routes
      .filter((r) => r.url.startsWith('/api/') || r.url.startsWith('/sync/') || r.url === '/healthz')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(keysTable().map((r) => `${r.method} ${r.path}`).sort()).toEqual(served);
  });

  it('a follow key reads nothing but its session’s deck: every other route answers 403', async () => {
    const rows = keysTable().filter((r) => r.follow !== 'public' && !r.path.startsWith('/sync/'));
    for (const row of rows) {
      const own = await call(row.method, fill(row.path, ids.followed), followKey);
      if (row.follow === 'own-session') {
        expect([401, 403], `${row.method} ${row.path}`).not.toContain(own.status);
        const other = await call(row.method, fill(row.path, ids.other), followKey);
        expect(other, `${row.method} ${row.path} on another session`).toEqual({ status: 403, code: 'forbidden' });
      } else {
        expect(row.follow, row.path).toBe('no');
        expect(own, `${row.method} ${row.path}`).toEqual({ status: 403, code: 'forbidden' });
      }
    }
  });

  it('a view key gets what the table says', async () => {
    for (const row of keysTable().filter((r) => r.view !== 'public' && !r.path.startsWith('/sync/'))) {
      const answer = await call(row.method, fill(row.path, ids.followed), ws.viewKey);
      if (row.view === 'yes') expect([401, 403], `${row.method} ${row.path}`).not.toContain(answer.status);
      else expect(answer, `${row.method} ${row.path}`).toEqual({ status: 403, code: 'read_only' });
    }
  });

  it('a comment key gets what the table says: the view key’s reads, no REST write', async () => {
    const rows = keysTable().filter((r) => r.comment !== 'public' && !r.path.startsWith('/sync/'));
    expect(rows.length).toBeGreaterThan(40);
    for (const row of rows) {
      const answer = await call(row.method, fill(row.path, ids.followed), ws.commentKey);
      if (row.comment === 'yes') expect([401, 403], `${row.method} ${row.path}`).not.toContain(answer.status);
      else expect(answer, `${row.method} ${row.path}`).toEqual({ status: 403, code: 'read_only' });
    }
  });

  it('the follow key reads its session’s deck, without the trainers’ notes', async () => {
    const res = await fetch(`${t.origin}/api/w/${ws.id}/sessions/${ids.followed}/deck?lang=fr`, { headers: { authorization: `Bearer ${followKey}` } });
    const body = (await res.json()) as { deck: { title: string; slides: { notes: { lines: string[]; richText?: unknown } }[] } };
    expect(body.deck.title).toBe('Suivie');
    expect(body.deck.slides.every((s) => s.notes.lines.length === 0 && s.notes.richText === undefined)).toBe(true);
  });
});
