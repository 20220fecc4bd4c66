import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorBodySchema, WorkspaceInfoSchema, WorkspaceWithKeysSchema } from '@minga/schema';
import { lanAddress } from '../src/http/roomOrigin.ts';
import { createWorkspace, startServer, type TestServer } from './helpers.ts';

let t: TestServer;
beforeEach(async () => {
  t = await startServer();
});
afterEach(() => t.close());

const get = (path: string, key?: string) => fetch(`${t.origin}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });

describe('workspaces over REST', () => {
  it('GET /healthz answers 200', async () => {
    const res = await fetch(`${t.origin}/healthz`);
    expect(res.status).toBe(200);
  });

  it('creating a workspace returns its keys and edit link once', async () => {
    const ws = WorkspaceWithKeysSchema.parse(await createWorkspace(t.origin, 'Formation-action Lille'));
    expect(ws.name).toBe('Formation-action Lille');
    expect(ws.editKey).not.toBe(ws.viewKey);
    // 256 random bits in base64url.
    expect(ws.editKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(ws.url).toBe(`${t.origin}/w/${ws.id}?key=${ws.editKey}`);
  });

  it('the edit key and the view key each open the workspace with their role', async () => {
    const ws = await createWorkspace(t.origin);
    const asEditor = WorkspaceInfoSchema.parse(await (await get(`/api/w/${ws.id}`, ws.editKey)).json());
    const asViewer = WorkspaceInfoSchema.parse(await (await get(`/api/w/${ws.id}`, ws.viewKey)).json());
    expect(asEditor.role).toBe('edit');
    expect(asViewer.role).toBe('view');
  });

  it('no key gets 401, a wrong key 403, an unknown workspace 404', async () => {
    const ws = await createWorkspace(t.origin);
    const noKey = await get(`/api/w/${ws.id}`);
    expect(noKey.status).toBe(401);
    expect(noKey.headers.get('www-authenticate')).toBe('Bearer');
    expect(ErrorBodySchema.parse(await noKey.json()).error.code).toBe('missing_key');
    const wrong = await get(`/api/w/${ws.id}`, 'x'.repeat(43));
    expect(wrong.status).toBe(403);
    expect(ErrorBodySchema.parse(await wrong.json()).error.code).toBe('wrong_key');
    const unknown = await get('/api/w/NoSuchWorkspace0', ws.editKey);
    expect(unknown.status).toBe(404);
  });

  it('a view key cannot rotate keys; an edit key can, and the old keys stop working at once', async () => {
    const ws = await createWorkspace(t.origin);
    const rotate = (key: string, which?: string) =>
      fetch(`${t.origin}/api/w/${ws.id}/keys/rotate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(which ? { which } : {}),
      });
    const byViewer = await rotate(ws.viewKey);
    expect(byViewer.status).toBe(403);
    expect(ErrorBodySchema.parse(await byViewer.json()).error.code).toBe('read_only');

    const res = await rotate(ws.editKey);
    expect(res.status).toBe(200);
    const fresh = (await res.json()) as { editKey: string; viewKey: string };
    expect((await get(`/api/w/${ws.id}`, ws.editKey)).status).toBe(403);
    expect((await get(`/api/w/${ws.id}`, ws.viewKey)).status).toBe(403);
    expect((await get(`/api/w/${ws.id}`, fresh.editKey)).status).toBe(200);
    expect((await get(`/api/w/${ws.id}`, fresh.viewKey)).status).toBe(200);
  });

  it('keys are stored hashed: the database never holds them in clear', async () => {
    const ws = await createWorkspace(t.origin);
    const row = t.server.ctx.db!.prepare('SELECT * FROM workspaces WHERE id = ?').get(ws.id) as Record<string, unknown>;
    const dump = JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('latin1') : v));
    expect(dump).not.toContain(ws.editKey);
    expect(dump).not.toContain(ws.viewKey);
  });

  it('responses forbid referrers, so keys in page URLs never leak to other sites', async () => {
    const res = await fetch(`${t.origin}/healthz`);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('share links', () => {
  const links = (id: string, key: string) => fetch(`${t.origin}/api/w/${id}/links`, { headers: { authorization: `Bearer ${key}` } });

  it('an editor gets the view and comment links back at any time; a viewer or commenter cannot ask for them', async () => {
    const ws = await createWorkspace(t.origin);
    const res = await links(ws.id, ws.editKey);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      editUrl: `${t.origin}/w/${ws.id}?key=${ws.editKey}`,
      viewKey: ws.viewKey,
      viewUrl: `${t.origin}/w/${ws.id}?key=${ws.viewKey}`,
      commentKey: ws.commentKey,
      commentUrl: `${t.origin}/w/${ws.id}?key=${ws.commentKey}`,
      roomOrigin: t.origin,
    });
    expect((await links(ws.id, ws.viewKey)).status).toBe(403);
    expect((await links(ws.id, ws.commentKey)).status).toBe(403);
  });

  it('a server listening on the network gives links on its network address to a browser that opened it as localhost', async () => {
    const lan = lanAddress();
    const open = await startServer({ config: { host: '0.0.0.0' } });
    try {
      const ws = await createWorkspace(open.origin);
      const port = new URL(open.origin).port;
      const body = (await (await fetch(`http://localhost:${port}/api/w/${ws.id}/links`, { headers: { authorization: `Bearer ${ws.editKey}` } })).json()) as { roomOrigin: string; viewUrl: string };
      // A machine with no network at all has nothing better than localhost to offer.
      const expected = lan ? `http://${lan}:${port}` : `http://localhost:${port}`;
      expect(body.roomOrigin).toBe(expected);
      expect(body.viewUrl).toBe(`${expected}/w/${ws.id}?key=${ws.viewKey}`);
    } finally {
      await open.close();
    }
  });

  it('MINGA_PUBLIC_URL wins for the links to share', async () => {
    const proxied = await startServer({ config: { publicUrl: 'https://minga.example.org' } });
    try {
      const ws = await createWorkspace(proxied.origin);
      const body = (await (await fetch(`${proxied.origin}/api/w/${ws.id}/links`, { headers: { authorization: `Bearer ${ws.editKey}` } })).json()) as { roomOrigin: string; editUrl: string };
      expect(body.roomOrigin).toBe('https://minga.example.org');
      expect(body.editUrl).toBe(`https://minga.example.org/w/${ws.id}?key=${ws.editKey}`);
    } finally {
      await proxied.close();
    }
  });

  it('rotating only the edit key keeps the same view link, recoverable with the new edit key', async () => {
    const ws = await createWorkspace(t.origin);
    const res = await fetch(`${t.origin}/api/w/${ws.id}/keys/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ws.editKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ which: 'edit' }),
    });
    const { editKey } = (await res.json()) as { editKey: string };
    const after = (await (await links(ws.id, editKey)).json()) as { viewKey: string };
    expect(after.viewKey).toBe(ws.viewKey);
  });
});
