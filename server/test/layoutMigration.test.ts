import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES, UnitSchema } from '@minga/schema';
import { storedLayout, UNIT_LAYOUT_VERSION, UNIT_META, unitMeta, yDocToUnit } from '@minga/doc-model';
import { closeCodeOf, connectClient, createWorkspace, startServer, synced, type TestClient, type TestServer } from './helpers.ts';

const FIXTURES = new URL('../../packages/doc-model/fixtures/', import.meta.url);
const oldUnitBytes = fs.readFileSync(new URL('unit-layout-1.bin', FIXTURES));
const oldUnit = UnitSchema.parse(JSON.parse(fs.readFileSync(new URL('unit-layout-1.json', FIXTURES), 'utf8')));

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
const clients: TestClient[] = [];
beforeEach(async () => {
  t = await startServer();
  ws = await createWorkspace(t.origin);
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await t.close();
});

/** Puts the unit an older Minga stored (layout 1) in the database, as it finds it after an upgrade. */
function storeOldUnit(docId: string): void {
  const db = new Database(path.join(t.dataDir, 'minga.db'));
  db.pragma('busy_timeout = 10000');
  const now = '2026-11-20T09:30:00.000Z';
  db.prepare('INSERT INTO doc_updates (workspace_id, doc_id, data) VALUES (?, ?, ?)').run(ws.id, docId, oldUnitBytes);
  db.prepare('INSERT INTO docs (workspace_id, doc_id, created_at, updated_at, kind) VALUES (?, ?, ?, ?, ?)').run(ws.id, docId, now, now, 'unit');
  db.close();
}

function client(docId: string): TestClient {
  const c = connectClient(t.wsOrigin, ws.id, docId, ws.editKey);
  clients.push(c);
  return c;
}

describe('a document stored in an older layout', () => {
  it('is migrated when the server loads it, and the migration is stored', async () => {
    const docId = oldUnit.id;
    storeOldUnit(docId);
    const reader = client(docId);
    await synced(reader);
    expect(storedLayout(reader.doc, 'unit')).toBe(UNIT_LAYOUT_VERSION);
    expect(unitMeta(reader.doc).has(UNIT_META.review)).toBe(false);
    expect(yDocToUnit(reader.doc, docId)).toEqual(oldUnit);
    const rest = UnitSchema.parse(await (await fetch(`${t.origin}/api/w/${ws.id}/units/${docId}`, { headers: { authorization: `Bearer ${ws.viewKey}` } })).json());
    expect(rest.review).toEqual(oldUnit.review);

    // After a restart, what is on disk is the migrated doc.
    reader.destroy();
    await t.close();
    t = await startServer({ dataDir: t.dataDir });
    const db = new Database(path.join(t.dataDir, 'minga.db'), { readonly: true });
    const rows = db.prepare('SELECT data FROM doc_updates WHERE workspace_id = ? AND doc_id = ? ORDER BY seq').all(ws.id, docId) as { data: Buffer }[];
    db.close();
    const onDisk = new Y.Doc();
    for (const row of rows) Y.applyUpdate(onDisk, row.data);
    expect(storedLayout(onDisk, 'unit')).toBe(UNIT_LAYOUT_VERSION);
  });

  it('refuses a tab of an older app with 4426 and stores nothing it sends', async () => {
    const docId = oldUnit.id;
    storeOldUnit(docId);
    const current = client(docId);
    await synced(current);

    // An app from before layouts were announced sends no `layout`: it writes layout 1.
    const old = new WebSocket(`${t.wsOrigin}/sync/${ws.id}/${docId}?key=${encodeURIComponent(ws.editKey)}`);
    const oldDoc = new Y.Doc();
    Y.applyUpdate(oldDoc, oldUnitBytes);
    unitMeta(oldDoc).set(UNIT_META.review, { state: 'ready', reviewers: ['Mallory'] });
    old.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(oldDoc));
      old.send(encoding.toUint8Array(encoder));
    });
    expect(await closeCodeOf(old)).toBe(CLOSE_CODES.outdatedClient);

    const later = client(docId);
    await synced(later);
    expect(unitMeta(later.doc).has(UNIT_META.review)).toBe(false);
    expect(yDocToUnit(later.doc, docId).review).toEqual(oldUnit.review);
  });

  it('lets a tab of an older app edit a doc still in the layout it writes', async () => {
    const res = await fetch(`${t.origin}/api/w/${ws.id}/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ws.editKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Atelier' }),
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    // Sessions are still in layout 1: an app from before announced layouts may edit them.
    const old = new WebSocket(`${t.wsOrigin}/sync/${ws.id}/${id}?key=${encodeURIComponent(ws.editKey)}`);
    const closed = closeCodeOf(old, 1500).catch(() => 'still open');
    expect(await closed).toBe('still open');
    old.close();
  });
});
