// The floor under Minga's latency: what keeping one keystroke on disk costs on this machine, with
// nothing else running, at a scenario's cadence. No server relays an update sooner than this after
// receiving it while keeping the promise that every relayed update is on disk.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as Y from 'yjs';
import { openDatabase } from '../../src/storage/openDatabase.ts';
import { SqliteDocStore } from '../../src/storage/SqliteDocStore.ts';
import { latencySummary, type LatencySummary } from './deliveryRecorder.ts';

export interface CommitFloor {
  /** One transaction of one update with its fsync (synchronous = FULL), on this thread. */
  commit: LatencySummary;
  /** The same through Minga's writer thread, as the server stores an update: post, commit, answer. */
  append: LatencySummary;
}

/** Measures `samples` commits of a keystroke-sized update, one every `spacingMs`, in a temporary data directory. */
export async function measureCommitFloor(spacingMs: number, samples = 250): Promise<CommitFloor> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-floor-'));
  const db = openDatabase(dataDir);
  const store = new SqliteDocStore(db, dataDir);
  try {
    const ref = { workspaceId: 'floor', docId: 'keystrokes' };
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < samples * 2 + 1; i++) source.getText('t').insert(0, 'abcd');
    await store.append(ref, updates[0]!);

    const insert = db.prepare('INSERT INTO doc_updates (workspace_id, doc_id, data) VALUES (?, ?, ?)');
    const commitOne = db.transaction((u: Uint8Array) => insert.run(ref.workspaceId, ref.docId, Buffer.from(u)));
    const commits: number[] = [];
    const appends: number[] = [];
    for (let i = 0; i < samples; i++) {
      await sleep(spacingMs);
      let t0 = performance.now();
      commitOne.immediate(updates[1 + 2 * i]!);
      commits.push(performance.now() - t0);
      await sleep(spacingMs);
      t0 = performance.now();
      await store.append(ref, updates[2 + 2 * i]!);
      appends.push(performance.now() - t0);
    }
    return { commit: latencySummary(commits), append: latencySummary(appends) };
  } finally {
    await store.close();
    db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
