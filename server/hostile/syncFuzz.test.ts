import fs from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_LAYOUT, connectClient, spawnServer, synced, tempDataDir, type TestClient } from '../test/helpers.ts';
import { awarenessFlood, hostileFrames } from './frames.ts';

/*
 * Hostile sync traffic against a real `minga serve` process: seeded random and crafted frames of
 * every kind, from edit, view and follow keys, in batches. After each batch the server answers,
 * the bystanders' edits still flow, the docs only read-only sockets touched are unchanged on disk.
 * At the end: no crash, few log lines, memory back near where it started.
 */

const SEED = Number(process.env.MINGA_HOSTILE_SEED ?? 20261204);
const BATCHES = Number(process.env.MINGA_HOSTILE_BATCHES ?? 12);
const SOCKETS_PER_BATCH = 12;
const FRAMES_PER_SOCKET = 400;
const MAX_MESSAGE_BYTES = 256 * 1024;

let child: ChildProcess;
let origin = '';
let wsOrigin = '';
let dataDir = '';
let logLines = 0;
const ws = { id: '', editKey: '', viewKey: '' };
const ids = { unit: '', session: '', followKey: '' };
const bystanders: TestClient[] = [];
const figures = { inputs: 0, sockets: 0, closedByServer: 0, crashes: 0, rssStartMb: 0, rssPeakMb: 0, rssEndMb: 0, logLines: 0 };

const rssMb = () => {
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
};

