import WebSocket from 'ws';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES, CommentThreadSchema, UnitSchema, WorkspaceLinksSchema, commentsDocId, type Unit } from '@minga/schema';
import { openThread, unitText, yDocToThreads } from '@minga/doc-model';
import { APP_LAYOUT, connectClient, createWorkspace, startServer, synced, waitFor, type TestClient, type TestServer } from './helpers.ts';

const MESSAGE_SYNC = 0;

/**
 * A Yjs client written by hand on y-protocols and `ws`, not the app's provider: it sends what it
 * likes, so the server's rule is what is tested, not the client's manners.
 */
class RawYjsClient {
  readonly doc = new Y.Doc();
  /** One per sync step 1 sent: the server answers each with a step 2, in order. */
  private readonly step2Waiters: (() => void)[] = [];
  readonly synced: Promise<void>;
  readonly closed: Promise<number>;

  constructor(readonly socket: WebSocket) {
    this.closed = new Promise((resolve) => socket.once('close', (code) => resolve(code)));
    socket.on('message', (raw: Buffer) => this.receive(new Uint8Array(raw)));
    this.synced = this.handled();
  }

  static open(url: string): Promise<RawYjsClient> {
    const socket = new WebSocket(url);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new RawYjsClient(socket)));
      socket.once('error', reject);
    });
  }

  private receive(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE_SYNC);
      // The server's own step 1 gets this client's step 2 back: harmless, the server drops what it may not keep.
      const kind = syncProtocol.readSyncMessage(decoder, reply, this.doc, 'server');
      if (kind === syncProtocol.messageYjsSyncStep1) this.socket.send(encoding.toUint8Array(reply));
      if (kind === syncProtocol.messageYjsSyncStep2) this.step2Waiters.shift()?.();
    }
  }

  /** Sends one document change as a y-protocols update message. */
  change(edit: (doc: Y.Doc) => void): void {
    const before = Y.encodeStateVector(this.doc);
    edit(this.doc);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(this.doc, before));
    this.socket.send(encoding.toUint8Array(encoder));
  }

  /**
   * Sends a sync step 1 (what this client has) and resolves on the server's step 2: the server
   * handles a socket's messages in order, so everything sent before has been handled by then.
   */
  handled(): Promise<void> {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.socket.send(encoding.toUint8Array(encoder));
    return new Promise((resolve) => this.step2Waiters.push(resolve));
  }

  close(): void {
    this.socket.close();
    this.doc.destroy();
  }
}

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
const closers: (() => void)[] = [];
beforeEach(async () => {
  t = await startServer();
  ws = await createWorkspace(t.origin);
});
afterEach(async () => {
  for (const close of closers.splice(0)) close();
  await t.close();
});

