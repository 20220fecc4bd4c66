// Worker thread: reads and folds the updates of one large doc, so the main thread keeps serving
// other rooms. Plain JavaScript on purpose: a worker thread does not inherit the TypeScript loader.
// Same fold as mergeUpdates.ts (one transaction, linear in the number of updates).
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

/** @type {Map<string, import('better-sqlite3').Statement>} */
const selects = new Map();

/** @param {string} dbPath */
function selectRows(dbPath) {
  let select = selects.get(dbPath);
  if (!select) {
    const db = new Database(dbPath, { readonly: true });
    select = db.prepare('SELECT seq, data FROM doc_updates WHERE workspace_id = ? AND doc_id = ? ORDER BY seq').raw();
    selects.set(dbPath, select);
  }
  return select;
}

/** Folds updates sent as one buffer and their lengths (a store that read them itself, e.g. Postgres). */
function fold(req) {
  const { bytes, lengths } = req.fold;
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    let offset = 0;
    for (const length of lengths) {
      Y.applyUpdate(doc, bytes.subarray(offset, offset + length));
      offset += length;
    }
  });
  const state = lengths.length ? Y.encodeStateAsUpdate(doc) : null;
  doc.destroy();
  parentPort.postMessage({ requestId: req.requestId, state, updateCount: lengths.length, lastSeq: 0 }, state ? [state.buffer] : []);
}

parentPort.on('message', (req) => {
  try {
    if (req.fold) return fold(req);
    const doc = new Y.Doc();
    let updateCount = 0;
    let lastSeq = 0;
    // Row by row: 100 000 rows are never all in memory at once.
    Y.transact(doc, () => {
      for (const [seq, data] of selectRows(req.dbPath).iterate(req.workspaceId, req.docId)) {
        Y.applyUpdate(doc, data);
        updateCount++;
        lastSeq = seq;
      }
    });
    const state = updateCount ? Y.encodeStateAsUpdate(doc) : null;
    doc.destroy();
    // Moved, not copied: the state of a large doc is megabytes.
    parentPort.postMessage({ requestId: req.requestId, state, updateCount, lastSeq }, state ? [state.buffer] : []);
  } catch (error) {
    parentPort.postMessage({ requestId: req.requestId, error: error instanceof Error ? error.message : String(error) });
  }
});
