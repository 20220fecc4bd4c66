// Worker thread: reads and folds the updates of one large doc, so the main thread keeps serving
// other rooms. Plain JavaScript on purpose: a worker thread does not inherit the TypeScript loader.
// Same fold as mergeUpdates.ts (one transaction, linear in the number of updates).
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

/** @type {Map<string, import('better-sqlite3').Database>} */
const connections = new Map();

/** @param {string} dbPath */
function connection(dbPath) {
  let db = connections.get(dbPath);
  if (!db) {
    db = new Database(dbPath, { readonly: true });
    connections.set(dbPath, db);
  }
  return db;
}

parentPort.on('message', (req) => {
  try {
    const rows = connection(req.dbPath)
      .prepare('SELECT seq, data FROM doc_updates WHERE workspace_id = ? AND doc_id = ? ORDER BY seq')
      .all(req.workspaceId, req.docId);
    const doc = new Y.Doc();
    Y.transact(doc, () => {
      for (const row of rows) Y.applyUpdate(doc, row.data);
    });
    const state = rows.length ? Y.encodeStateAsUpdate(doc) : null;
    doc.destroy();
    parentPort.postMessage({ requestId: req.requestId, state, updateCount: rows.length, lastSeq: rows.length ? rows[rows.length - 1].seq : 0 });
  } catch (error) {
    parentPort.postMessage({ requestId: req.requestId, error: error instanceof Error ? error.message : String(error) });
  }
});
