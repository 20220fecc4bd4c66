import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES, FollowLinkSchema, isFollowKey } from '@minga/schema';
import { closedByServer, connectClient, createWorkspace, runCli, startServer, synced, waitFor, type TestClient, type TestServer } from './helpers.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
const clients: TestClient[] = [];
const client = (key: string, docId: string) => {
  const c = connectClient(t.wsOrigin, ws.id, docId, key);
  clients.push(c);
  return c;
};

beforeEach(async () => {
  t = await startServer();
  ws = await createWorkspace(t.origin);
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await t.close();
});

const api = async (method: string, path: string, key: string, body?: unknown) => {
  const res = await fetch(`${t.origin}/api/w/${ws.id}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

async function newSession(title: string): Promise<string> {
  const created = await api('POST', '/sessions', ws.editKey, { title, items: [] });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

const followLink = async (sessionId: string, method = 'GET') => FollowLinkSchema.parse((await api(method, `/sessions/${sessionId}/follow`, ws.editKey)).body);

describe('a follow link that only follows', () => {
  it('an editor gets the session’s follow link, the same one each time, on the follow page', async () => {
    const sessionId = await newSession('Les communs');
    const first = await followLink(sessionId);
    expect(isFollowKey(first.followKey)).toBe(true);
    expect(first.followKey.length).toBeGreaterThanOrEqual(43);
    expect(first.followUrl).toMatch(new RegExp(`/w/${ws.id}/sessions/${sessionId}/follow\\?key=`));
    expect(await followLink(sessionId)).toEqual(first);
    expect((await api('GET', `/sessions/${sessionId}/follow`, ws.viewKey)).status).toBe(403);
    expect((await api('GET', `/sessions/${sessionId}/follow`, first.followKey)).status).toBe(403);
  });

  it('the follow key syncs its session read-only and opens no other doc', async () => {
    const sessionId = await newSession('Suivie');
    const otherId = await newSession('Autre');
    const { followKey } = await followLink(sessionId);
    const editor = client(ws.editKey, sessionId);
    await synced(editor);
    editor.doc.getText('t').insert(0, 'diapo');
    const phone = client(followKey, sessionId);
    await synced(phone);
    await waitFor(() => phone.doc.getText('t').toString() === 'diapo', 'the phone receives the session');

    phone.doc.getText('t').insert(0, 'VANDALE ');
    editor.doc.getText('t').insert(5, ' 2');
    await waitFor(() => phone.doc.getText('t').toString().endsWith(' 2'), 'live edits reach the phone');
    const fresh = client(ws.editKey, sessionId);
    await synced(fresh);
    expect(fresh.doc.getText('t').toString()).toBe('diapo 2');

    for (const docId of [otherId, 'general-pad', 'some-unit']) {
      const refused = client(followKey, docId);
      expect((await closedByServer(refused)).code, docId).toBe(CLOSE_CODES.wrongKey);
    }
  });

  it('a follow-key client claiming to present with the highest clock moves nobody’s slides', async () => {
    const sessionId = await newSession('Suivie');
    const { followKey } = await followLink(sessionId);
    const presenter = client(ws.editKey, sessionId);
    const phone = client(followKey, sessionId);
    const attacker = client(followKey, sessionId);
    await Promise.all([synced(presenter), synced(phone), synced(attacker)]);
    presenter.provider.awareness.setLocalState({ user: { name: 'Amel', color: '#cc0000', role: 'edit' }, presenting: { h: 2, v: 0, f: -1, slideId: 's2', lang: 'fr', seq: 3, at: 1 } });
    attacker.provider.awareness.setLocalState({ user: { name: 'Amel', color: '#cc0000', role: 'edit' }, presenting: { h: 9, v: 0, f: -1, slideId: 's9', lang: 'fr', seq: 1e9, at: 2 } });
    await waitFor(() => phone.provider.awareness.getStates().has(attacker.doc.clientID) && phone.provider.awareness.getStates().has(presenter.doc.clientID), 'both states');
    const presenting = [...phone.provider.awareness.getStates().values()].filter((s) => s.presenting !== undefined);
    expect(presenting.map((s) => (s.presenting as { h: number }).h)).toEqual([2]);
  });

  it('rotating the follow key (session page or CLI) cuts the old link at once, sockets included', async () => {
    const sessionId = await newSession('Suivie');
    const old = await followLink(sessionId);
    const phone = client(old.followKey, sessionId);
    await synced(phone);
    const closed = closedByServer(phone);
    const rotated = await followLink(sessionId, 'POST');
    expect(rotated.followKey).not.toBe(old.followKey);
    expect((await closed).code).toBe(CLOSE_CODES.wrongKey);
    expect((await api('GET', `/sessions/${sessionId}/resolved`, old.followKey)).status).toBe(403);
    expect((await api('GET', `/sessions/${sessionId}/resolved`, rotated.followKey)).status).toBe(200);
    expect(await followLink(sessionId)).toEqual(rotated);

    const cli = await runCli(['--data-dir', t.dataDir, '--json', 'session', 'follow-key', sessionId, '--workspace', ws.id, '--rotate']);
    expect(cli.code, cli.stderr).toBe(0);
    const fromCli = JSON.parse(cli.stdout) as { followKey: string; followUrl: string };
    expect(isFollowKey(fromCli.followKey)).toBe(true);
    await waitFor(async () => (await t.server.ctx.workspaces.check(ws.id, rotated.followKey)).ok === false, 'old key refused');
    expect((await api('GET', `/sessions/${sessionId}/resolved`, fromCli.followKey)).status).toBe(200);
    // The CLI held no edit key to seal it with: the session page gets a fresh link.
    const after = await followLink(sessionId);
    expect(after.followKey).not.toBe(fromCli.followKey);
  });

  it('follow links keep working after the edit key is rotated over REST, and old view-key links until the view key is', async () => {
    const sessionId = await newSession('Suivie');
    const { followKey } = await followLink(sessionId);
    const rotated = (await api('POST', '/keys/rotate', ws.editKey, { which: 'edit' })).body as { editKey: string };
    expect((await api('GET', `/sessions/${sessionId}/resolved`, followKey)).status).toBe(200);
    const again = FollowLinkSchema.parse((await api('GET', `/sessions/${sessionId}/follow`, rotated.editKey)).body);
    expect(again.followKey).toBe(followKey);
    expect((await api('GET', `/sessions/${sessionId}/resolved`, ws.viewKey)).status).toBe(200);
    await api('POST', '/keys/rotate', rotated.editKey, { which: 'view' });
    expect((await api('GET', `/sessions/${sessionId}/resolved`, ws.viewKey)).status).toBe(403);
  });

  it('the CLI refuses to print a follow key it cannot read', async () => {
    const sessionId = await newSession('Suivie');
    const cli = await runCli(['--data-dir', t.dataDir, 'session', 'follow-key', sessionId, '--workspace', ws.id]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('--rotate');
  });
});
