// Worker thread: reads and folds the updates of one large doc so the main thread keeps serving other rooms.
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { mergeStoredUpdates } from './mergeUpdates.ts';

interface LoadRequest {
  requestId: number;
  dbPath: string;
  workspaceId: string;
  docId: string;
}

const connections = new Map<string, Database.Database>();

function connection(dbPath: string): Database.Database {
  let db = connections.get(dbPath);
  if (!db) {
    db = new Database(dbPath, { readonly: true });
    connections.set(dbPath, db);
  }
  return db;
}

parentPort!.on('message', (req: LoadRequest) => {
  try {
    const rows = connection(req.dbPath)
      .prepare('SELECT data FROM doc_updates WHERE workspace_id = ? AND doc_id = ? ORDER BY seq')
      .all(req.workspaceId, req.docId) as { data: Buffer }[];
    const state = mergeStoredUpdates(rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength)));
    parentPort!.postMessage({ requestId: req.requestId, state, updateCount: rows.length });
  } catch (error) {
    parentPort!.postMessage({ requestId: req.requestId, error: (error as Error).message });
  }
});