const api = (path: string, key: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(`${t.origin}/api/w/${ws.id}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${key}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
const raw = async (docId: string, key: string) => {
  const client = await RawYjsClient.open(`${t.wsOrigin}/sync/${ws.id}/${docId}?key=${encodeURIComponent(key)}&layout=${APP_LAYOUT}`);
  closers.push(() => client.close());
  await client.synced;
  return client;
};
const stock = async (docId: string, key: string): Promise<TestClient> => {
  const client = connectClient(t.wsOrigin, ws.id, docId, key);
  closers.push(() => client.destroy());
  await synced(client);
  return client;
};
async function createUnit(title: string): Promise<Unit> {
  const res = await api('/units', ws.editKey, { method: 'POST', body: { title } });
  expect(res.status).toBe(201);
  return UnitSchema.parse(await res.json());
}
const unitJson = async (unitId: string) =>
  UnitSchema.extend({ comments: CommentThreadSchema.array() }).parse(await (await api(`/units/${unitId}?comments=1`, ws.viewKey)).json());

describe('the comment key over sync, with a raw Yjs client', () => {
  it('its change to a unit is neither relayed nor stored; its thread in the unit’s comments is both', async () => {
    const unit = await createUnit('Les communs');
    const editor = await stock(unit.id, ws.editKey);
    const editorComments = await stock(commentsDocId(unit.id), ws.editKey);

    const onUnit = await raw(unit.id, ws.commentKey);
    expect(unitText(onUnit.doc, 'title').toString()).toBe('Les communs');
    onUnit.change((doc) => unitText(doc, 'title').insert(0, 'PIRATÉ '));
    await onUnit.handled();
    // The editor's own change comes after: updates are stored and relayed in the order accepted,
    // so once it is served, an accepted earlier update would be too.
    editor.doc.transact(() => unitText(editor.doc, 'description').insert(0, 'Écrit par l’éditrice'));
    await waitFor(async () => (await unitJson(unit.id)).description === 'Écrit par l’éditrice', 'the editor’s change is served');
    expect((await unitJson(unit.id)).title).toBe('Les communs');
    expect(unitText(editor.doc, 'title').toString()).toBe('Les communs');

    const onComments = await raw(`${unit.id}/comments`, ws.commentKey);
    onComments.change((doc) => openThread(doc, { anchor: { field: 'title' }, author: 'Relectrice', text: 'Titre trop large ?', now: '2026-12-04T10:00:00.000Z' }));
    await waitFor(() => yDocToThreads(editorComments.doc).length === 1, 'the thread reaches the editor');
    expect(yDocToThreads(editorComments.doc)[0]?.messages[0]?.text).toBe('Titre trop large ?');

    // Stored: after a restart on the same data, the thread is there and the unit is untouched.
    for (const close of closers.splice(0)) close();
    await t.close();
    t = await startServer({ dataDir: t.dataDir });
    const after = await unitJson(unit.id);
    expect(after.title).toBe('Les communs');
    expect(after.comments.map((thread) => thread.messages[0]?.text)).toEqual(['Titre trop large ?']);
  });

  it('a view key still writes no thread', async () => {
    const unit = await createUnit('Les communs');
    const editorComments = await stock(commentsDocId(unit.id), ws.editKey);
    const onComments = await raw(`${unit.id}/comments`, ws.viewKey);
    onComments.change((doc) => openThread(doc, { anchor: { field: 'title' }, author: 'Mallory', text: 'sans droit', now: '2026-12-04T10:00:00.000Z' }));
    await onComments.handled();
    openThread(editorComments.doc, { anchor: { field: 'title' }, author: 'Amel', text: 'avec droit', now: '2026-12-04T10:01:00.000Z' });
    await waitFor(async () => (await unitJson(unit.id)).comments.length > 0, 'the editor’s thread is served');
    expect((await unitJson(unit.id)).comments.map((thread) => thread.messages[0]?.text)).toEqual(['avec droit']);
  });

  it('rotating the comment key closes its sockets and the old key opens nothing', async () => {
    const unit = await createUnit('Les communs');
    const onComments = await raw(`${unit.id}/comments`, ws.commentKey);
    const rotated = await api('/keys/rotate', ws.editKey, { method: 'POST', body: { which: 'comment' } });
    expect(rotated.status).toBe(200);
    const keys = (await rotated.json()) as { commentKey?: string; editKey?: string; viewKey?: string };
    expect(keys.editKey).toBeUndefined();
    expect(keys.viewKey).toBeUndefined();
    expect(await onComments.closed).toBe(CLOSE_CODES.wrongKey);
    expect((await api('', ws.commentKey)).status).toBe(403);
    const info = (await (await api('', keys.commentKey!)).json()) as { role: string };
    expect(info.role).toBe('comment');
    const links = WorkspaceLinksSchema.parse(await (await api('/links', ws.editKey)).json());
    expect(links.commentUrl).toBe(`${t.origin}/w/${ws.id}?key=${keys.commentKey}`);
    // The view key was not touched.
    expect((await api('', ws.viewKey)).status).toBe(200);
  });
});

describe('the comment key over REST', () => {
  it('reads like the view key and is refused every write with 403 read_only', async () => {
    const unit = await createUnit('Les communs');
    expect((await api(`/units/${unit.id}`, ws.commentKey)).status).toBe(200);
    const put = await api(`/units/${unit.id}`, ws.commentKey, { method: 'PUT', body: { ...unit, title: 'Autre' } });
    expect(put.status).toBe(403);
    expect(((await put.json()) as { error: { code: string } }).error.code).toBe('read_only');
    const version = await api(`/docs/${unit.id}/versions`, ws.commentKey, { method: 'POST', body: { label: 'v', author: 'R' } });
    expect(version.status).toBe(403);
    expect((await api('/links', ws.commentKey)).status).toBe(403);
    expect((await unitJson(unit.id)).title).toBe('Les communs');
  });
});
