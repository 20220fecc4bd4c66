// Worker thread: reads and folds the updates of one large doc, so the main thread keeps serving
// other rooms. Plain JavaScript on purpose: a worker thread does not inherit the TypeScript loader.
// Same fold as mergeUpdates.ts (one transaction, linear in the number of updates).
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

/**
 * Rows read per query. A page read with `all` took half the time of the same rows read one at a
 * time with `iterate` (100 000 rows: 110 against 206 ms), and never holds more than a page. Pages
 * are separate reads: rows committed between two are numbered after every row read already, so
 * the next pages find them; a compaction committed between two leaves a snapshot row that holds
 * what it deleted, read again in a later page (applying it twice changes nothing).
 */
const PAGE_ROWS = 5_000;

/** @type {Map<string, import('better-sqlite3').Statement>} */
const selects = new Map();

/** @param {string} dbPath */
function selectPage(dbPath) {
  let select = selects.get(dbPath);
  if (!select) {
    const db = new Database(dbPath, { readonly: true });
    select = db.prepare('SELECT seq, data FROM doc_updates WHERE workspace_id = ? AND doc_id = ? AND seq > ? ORDER BY seq LIMIT ?').raw();
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
    // A page at a time: 100 000 rows are never all in memory at once.
    const select = selectPage(req.dbPath);
    Y.transact(doc, () => {
      for (let rows = select.all(req.workspaceId, req.docId, 0, PAGE_ROWS); ; rows = select.all(req.workspaceId, req.docId, lastSeq, PAGE_ROWS)) {
        for (const [seq, data] of rows) {
          Y.applyUpdate(doc, data);
          updateCount++;
          lastSeq = seq;
        }
        if (rows.length < PAGE_ROWS) break;
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
