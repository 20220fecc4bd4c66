import WebSocket from 'ws';
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

const slide = (seq: number, h: number) => ({ h, v: 0, f: -1, slideId: `s${h}`, lang: 'fr', seq, at: 1 });
const presentingOf = (c: TestClient) =>
  [...c.provider.awareness.getStates().values()].flatMap((s) => (s.presenting ? [s.presenting as { h: number }] : []));
const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** A bare socket that records every frame the server sends it (as latin1 text, to search), from the first. */
async function listen(docId: string, key: string) {
  const socket = new WebSocket(`${t.wsOrigin}/sync/${ws.id}/${docId}?key=${encodeURIComponent(key)}`);
  const received: string[] = [];
  socket.on('message', (data: Buffer) => received.push(Buffer.from(data).toString('latin1')));
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { socket, received, closed };
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

  it('the follow key opens its session’s presence doc and no content doc: session, comments, unit, pad, another session', async () => {
    const sessionId = await newSession('Suivie');
    const otherId = await newSession('Autre');
    const { followKey } = await followLink(sessionId);
    for (const docId of [sessionId, `${sessionId}/comments`, otherId, `${otherId}/presence`, 'general-pad', 'some-unit', 'some-unit/presence']) {
      const refused = await listen(docId, followKey);
      expect(await refused.closed, docId).toBe(CLOSE_CODES.wrongKey);
      expect(refused.received, `${docId}: nothing sent before the close`).toEqual([]);
    }
    const phone = client(followKey, `${sessionId}/presence`);
    await synced(phone);
  });

  it('a phone follows the presenter’s slide through the presence doc, which stores nothing', async () => {
    const sessionId = await newSession('Suivie');
    const { followKey } = await followLink(sessionId);
    const presenter = client(ws.editKey, `${sessionId}/presence`);
    const phone = client(followKey, `${sessionId}/presence`);
    await Promise.all([synced(presenter), synced(phone)]);
    presenter.provider.awareness.setLocalState({ user: { name: 'Amel', color: '#cc0000', role: 'edit' }, presenting: slide(3, 2), deckRev: 'r1' });
    await waitFor(() => presentingOf(phone).some((p) => p.h === 2), 'the phone sees slide 2');
    presenter.provider.awareness.setLocalStateField('presenting', slide(4, 5));
    await waitFor(() => presentingOf(phone).some((p) => p.h === 5), 'and follows to slide 5');
    expect([...phone.provider.awareness.getStates().values()].find((s) => s.presenting)?.deckRev).toBe('r1');

    // Nobody writes content there, not even the edit key: the presence doc stays empty on disk.
    presenter.doc.getText('t').insert(0, 'contenu');
    phone.doc.getText('t').insert(0, 'VANDALE');
    const probe = client(ws.editKey, `${sessionId}/presence`);
    await synced(probe);
    expect(probe.doc.getText('t').toString()).toBe('');
    await t.server.ctx.rooms.withRoom({ workspaceId: ws.id, docId: `${sessionId}/presence` }, async (room) => {
      expect(room.doc.getText('t').toString()).toBe('');
    });
    expect((await t.server.ctx.store.load({ workspaceId: ws.id, docId: `${sessionId}/presence` })).updateCount).toBe(0);
  });

  it('a follow key receives no note text anywhere: not over REST, not over sync', async () => {
    const unit = await api('POST', '/units', ws.editKey, {
      title: 'Les communs',
      steps: [{ title: 'Tour de table', kind: 'talk', minutes: 10, notes: 'SECRET-STEP-NOTE' }],
      slides: [{ content: paragraph('Diapo visible'), notes: paragraph('SECRET-SLIDE-NOTE') }],
    });
    expect(unit.status, JSON.stringify(unit.body)).toBe(201);
    const unitId = unit.body.id as string;
    const created = await api('POST', '/sessions', ws.editKey, {
      title: 'Atelier',
      items: [
        { kind: 'unit', unitId, mode: 'live', transitionNote: 'SECRET-TRANSITION' },
        { kind: 'break', title: 'Pause', minutes: 10, notes: 'SECRET-ITEM-NOTE' },
      ],
      promotionalDescription: 'SECRET-PROMO-IN-NOTES',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const sessionId = created.body.id as string;
    const { followKey } = await followLink(sessionId);
    const secrets = /SECRET-/;
    // The editor's deck carries them (speaker notes); the follower's never does.
    const full = await fetch(`${t.origin}/api/w/${ws.id}/sessions/${sessionId}/export?format=html`, { headers: { authorization: `Bearer ${ws.editKey}` } });
    expect(await full.text()).toMatch(/SECRET-STEP-NOTE/);

    const deck = await fetch(`${t.origin}/api/w/${ws.id}/sessions/${sessionId}/deck?lang=fr`, { headers: { authorization: `Bearer ${followKey}` } });
    expect(deck.status).toBe(200);
    const deckText = await deck.text();
    expect(deckText).toContain('Diapo visible');
    expect(deckText).toContain('Les communs');
    expect(deckText).not.toMatch(secrets);
    const etag = deck.headers.get('etag')!;
    const again = await fetch(`${t.origin}/api/w/${ws.id}/sessions/${sessionId}/deck?lang=fr`, { headers: { authorization: `Bearer ${followKey}`, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    for (const path of [`/sessions/${sessionId}`, `/sessions/${sessionId}/resolved`, `/sessions/${sessionId}/export?format=md`, `/units/${unitId}`]) {
      expect((await api('GET', path, followKey)).status, path).toBe(403);
    }

    const presenter = client(ws.editKey, `${sessionId}/presence`);
    await synced(presenter);
    presenter.provider.awareness.setLocalState({ user: { name: 'Amel', color: '#cc0000', role: 'edit' }, presenting: slide(2, 1) });
    const phone = await listen(`${sessionId}/presence`, followKey);
    await waitFor(() => phone.received.some((m) => m.includes('"presenting"')), 'the position reaches the phone');
    for (const docId of [sessionId, unitId]) expect(await (await listen(docId, followKey)).closed).toBe(CLOSE_CODES.wrongKey);
    expect(phone.received.join('')).not.toMatch(secrets);
    phone.socket.close();
  });

  it('a session moved to the bin closes its phones’ presence sockets (4410), and new ones are refused', async () => {
    const sessionId = await newSession('Suivie');
    const { followKey } = await followLink(sessionId);
    const phone = client(followKey, `${sessionId}/presence`);
    await synced(phone);
    const closed = closedByServer(phone);
    expect((await api('DELETE', `/sessions/${sessionId}`, ws.editKey)).status).toBe(200);
    expect((await closed).code).toBe(CLOSE_CODES.docDeleted);
    expect(await (await listen(`${sessionId}/presence`, followKey)).closed).toBe(CLOSE_CODES.docDeleted);
  });

  it('a follow-key client claiming to present with the highest clock moves nobody’s slides', async () => {
    const sessionId = await newSession('Suivie');
    const { followKey } = await followLink(sessionId);
    const presenter = client(ws.editKey, `${sessionId}/presence`);
    const phone = client(followKey, `${sessionId}/presence`);
    const attacker = client(followKey, `${sessionId}/presence`);
    await Promise.all([synced(presenter), synced(phone), synced(attacker)]);
    presenter.provider.awareness.setLocalState({ user: { name: 'Amel', color: '#cc0000', role: 'edit' }, presenting: slide(3, 2) });
    attacker.provider.awareness.setLocalState({ user: { name: 'Amel', color: '#cc0000', role: 'edit' }, presenting: slide(1e9, 9), deckRev: 'forged' });
    await waitFor(() => phone.provider.awareness.getStates().has(attacker.doc.clientID) && phone.provider.awareness.getStates().has(presenter.doc.clientID), 'both states');
    expect(presentingOf(phone).map((p) => p.h)).toEqual([2]);
    expect(phone.provider.awareness.getStates().get(attacker.doc.clientID)).toEqual({ viewer: true });
  });

  it('rotating the follow key (session page or CLI) cuts the old link at once, sockets included', async () => {
    const sessionId = await newSession('Suivie');
    const old = await followLink(sessionId);
    const phone = client(old.followKey, `${sessionId}/presence`);
    await synced(phone);
    const closed = closedByServer(phone);
    const rotated = await followLink(sessionId, 'POST');
    expect(rotated.followKey).not.toBe(old.followKey);
    expect((await closed).code).toBe(CLOSE_CODES.wrongKey);
    expect((await api('GET', `/sessions/${sessionId}/deck`, old.followKey)).status).toBe(403);
    expect((await api('GET', `/sessions/${sessionId}/deck`, rotated.followKey)).status).toBe(200);
    expect(await followLink(sessionId)).toEqual(rotated);

    const cli = await runCli(['--data-dir', t.dataDir, '--json', 'session', 'follow-key', sessionId, '--workspace', ws.id, '--rotate']);
    expect(cli.code, cli.stderr).toBe(0);
    const fromCli = JSON.parse(cli.stdout) as { followKey: string; followUrl: string };
    expect(isFollowKey(fromCli.followKey)).toBe(true);
    await waitFor(async () => (await t.server.ctx.workspaces.check(ws.id, rotated.followKey)).ok === false, 'old key refused');
    expect((await api('GET', `/sessions/${sessionId}/deck`, fromCli.followKey)).status).toBe(200);
    // The CLI held no edit key to seal it with: the session page gets a fresh link.
    const after = await followLink(sessionId);
    expect(after.followKey).not.toBe(fromCli.followKey);
  });

  it('follow links keep working after the edit key is rotated over REST, and old view-key links until the view key is', async () => {
    const sessionId = await newSession('Suivie');
    const { followKey } = await followLink(sessionId);
    const rotated = (await api('POST', '/keys/rotate', ws.editKey, { which: 'edit' })).body as { editKey: string };
    expect((await api('GET', `/sessions/${sessionId}/deck`, followKey)).status).toBe(200);
    const again = FollowLinkSchema.parse((await api('GET', `/sessions/${sessionId}/follow`, rotated.editKey)).body);
    expect(again.followKey).toBe(followKey);
    expect((await api('GET', `/sessions/${sessionId}/deck`, ws.viewKey)).status).toBe(200);
    await api('POST', '/keys/rotate', rotated.editKey, { which: 'view' });
    expect((await api('GET', `/sessions/${sessionId}/deck`, ws.viewKey)).status).toBe(403);
  });

  it('the CLI refuses to print a follow key it cannot read', async () => {
    const sessionId = await newSession('Suivie');
    const cli = await runCli(['--data-dir', t.dataDir, 'session', 'follow-key', sessionId, '--workspace', ws.id]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('--rotate');
  });
});
