// Worker thread: the one connection that writes documents. Each message is one round of jobs;
// every round waiting in the port when a commit starts is written in one transaction, so one
// fsync (synchronous = FULL) covers them all, and answered in one reply. Plain JavaScript on purpose: a worker thread does not inherit the TypeScript loader.
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const db = new Database(workerData.dbPath);
db.pragma('journal_mode = WAL');
// FULL: an update relayed to peers survives a power cut, not only a crash.
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');

const insert = db.prepare('INSERT INTO doc_updates (workspace_id, doc_id, data) VALUES (?, ?, ?)');
const touch = db.prepare(
  `INSERT INTO docs (workspace_id, doc_id, created_at, updated_at) VALUES (?, ?, ?, ?)
   ON CONFLICT (workspace_id, doc_id) DO UPDATE SET updated_at = excluded.updated_at`,
);
const deleteCovered = db.prepare(
  'DELETE FROM doc_updates WHERE workspace_id = ? AND doc_id = ? AND (seq <= ? OR seq IN (SELECT value FROM json_each(?)))',
);
// A large compaction deletes what it covers a slice per round, so that the rounds of other docs'
// updates in between are not held back by one long delete (100 000 rows took seconds).
const deleteCoveredSlice = db.prepare(
  `DELETE FROM doc_updates WHERE seq IN (
     SELECT seq FROM doc_updates WHERE workspace_id = ? AND doc_id = ? AND (seq <= ? OR seq IN (SELECT value FROM json_each(?)))
     ORDER BY seq LIMIT ?)`,
);
/** @type {Map<string, import('better-sqlite3').Statement>} */
const statements = new Map();

function statement(sql) {
  let stmt = statements.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    statements.set(sql, stmt);
  }
  return stmt;
}

function bytes(data) {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/** Parameters as better-sqlite3 binds them: byte arrays (structured clones of Buffers) as Buffers. */
function bindable(params) {
  const fix = (v) => (ArrayBuffer.isView(v) && !Buffer.isBuffer(v) ? bytes(v) : v);
  if (Array.isArray(params)) return params.map(fix);
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, fix(v)]));
}

/** Runs one job; returns what the caller waits for (a sequence number, or one rowid per statement). */
function run(job) {
  switch (job.kind) {
    case 'append':
      return Number(insert.run(job.workspaceId, job.docId, bytes(job.data)).lastInsertRowid);
    case 'compact':
      deleteCovered.run(job.workspaceId, job.docId, job.baseSeq, JSON.stringify(job.ownSeqs));
      return Number(insert.run(job.workspaceId, job.docId, bytes(job.data)).lastInsertRowid);
    case 'compactSlice': {
      // The snapshot first (it includes every covered row), then the first slice of the covered
      // rows: a crash between slices leaves rows the snapshot already holds, folded again on load.
      const seq = job.data ? Number(insert.run(job.workspaceId, job.docId, bytes(job.data)).lastInsertRowid) : 0;
      const deleted = deleteCoveredSlice.run(job.workspaceId, job.docId, job.baseSeq, JSON.stringify(job.ownSeqs), job.limit).changes;
      return [seq, deleted];
    }
    case 'statements':
      return job.statements.map((s) => Number(statement(s.sql).run(bindable(s.params)).lastInsertRowid));
    default:
      throw new Error(`unknown write job ${job.kind}`);
  }
}

// A job that fails (a constraint, a bad statement) is rolled back alone, to its savepoint; a
// failure of the round itself (disk full, I/O error) fails every job in it. Appends take no
// savepoint: a plain insert fails only with the round, and a busy round holds thousands of them.
// A doc's updated_at is touched once per round, not once per update, with the round's time.
const runOne = db.transaction((job) => run(job));
const round = db.transaction((jobs) => {
  const touched = new Map();
  const now = new Date().toISOString();
  const results = jobs.map((job) => {
    try {
      if (job.kind !== 'append') return runOne(job);
      touched.set(`${job.workspaceId}\u0000${job.docId}`, job);
      return run(job);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
  for (const job of touched.values()) touch.run(job.workspaceId, job.docId, now, now);
  return results;
});

/** Another connection holding the write lock past busy_timeout is waited for, not failed: nothing is lost by waiting. */
const BUSY_RETRIES = 12;

parentPort.on('message', (first) => {
  // The rounds posted while the last commit was written are waiting: they all go in this one.
  const jobs = [...first.jobs];
  let rounds = 1;
  for (let next = receiveMessageOnPort(parentPort); next; next = receiveMessageOnPort(parentPort)) {
    for (const job of next.message.jobs) jobs.push(job);
    rounds++;
  }
  for (let attempt = 0; ; attempt++) {
    try {
      parentPort.postMessage({ rounds, results: round.immediate(jobs) });
      return;
    } catch (error) {
      if (error?.code === 'SQLITE_BUSY' && attempt < BUSY_RETRIES) continue;
      parentPort.postMessage({ rounds, failed: error instanceof Error ? error.message : String(error) });
      return;
    }
  }
});
