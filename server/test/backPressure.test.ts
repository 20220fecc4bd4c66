import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '@minga/schema';
import { openDatabase } from '../src/storage/openDatabase.ts';
import { connectClient, createWorkspace, startServer, synced, waitFor, type TestClient, type TestServer } from './helpers.ts';

const clients: TestClient[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function health(t: TestServer) {
  const res = await fetch(`${t.origin}/healthz`);
  return (await res.json()) as { ok: boolean; writeQueue: { docs: number; updates: number; bytes: number; pausedSockets: number; closedForLoad: number } };
}

describe('when the disk falls behind', () => {
  it('nothing is relayed before it is on disk; the sender is paused, then closed with 1013, reconnects, and nothing is lost', async () => {
    const t = await startServer({ config: { writeLimits: { docBytes: 200, totalBytes: 1_000_000, pausedCloseMs: 300 } } });
    cleanups.push(() => t.close());
    const ws = await createWorkspace(t.origin);
    const amel = connectClient(t.wsOrigin, ws.id, 'general-pad', ws.editKey);
    const yann = connectClient(t.wsOrigin, ws.id, 'general-pad', ws.editKey);
    clients.push(amel, yann);
    await Promise.all([synced(amel), synced(yann)]);
    const amelCloses: number[] = [];
    amel.provider.on('connection-close', (event) => event && amelCloses.push(event.code));

    // Another connection holds the write lock: the server's writer waits, as behind a slow disk.
    const locker = openDatabase(t.dataDir);
    cleanups.push(() => void locker.close());
    locker.exec('BEGIN IMMEDIATE');
    const text = amel.doc.getText('t');
    for (let i = 0; i < 60; i++) text.insert(text.length, 'abcdefghij'[i % 10]!);

    await waitFor(async () => (await health(t)).writeQueue.updates > 0, 'updates queued');
    await waitFor(() => amelCloses.includes(CLOSE_CODES.tryAgainLater), 'the paused sender is closed with 1013');
    const during = await health(t);
    expect(during.writeQueue.closedForLoad).toBeGreaterThan(0);
    expect(during.writeQueue.bytes).toBeGreaterThan(0);
    // Accepted, not on disk: nobody else has seen any of it.
    expect(yann.doc.getText('t').toString()).toBe('');

    locker.exec('COMMIT');
    const typed = text.toString();
    await waitFor(() => yann.doc.getText('t').toString() === typed, 'everything reaches the other client once stored', 15_000);
    await waitFor(() => amel.provider.wsconnected && amel.provider.synced, 'the closed client reconnected', 15_000);
    const fresh = connectClient(t.wsOrigin, ws.id, 'general-pad', ws.editKey);
    clients.push(fresh);
    await synced(fresh);
    expect(fresh.doc.getText('t').toString()).toBe(typed);
    await waitFor(async () => (await health(t)).writeQueue.updates === 0, 'queue drained');
    expect((await health(t)).writeQueue.pausedSockets).toBe(0);
  });
});
