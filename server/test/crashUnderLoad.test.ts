import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { connectClient, createWorkspace, spawnServer, synced, tempDataDir, waitFor, type TestClient } from './helpers.ts';

// SIGKILL the real server, as a separate process, while several docs are being typed into, at
// random (seeded) moments, many times. After each restart, fresh clients must find everything any
// client had received from the server, and every doc must converge once its writers reconnect.

// Each y-websocket provider in Node listens for the process's 'exit': a few dozen are open at once here.
process.setMaxListeners(64);

const LANES = 2; // servers killed side by side, each on its own data directory
const KILLS_PER_LANE = 25;
const DOCS = ['atelier', 'plan', 'notes'];
const WRITERS_PER_DOC = 2;

/** Small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One person typing into a doc: a Y.Doc that outlives the servers, reconnected to each new one. */
interface Writer {
  docId: string;
  doc: Y.Doc;
  provider: WebsocketProvider | null;
}

/** The text `doc` would show after also applying everything in `witness` (same text: nothing was missing). */
function withWitness(doc: Y.Doc, witness: Y.Doc): string {
  const probe = new Y.Doc();
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(witness));
  const text = probe.getText('t').toString();
  probe.destroy();
  return text;
}

const stopAll: (() => void)[] = [];
/** Set when a lane fails: the others stop at their next round instead of spawning more servers. */
let aborted = false;
afterAll(() => {
  aborted = true;
  for (const stop of stopAll.splice(0)) stop();
});

async function lane(seed: number): Promise<number> {
  const rand = random(seed);
  const dataDir = tempDataDir();
  let server = await spawnServer(dataDir);
  const kill = (child: ChildProcess) => () => void child.kill('SIGKILL');
  stopAll.push(kill(server.child));
  const ws = await createWorkspace(server.origin);
  // Everything any client received from the server, per doc.
  const witness = new Map(DOCS.map((d) => [d, new Y.Doc()]));
  let received = 0;
  const writers: Writer[] = DOCS.flatMap((docId) => Array.from({ length: WRITERS_PER_DOC }, () => ({ docId, doc: new Y.Doc(), provider: null })));
  for (const w of writers) {
    w.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === null || origin !== w.provider) return;
      Y.applyUpdate(witness.get(w.docId)!, update);
      received++;
    });
  }
  const connect = (w: Writer) => {
    w.provider = new WebsocketProvider(`${server.wsOrigin}/sync/${ws.id}`, w.docId, w.doc, {
      params: { key: ws.editKey },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
  };
  const disconnect = (w: Writer) => {
    w.provider?.awareness.destroy();
    w.provider?.destroy();
    w.provider = null;
  };
  const fresh: TestClient[] = [];
  let kills = 0;

  for (let round = 0; round < KILLS_PER_LANE && !aborted; round++) {
    for (const w of writers) connect(w);
    await Promise.all(writers.map((w) => synced({ doc: w.doc, provider: w.provider!, destroy() {} }, 30_000)));
    // Every writer, including what it typed while the last server was dying, now matches the server.
    for (const docId of DOCS) {
      const check = connectClient(server.wsOrigin, ws.id, docId, ws.editKey);
      fresh.push(check);
      await synced(check, 30_000);
      const same = writers.filter((w) => w.docId === docId);
      await waitFor(() => same.every((w) => w.doc.getText('t').toString() === check.doc.getText('t').toString()), `${docId} converges`, 30_000);
    }

    // Type fast into every doc, and SIGKILL the server at a random moment of it.
    let typing = true;
    const typeLoop = (w: Writer) => {
      if (!typing) return;
      const text = w.doc.getText('t');
      if (text.length > 20 && rand() < 0.2) text.delete(Math.floor(rand() * (text.length - 3)), 3);
      else text.insert(Math.floor(rand() * (text.length + 1)), String.fromCharCode(97 + Math.floor(rand() * 26)));
      setTimeout(() => typeLoop(w), 1 + Math.floor(rand() * 8));
    };
    const receivedBefore = received;
    writers.forEach(typeLoop);
    // Let relays flow first, then pick the moment: a random delay is what this test is about.
    await waitFor(() => received > receivedBefore + 10, 'relays flow', 30_000);
    await new Promise((resolve) => setTimeout(resolve, Math.floor(rand() * 400)));
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGKILL');
    await exited;
    typing = false;
    kills++;
    for (const w of writers) disconnect(w);
    for (const c of fresh.splice(0)) c.destroy();

    server = await spawnServer(dataDir);
    stopAll.push(kill(server.child));
    if (aborted) break;
    // Before any writer comes back with what it holds: the server alone has all they had received.
    for (const docId of DOCS) {
      const check = connectClient(server.wsOrigin, ws.id, docId, ws.editKey);
      fresh.push(check);
      await synced(check, 30_000);
      const served = check.doc.getText('t').toString();
      expect(withWitness(check.doc, witness.get(docId)!), `lane ${seed}, kill ${kills}, doc ${docId}: received before the crash, lost after`).toBe(served);
    }
  }
  for (const w of writers) {
    disconnect(w);
    w.doc.destroy();
  }
  for (const c of fresh.splice(0)) c.destroy();
  server.child.kill('SIGKILL');
  return kills;
}

describe('crash under load', () => {
  it(
    'SIGKILL in the middle of busy batches, 50 times: every update a client received is still there after each restart, and docs converge',
    async () => {
      const lanes = await Promise.allSettled(
        Array.from({ length: LANES }, (_, i) =>
          lane(1000 + i).catch((error: unknown) => {
            aborted = true;
            throw error;
          }),
        ),
      );
      for (const l of lanes) if (l.status === 'rejected') throw l.reason;
      const kills = lanes.map((l) => (l.status === 'fulfilled' ? l.value : 0));
      expect(kills.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(50);
    },
    30 * 60_000,
  );
});