async function api(method: string, url: string, key: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${origin}/api/w/${ws.id}${url}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

/**
 * What is stored of the docs only read-only sockets attack (the unit, the session, the session's
 * presence doc): each doc's stored updates applied in order, as one encoded state. It must never
 * change (the server may fold a doc's rows into a snapshot meanwhile: the content stays the same).
 */
function storedRows(): string {
  const db = new Database(path.join(dataDir, 'minga.db'), { readonly: true });
  try {
    const read = db.prepare('SELECT data FROM doc_updates WHERE workspace_id = ? AND doc_id = ? ORDER BY seq');
    return JSON.stringify([ids.unit, ids.session, `${ids.session}/presence`].map((docId) => {
      const rows = read.all(ws.id, docId) as { data: Buffer }[];
      const doc = new Y.Doc();
      for (const row of rows) Y.applyUpdate(doc, row.data);
      return [docId, rows.length > 0, Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64')];
    }));
  } finally {
    db.close();
  }
}

/** One hostile socket: sends its frames until the server closes it or it has sent them all. */
function attack(docId: string, key: string, frames: () => Uint8Array, count: number, localAddress: string): Promise<void> {
  figures.sockets++;
  return new Promise((resolve) => {
    const socket = new WebSocket(`${wsOrigin}/sync/${ws.id}/${docId}?key=${encodeURIComponent(key)}&layout=${APP_LAYOUT}`, { localAddress });
    let sent = 0;
    const pump = () => {
      while (sent < count && socket.readyState === WebSocket.OPEN && socket.bufferedAmount < 1 << 20) {
        socket.send(frames());
        sent++;
        figures.inputs++;
      }
      if (sent >= count) socket.close();
      else if (socket.readyState === WebSocket.OPEN) setTimeout(pump, 5);
    };
    socket.on('open', pump);
    socket.on('close', (code) => {
      if (code >= 4400 && code < 4500) figures.closedByServer++;
      resolve();
    });
    socket.on('error', () => resolve());
  });
}

beforeAll(async () => {
  dataDir = tempDataDir();
  const spawned = await spawnServer(dataDir, { LOG_LEVEL: 'info', MINGA_MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES) }, 90_000);
  ({ child, origin, wsOrigin } = spawned);
  child.stderr!.on('data', (d: Buffer) => (logLines += d.toString().split('\n').length - 1));
  child.stdout!.on('data', (d: Buffer) => (logLines += d.toString().split('\n').length - 1));
  child.on('exit', () => figures.crashes++);
  const created = (await (await fetch(`${origin}/api/workspaces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Hostile' }) })).json()) as typeof ws;
  Object.assign(ws, { id: created.id, editKey: created.editKey, viewKey: created.viewKey });
  ids.unit = (await api('POST', '/units', ws.editKey, { title: 'Précieux', steps: [{ title: 'Tout', kind: 'talk', minutes: 20 }] })).id as string;
  ids.session = (await api('POST', '/sessions', ws.editKey, { title: 'Suivie', items: [{ kind: 'unit', unitId: ids.unit, mode: 'live' }] })).id as string;
  ids.followKey = (await api('GET', `/sessions/${ids.session}/follow`, ws.editKey)).followKey as string;
  for (let i = 0; i < 2; i++) {
    const c = connectClient(wsOrigin, ws.id, 'live-pad', ws.editKey);
    bystanders.push(c);
    await synced(c);
  }
}, 120_000);

afterAll(async () => {
  for (const c of bystanders) c.destroy();
  child?.kill('SIGTERM');
  console.log(`hostile sync figures: ${JSON.stringify(figures)}`);
});

describe('hostile sync traffic', () => {
  it('costs the attacker, not the server: no crash, no doc touched from a read-only key, edits still flow, few log lines, memory comes back', async () => {
    const unitBefore = JSON.stringify(await api('GET', `/units/${ids.unit}`, ws.editKey));
    const rowsBefore = storedRows();
    figures.rssStartMb = rssMb();
    const linesBefore = logLines;

    for (let batch = 0; batch < BATCHES; batch++) {
      const factory = hostileFrames(SEED + batch, MAX_MESSAGE_BYTES + 1024);
      const next = () => factory.next().bytes;
      // Each batch attacks from an address of its own (all of 127/8 is this machine).
      const address = `127.0.${1 + Math.floor(batch / 200)}.${2 + (batch % 200)}`;
      const attacks: Promise<void>[] = [];
      for (let s = 0; s < SOCKETS_PER_BATCH; s++) {
        const kind = s % 4;
        if (kind === 0) attacks.push(attack(`fuzz-${batch}-${s}`, ws.editKey, next, FRAMES_PER_SOCKET, address));
        else if (kind === 1) attacks.push(attack(ids.unit, ws.viewKey, next, FRAMES_PER_SOCKET, address));
        else if (kind === 2) attacks.push(attack(`${ids.session}/presence`, ids.followKey, next, FRAMES_PER_SOCKET, address));
        else {
          const flood = awarenessFlood(1_000_000 + batch * 100 + s, FRAMES_PER_SOCKET);
          let i = 0;
          attacks.push(attack(`${ids.session}/presence`, ids.followKey, () => flood[i++ % flood.length]!, FRAMES_PER_SOCKET, address));
        }
      }
      await Promise.all(attacks);
      figures.rssPeakMb = Math.max(figures.rssPeakMb, rssMb());

      expect((await fetch(`${origin}/healthz`)).status, `batch ${batch}: the server answers`).toBe(200);
      const word = `lot-${batch} `;
      bystanders[0]!.doc.getText('t').insert(0, word);
      await vi.waitFor(() => expect(bystanders[1]!.doc.getText('t').toString().startsWith(word)).toBe(true), { timeout: 15_000 });
      expect(storedRows(), `batch ${batch}: nothing written from a read-only socket`).toBe(rowsBefore);
      expect(JSON.stringify(await api('GET', `/units/${ids.unit}`, ws.editKey)), `batch ${batch}: the unit is untouched`).toBe(unitBefore);
    }

    figures.logLines = logLines - linesBefore;
    expect(figures.crashes).toBe(0);
    expect(child.exitCode).toBeNull();
    // A refusal is logged once per address and minute, then counted: never once per message.
    expect(figures.logLines).toBeLessThanOrEqual(BATCHES * 3 + 10);
    // Memory comes back once the attacking sockets are gone (rooms unload after their grace period).
    await vi.waitFor(() => {
      figures.rssEndMb = rssMb();
      expect(figures.rssEndMb - figures.rssStartMb).toBeLessThanOrEqual(64);
    }, { timeout: 60_000, interval: 1000 });
  }, 600_000);

  it('a client that reconnects to send bad frames again and again is slowed: its address gets 4429 at once, others carry on', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 30; i++) {
      const socket = new WebSocket(`${wsOrigin}/sync/${ws.id}/loop-${i}?key=${encodeURIComponent(ws.editKey)}`, { localAddress: '127.0.9.9' });
      socket.on('open', () => socket.send(new Uint8Array([0x80])));
      codes.push(await new Promise<number>((resolve) => socket.on('close', (code) => resolve(code))));
      figures.sockets++;
      figures.inputs++;
    }
    expect(codes.slice(0, 5).every((code) => code === 4400)).toBe(true);
    expect(codes.at(-1)).toBe(4429);
    const word = 'toujours là ';
    bystanders[0]!.doc.getText('t').insert(0, word);
    await vi.waitFor(() => expect(bystanders[1]!.doc.getText('t').toString().startsWith(word)).toBe(true), { timeout: 15_000 });
  });
});
