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

/**
 * Applies `updates` to one doc in one transaction (linear in their number, see mergeUpdates.ts) and
 * answers with its state, moved, not copied: the state of a large doc is megabytes.
 * @param {number} requestId @param {Iterable<Uint8Array>} updates @param {() => number} lastSeq
 */
function foldAndAnswer(requestId, updates, lastSeq) {
  const doc = new Y.Doc();
  let updateCount = 0;
  Y.transact(doc, () => {
    for (const update of updates) {
      Y.applyUpdate(doc, update);
      updateCount++;
    }
  });
  const state = updateCount ? Y.encodeStateAsUpdate(doc) : null;
  doc.destroy();
  parentPort.postMessage({ requestId, state, updateCount, lastSeq: lastSeq() }, state ? [state.buffer] : []);
}

/** Updates sent as one buffer and their lengths (a store that read them itself, e.g. Postgres). */
function* sentUpdates({ bytes, lengths }) {
  let offset = 0;
  for (const length of lengths) {
    yield bytes.subarray(offset, offset + length);
    offset += length;
  }
}

/** A doc's stored rows, a page at a time: 100 000 rows are never all in memory at once. */
function* storedUpdates(req, seen) {
  const select = selectPage(req.dbPath);
  for (let rows = select.all(req.workspaceId, req.docId, 0, PAGE_ROWS); ; rows = select.all(req.workspaceId, req.docId, seen.lastSeq, PAGE_ROWS)) {
    for (const [seq, data] of rows) {
      seen.lastSeq = seq;
      yield data;
    }
    if (rows.length < PAGE_ROWS) return;
  }
}

parentPort.on('message', (req) => {
  try {
    if (req.fold) return foldAndAnswer(req.requestId, sentUpdates(req.fold), () => 0);
    const seen = { lastSeq: 0 };
    foldAndAnswer(req.requestId, storedUpdates(req, seen), () => seen.lastSeq);
  } catch (error) {
    parentPort.postMessage({ requestId: req.requestId, error: error instanceof Error ? error.message : String(error) });
  }
});
