// The two servers the sync bench compares, started fresh for each scenario: Minga (a workspace
// created through the REST API, its edit key on every socket) and the reference y-websocket server.
import path from 'node:path';
import Database from 'better-sqlite3';
import { createWorkspace, sampleProcess, startMinga, startReference, type ProcessSample, type ServerProcess } from '../support/processes.ts';
import type { SyncEndpoint } from './benchClient.ts';

export type TargetName = 'minga' | 'reference';

/** A running server and how a client reaches its docs. */
export interface SyncTarget {
  name: TargetName;
  server: ServerProcess;
  endpoint: SyncEndpoint;
  sample(): ProcessSample;
  /** Minga only: commits (transactions with their fsync) and the writes they held, since start (`/healthz`). */
  commits?(): Promise<{ commits: number; writes: number }>;
  /**
   * Stores `updates` as the rows of one doc that no client opened yet, as a crash before
   * compaction leaves it (Minga only: the reference keeps nothing).
   */
  storeRows?(docName: string, updates: Uint8Array[]): void;
}

/** Starts `name` on a free port (Minga on a temporary data directory, from `server/dist/` when `compiled`), with extra `node` flags. */
export async function startTarget(name: TargetName, compiled: boolean, nodeArgs: string[] = []): Promise<SyncTarget> {
  if (name === 'reference') {
    const server = await startReference(nodeArgs);
    return { name, server, endpoint: { serverUrl: server.origin.replace(/^http/, 'ws'), params: {} }, sample: () => sampleProcess(server.pid) };
  }
  const server = await startMinga({ compiled, nodeArgs });
  const workspace = await createWorkspace(server.origin);
  return {
    name,
    server,
    endpoint: { serverUrl: `${server.origin.replace(/^http/, 'ws')}/sync/${workspace.id}`, params: { key: workspace.editKey } },
    sample: () => sampleProcess(server.pid),
    async commits() {
      const health = (await (await fetch(`${server.origin}/healthz`)).json()) as { writeQueue: { commits: number; committedJobs: number } };
      return { commits: health.writeQueue.commits, writes: health.writeQueue.committedJobs };
    },
    storeRows(docName, updates) {
      // The layout SqliteDocStore reads (doc_updates rows in seq order, one docs row); a second
      // connection, as the CLI's backup uses, while the server runs.
      const db = new Database(path.join(server.dataDir!, 'minga.db'));
      db.pragma('busy_timeout = 10000');
      const now = new Date().toISOString();
      db.transaction(() => {
        const insert = db.prepare('INSERT INTO doc_updates (workspace_id, doc_id, data) VALUES (?, ?, ?)');
        for (const update of updates) insert.run(workspace.id, docName, Buffer.from(update));
        db.prepare('INSERT INTO docs (workspace_id, doc_id, created_at, updated_at) VALUES (?, ?, ?, ?)').run(workspace.id, docName, now, now);
      })();
      // Into the database file, as rows stored over days would be: else the server's first commit
      // after this would checkpoint the 100 000 rows from the WAL, a cost this bench does not measure.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
