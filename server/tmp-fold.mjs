import fs from 'node:fs';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';
const path = '/tmp/fsb/fold.db';
if (isMainThread) {
  if (!fs.existsSync(path)) {
    const db = new Database(path); db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE doc_updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, workspace_id TEXT NOT NULL, doc_id TEXT NOT NULL, data BLOB NOT NULL); CREATE INDEX doc_updates_by_doc ON doc_updates (workspace_id, doc_id, seq);');
    const src = new Y.Doc(); const ins = db.prepare('INSERT INTO doc_updates (workspace_id, doc_id, data) VALUES (?, ?, ?)');
    const ups = []; src.on('update', (u) => ups.push(u)); const text = src.getText('text');
    for (let i = 0; i < 100000; i++) text.insert((i * 7919) % (text.length + 1), String.fromCharCode(97 + (i % 26)));
    db.transaction(() => { for (const u of ups) ins.run('w', 'd', Buffer.from(u)); })(); db.pragma('wal_checkpoint(TRUNCATE)'); db.close();
  }
  for (const round of [1, 2]) for (const mode of ['iterate', 'paged', 'iterate-young64', 'paged-young64']) {
    const young = mode.endsWith('young64') ? { maxYoungGenerationSizeMb: 64 } : undefined;
    const t = performance.now();
    const w = new Worker(new URL(import.meta.url), { workerData: { mode }, resourceLimits: young });
    const r = await new Promise((res) => w.once('message', res));
    await w.terminate();
    console.log(round, mode, 'worker total', (performance.now() - t).toFixed(0), 'fold', r.fold.toFixed(0), 'bytes', r.bytes);
  }
} else {
  const t = performance.now();
  const db = new Database(path, { readonly: true });
  const doc = new Y.Doc(); let n = 0;
  if (workerData.mode.startsWith('iterate')) {
    const sel = db.prepare('SELECT seq, data FROM doc_updates WHERE workspace_id = ? AND doc_id = ? ORDER BY seq').raw();
    Y.transact(doc, () => { for (const [, data] of sel.iterate('w', 'd')) { Y.applyUpdate(doc, data); n++; } });
  } else {
    const sel = db.prepare('SELECT seq, data FROM doc_updates WHERE workspace_id = ? AND doc_id = ? AND seq > ? ORDER BY seq LIMIT 5000').raw();
    Y.transact(doc, () => { let last = 0; for (;;) { const rows = sel.all('w', 'd', last); if (!rows.length) break; for (const [seq, data] of rows) { Y.applyUpdate(doc, data); n++; last = seq; } } });
  }
  const state = Y.encodeStateAsUpdate(doc);
  parentPort.postMessage({ fold: performance.now() - t, bytes: state.byteLength, n });
}
