// `minga migrate --to postgres://…`: copies an embedded data directory (its SQLite database) into
// Postgres, idempotently, then checks the copy. Semantics (docs/deploy.md, "Moving in"):
//  - rows are matched by primary key: missing ones are inserted, equal ones skipped; a row present
//    on both sides with other values is a conflict, and the run refuses before writing anything;
//  - a document's content is merged as Yjs merges it: a doc new to Postgres gets the stored updates
//    byte for byte, one already there gets only what it lacks (nothing of either side is lost);
//    its registry entry (kind, bin) follows the data directory;
//  - the library and session indexes are derived: rebuilt in Postgres from the copied documents.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import * as Y from 'yjs';
import { yDocToSession, yDocToUnit } from '@minga/doc-model';
import { DB_FILE_NAME, openDatabase, type Db } from '../storage/openDatabase.ts';
import { inTransaction, openPostgresPool } from '../storage/postgresPool.ts';
import { mergeStoredUpdates } from '../storage/mergeUpdates.ts';
import { PostgresUnitIndex } from '../units/UnitIndex.ts';
import { PostgresSessionIndex } from '../sessions/SessionIndex.ts';
import type { DocRef } from '../storage/DocStore.ts';
import { runningServerPid } from './pidFile.ts';
import type { CliMessages } from './messages.ts';

/** A failure the operator can act on, with a stable code. */
export class MigrateError extends Error {
  constructor(
    readonly code: 'no_source' | 'server_running' | 'postgres_unreachable' | 'migrate_conflict',
    message: string,
    readonly conflicts: Conflict[] = [],
  ) {
    super(message);
  }
}

export interface Conflict {
  table: string;
  key: string;
}

export interface TableReport {
  table: string;
  /** Rows in the data directory. */
  source: number;
  /** Rows in Postgres after the run (may hold more than the source: rows written there since). */
  target: number;
  inserted: number;
  skipped: number;
  /** Source rows not found in Postgres after the run: anything above 0 is a failed migration. */
  missing: number;
}

export interface MigrateReport {
  source: string;
  schema: string;
  tables: TableReport[];
  docs: { source: number; target: number; copied: number; merged: number; unchanged: number; missing: number; updatesCopied: number };
  indexes: { table: string; source: number; target: number; missing: number }[];
  sample: { compared: number; different: string[] };
  warnings: string[];
  ok: boolean;
}

interface RowTable {
  table: string;
  key: string[];
  columns: string[];
  /** Large BLOB columns compared by their MD5, never read back whole from Postgres. */
  digest?: string[];
  /** An INTEGER identity `id`: its sequence is moved past the copied ids. */
  identity?: boolean;
}

/** The durable rows other than documents and indexes, in the order they are copied. */
const ROW_TABLES: RowTable[] = [
  {
    table: 'workspaces',
    key: ['id'],
    columns: ['id', 'name', 'edit_key_hash', 'view_key_hash', 'view_key_sealed', 'created_at', 'keys_rotated_at', 'comment_key_hash', 'comment_key_sealed'],
  },
  { table: 'follow_keys', key: ['workspace_id', 'session_id'], columns: ['workspace_id', 'session_id', 'key_hash', 'key_sealed', 'created_at'] },
  {
    table: 'doc_versions',
    key: ['id'],
    columns: ['id', 'workspace_id', 'doc_id', 'kind', 'label', 'author', 'created_at', 'snapshot'],
    digest: ['snapshot'],
    identity: true,
  },
  {
    table: 'deliveries',
    key: ['id'],
    columns: ['id', 'workspace_id', 'session_id', 'session_title', 'place', 'date', 'facilitators', 'participants', 'debrief', 'author', 'created_at', 'versions', 'kept_input'],
    identity: true,
  },
  { table: 'files', key: ['id'], columns: ['id', 'workspace_id', 'mime', 'size', 'sha256', 'created_at', 'data'], digest: ['data'] },
  { table: 'room_input', key: ['id'], columns: ['id', 'workspace_id', 'session_id', 'kind', 'text', 'author', 'created_at', 'status'], identity: true },
  { table: 'catalogue', key: ['public_id'], columns: ['public_id', 'workspace_id', 'doc_id', 'published_at'] },
];

/** Rows inserted per statement (well under Postgres's 65 535 parameters). */
const BATCH_ROWS = 200;
/** Conflicts named in the refusal, at most. */
const CONFLICTS_SHOWN = 20;

export interface MigrateOptions {
  dataDir: string;
  /** `postgres://…` */
  to: string;
  schema: string;
  /** Documents compared in full at the end (state and JSON); 0 compares every one. */
  sample: number;
  /** Progress lines, for a person watching. */
  progress?: (line: string) => void;
  messages: Pick<CliMessages, 'migrateNoSource' | 'migrateServerRunning' | 'migrateUnreachable' | 'migrateConflict'>;
}

export async function migrateToPostgres(options: MigrateOptions): Promise<MigrateReport> {
  const dbFile = path.join(options.dataDir, DB_FILE_NAME);
  if (!fs.existsSync(dbFile)) {
    throw new MigrateError('no_source', options.messages.migrateNoSource(options.dataDir));
  }
  const pid = runningServerPid(options.dataDir);
  if (pid) throw new MigrateError('server_running', options.messages.migrateServerRunning(pid));

  const pool = await connect(options);
  // Brings an older data directory to this version's schema first, as `minga serve` would.
  const db = openDatabase(options.dataDir);
  try {
    const report = await runMigration(db, pool, options);
    return report;
  } finally {
    db.close();
    await pool.end();
  }
}

async function connect(options: MigrateOptions): Promise<pg.Pool> {
  try {
    return await openPostgresPool({ connectionString: options.to, schema: options.schema, maxConnections: 4 });
  } catch (error) {
    throw new MigrateError('postgres_unreachable', options.messages.migrateUnreachable(redactUrl(options.to), (error as Error).message));
  }
}

/** The URL without its password, fit for a message. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(an unreadable URL)';
  }
}

async function runMigration(db: Db, pool: pg.Pool, options: MigrateOptions): Promise<MigrateReport> {
  const say = options.progress ?? (() => undefined);
  const warnings: string[] = [];

  // 1. Plan every row table before writing any: a conflict anywhere and nothing is written.
  const plans: TablePlan[] = [];
  const conflicts: Conflict[] = [];
  for (const spec of ROW_TABLES) {
    const plan = await planTable(db, pool, spec);
    conflicts.push(...plan.conflicts);
    plans.push(plan);
  }
  if (conflicts.length > 0) {
    const shown = conflicts.slice(0, CONFLICTS_SHOWN).map((c) => `${c.table} ${c.key}`);
    const list = `${shown.join(', ')}${conflicts.length > CONFLICTS_SHOWN ? ', …' : ''}`;
    throw new MigrateError('migrate_conflict', options.messages.migrateConflict(options.schema, conflicts.length, list), conflicts);
  }

  // 2. The rows, in one transaction: all of them or none.
  await inTransaction(pool, async (client) => {
    for (const plan of plans) {
      if (plan.toInsert.size > 0) await insertRows(db, client, plan.spec, plan.toInsert);
      if (plan.spec.identity) {
        await client.query(`SELECT setval(pg_get_serial_sequence('${plan.spec.table}', 'id'), COALESCE(max(id), 0) + 1, false) FROM ${plan.spec.table}`);
      }
    }
  });
  say(`rows: ${plans.map((p) => `${p.spec.table} +${p.toInsert.size}`).join(', ')}`);

  // 3. The documents, one transaction each (a run cut short is finished by running it again).
  const docs = { source: 0, target: 0, copied: 0, merged: 0, unchanged: 0, missing: 0, updatesCopied: 0 };
  const sourceDocs = db
    .prepare(
      `SELECT workspace_id AS workspaceId, doc_id AS docId, created_at AS createdAt, updated_at AS updatedAt, kind, deleted_at AS deletedAt FROM docs
       UNION ALL
       SELECT DISTINCT u.workspace_id, u.doc_id, NULL, NULL, 'doc', NULL FROM doc_updates u
       WHERE NOT EXISTS (SELECT 1 FROM docs d WHERE d.workspace_id = u.workspace_id AND d.doc_id = u.doc_id)
       ORDER BY 1, 2`,
    )
    .all() as SourceDoc[];
  const selectUpdates = db.prepare('SELECT data FROM doc_updates WHERE workspace_id = ? AND doc_id = ? ORDER BY seq');
  const sourceUpdates = (ref: DocRef) => (selectUpdates.all(ref.workspaceId, ref.docId) as { data: Buffer }[]).map((r) => new Uint8Array(r.data));
  for (const doc of sourceDocs) {
    docs.source++;
    const outcome = await copyDoc(pool, doc, sourceUpdates(doc));
    docs[outcome.status]++;
    docs.updatesCopied += outcome.updates;
  }
  say(`documents: ${docs.copied} copied, ${docs.merged} merged, ${docs.unchanged} unchanged`);

  // 4. The indexes, rebuilt from the documents now in Postgres, through the Postgres repositories.
  const unitIndex = new PostgresUnitIndex(pool);
  const sessionIndex = new PostgresSessionIndex(pool, unitIndex);
  const indexed = (table: string) => db.prepare(`SELECT workspace_id AS workspaceId, doc_id AS docId FROM ${table}`).all() as DocRef[];
  const unitRefs = indexed('unit_index');
  const sessionRefs = indexed('session_index');
  for (const ref of unitRefs) {
    const doc = await targetDoc(pool, ref);
    try {
      await unitIndex.upsert(ref, yDocToUnit(doc, ref.docId));
    } catch (error) {
      warnings.push(`unit ${ref.workspaceId}/${ref.docId} not indexed (${(error as Error).message}); it is indexed when next opened`);
    } finally {
      doc.destroy();
    }
  }
  for (const ref of sessionRefs) {
    const doc = await targetDoc(pool, ref);
    try {
      await sessionIndex.upsert(ref, yDocToSession(doc, ref.docId));
    } catch (error) {
      warnings.push(`session ${ref.workspaceId}/${ref.docId} not indexed (${(error as Error).message}); it is indexed when next opened`);
    } finally {
      doc.destroy();
    }
  }

  // 5. Verification: every source row and document is in Postgres, and a sample of documents reads the same.
  const tables: TableReport[] = [];
  for (const plan of plans) {
    const targetKeys = await readTargetKeys(pool, plan.spec);
    const missing = plan.sourceKeys.filter((k) => !targetKeys.has(k)).length;
    tables.push({ table: plan.spec.table, source: plan.sourceKeys.length, target: targetKeys.size, inserted: plan.toInsert.size, skipped: plan.skipped, missing });
  }
  const targetDocKeys = await readTargetKeys(pool, { table: 'docs', key: ['workspace_id', 'doc_id'], columns: [] });
  docs.target = targetDocKeys.size;
  docs.missing = sourceDocs.filter((d) => !targetDocKeys.has(keyOf([d.workspaceId, d.docId]))).length;
  const indexes = [];
  for (const [table, refs] of [['unit_index', unitRefs], ['session_index', sessionRefs]] as const) {
    const keys = await readTargetKeys(pool, { table, key: ['workspace_id', 'doc_id'], columns: [] });
    indexes.push({ table, source: refs.length, target: keys.size, missing: refs.filter((r) => !keys.has(keyOf([r.workspaceId, r.docId]))).length });
  }

  const sampled = pickSample(sourceDocs, options.sample);
  const different: string[] = [];
  for (const ref of sampled) {
    const source = new Y.Doc();
    const state = mergeStoredUpdates(sourceUpdates(ref));
    if (state) Y.applyUpdate(source, state);
    const target = await targetDoc(pool, ref);
    const same = Y.equalSnapshots(Y.snapshot(source), Y.snapshot(target)) && stableJson(docJson(source)) === stableJson(docJson(target));
    if (!same) different.push(`${ref.workspaceId}/${ref.docId}`);
    source.destroy();
    target.destroy();
  }
  say(`compared ${sampled.length} document(s): ${different.length} different`);

  const ok = tables.every((t) => t.missing === 0) && docs.missing === 0 && indexes.every((i) => i.missing === 0) && different.length === 0;
  return {
    source: path.join(options.dataDir, DB_FILE_NAME),
    schema: options.schema,
    tables,
    docs,
    indexes,
    sample: { compared: sampled.length, different },
    warnings,
    ok,
  };
}

interface SourceDoc extends DocRef {
  createdAt: string | null;
  updatedAt: string | null;
  kind: string;
  deletedAt: string | null;
}

interface TablePlan {
  spec: RowTable;
  sourceKeys: string[];
  toInsert: Set<string>;
  skipped: number;
  conflicts: Conflict[];
}

/** Compares the source rows with the target's, by key: which to insert, which are there, which conflict. */
async function planTable(db: Db, pool: pg.Pool, spec: RowTable): Promise<TablePlan> {
  const target = await readTargetRows(pool, spec);
  const plan: TablePlan = { spec, sourceKeys: [], toInsert: new Set(), skipped: 0, conflicts: [] };
  for (const row of db.prepare(`SELECT ${spec.columns.join(', ')} FROM ${spec.table}`).iterate() as Iterable<Record<string, unknown>>) {
    const key = keyOf(spec.key.map((c) => row[c]));
    plan.sourceKeys.push(key);
    const there = target.get(key);
    if (there === undefined) plan.toInsert.add(key);
    else if (there === canonical(spec, row, false)) plan.skipped++;
    else plan.conflicts.push({ table: spec.table, key });
  }
  return plan;
}

async function readTargetRows(pool: pg.Pool, spec: RowTable): Promise<Map<string, string>> {
  const select = spec.columns.map((c) => (spec.digest?.includes(c) ? `md5(${c}) AS ${c}` : c)).join(', ');
  const { rows } = await pool.query<Record<string, unknown>>(`SELECT ${select} FROM ${spec.table}`);
  return new Map(rows.map((row) => [keyOf(spec.key.map((c) => row[c])), canonical(spec, row, true)]));
}

async function readTargetKeys(pool: pg.Pool, spec: Pick<RowTable, 'table' | 'key'> & { columns: string[] }): Promise<Set<string>> {
  const { rows } = await pool.query<Record<string, unknown>>(`SELECT ${spec.key.join(', ')} FROM ${spec.table}`);
  return new Set(rows.map((row) => keyOf(spec.key.map((c) => row[c]))));
}

function keyOf(values: unknown[]): string {
  return values.map(String).join('/');
}

/** One string per row's values, alike on both engines: BLOBs in hex, digest columns as their MD5. */
function canonical(spec: RowTable, row: Record<string, unknown>, digested: boolean): string {
  return JSON.stringify(
    spec.columns.map((c) => {
      const value = row[c];
      if (spec.digest?.includes(c)) return digested ? value : crypto.createHash('md5').update(value as Buffer).digest('hex');
      return Buffer.isBuffer(value) ? `x${value.toString('hex')}` : (value ?? null);
    }),
  );
}

/** Inserts the planned rows of one table, read again from SQLite, in batches. */
async function insertRows(db: Db, client: pg.PoolClient, spec: RowTable, keys: Set<string>): Promise<void> {
  let batch: unknown[][] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const width = spec.columns.length;
    const values = batch.map((_, i) => `(${spec.columns.map((__, j) => `$${i * width + j + 1}`).join(', ')})`).join(', ');
    await client.query(`INSERT INTO ${spec.table} (${spec.columns.join(', ')}) VALUES ${values}`, batch.flat());
    batch = [];
  };
  for (const row of db.prepare(`SELECT ${spec.columns.join(', ')} FROM ${spec.table}`).iterate() as Iterable<Record<string, unknown>>) {
    if (!keys.has(keyOf(spec.key.map((c) => row[c])))) continue;
    batch.push(spec.columns.map((c) => row[c] ?? null));
    if (batch.length >= BATCH_ROWS) await flush();
  }
  await flush();
}

/**
 * Copies one document under its Postgres row's lock: the stored updates byte for byte when
 * Postgres has none; else, only when the source holds something the target lacks, one update
 * with exactly that (Yjs diff against the target's state).
 */
async function copyDoc(pool: pg.Pool, doc: SourceDoc, updates: Uint8Array[]): Promise<{ status: 'copied' | 'merged' | 'unchanged'; updates: number }> {
  return inTransaction(pool, async (client) => {
    const now = new Date().toISOString();
    await client.query(
      `INSERT INTO docs (workspace_id, doc_id, created_at, updated_at, last_seq, kind, deleted_at) VALUES ($1, $2, $3, $4, 0, $5, $6)
       ON CONFLICT (workspace_id, doc_id) DO UPDATE SET kind = excluded.kind, deleted_at = excluded.deleted_at,
         updated_at = GREATEST(docs.updated_at, excluded.updated_at)`,
      [doc.workspaceId, doc.docId, doc.createdAt ?? now, doc.updatedAt ?? now, doc.kind, doc.deletedAt],
    );
    const { rows } = await client.query<{ last_seq: string }>('SELECT last_seq FROM docs WHERE workspace_id = $1 AND doc_id = $2 FOR UPDATE', [
      doc.workspaceId,
      doc.docId,
    ]);
    const lastSeq = Number(rows[0]!.last_seq);
    const stored = await client.query<{ data: Buffer }>('SELECT data FROM doc_updates WHERE workspace_id = $1 AND doc_id = $2 ORDER BY seq', [
      doc.workspaceId,
      doc.docId,
    ]);
    let toAppend: Uint8Array[];
    let status: 'copied' | 'merged' | 'unchanged';
    if (updates.length === 0) {
      toAppend = [];
      status = stored.rows.length === 0 ? 'copied' : 'unchanged';
    } else if (stored.rows.length === 0) {
      toAppend = updates;
      status = 'copied';
    } else {
      const target = new Y.Doc();
      Y.transact(target, () => stored.rows.forEach((r) => Y.applyUpdate(target, r.data)));
      const before = Y.snapshot(target);
      const vector = Y.encodeStateVector(target);
      const source = mergeStoredUpdates(updates)!;
      Y.applyUpdate(target, source);
      const changed = !Y.equalSnapshots(before, Y.snapshot(target));
      target.destroy();
      toAppend = changed ? [Y.diffUpdate(source, vector)] : [];
      status = changed ? 'merged' : 'unchanged';
    }
    for (const [i, data] of toAppend.entries()) {
      await client.query('INSERT INTO doc_updates (workspace_id, doc_id, seq, data) VALUES ($1, $2, $3, $4)', [doc.workspaceId, doc.docId, lastSeq + i + 1, data]);
    }
    if (toAppend.length > 0) {
      await client.query('UPDATE docs SET last_seq = $3 WHERE workspace_id = $1 AND doc_id = $2', [doc.workspaceId, doc.docId, lastSeq + toAppend.length]);
    }
    return { status, updates: toAppend.length };
  });
}

/** A document as Postgres holds it now. */
async function targetDoc(pool: pg.Pool, ref: DocRef): Promise<Y.Doc> {
  const { rows } = await pool.query<{ data: Buffer }>('SELECT data FROM doc_updates WHERE workspace_id = $1 AND doc_id = $2 ORDER BY seq', [
    ref.workspaceId,
    ref.docId,
  ]);
  const doc = new Y.Doc();
  Y.transact(doc, () => rows.forEach((r) => Y.applyUpdate(doc, r.data)));
  return doc;
}

/** `n` documents picked at random (every one when n is 0 or there are fewer). */
function pickSample<T>(items: T[], n: number): T[] {
  if (n === 0 || items.length <= n) return items;
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = crypto.randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

/**
 * A document's content as JSON without knowing its layout: each root is read as the type its
 * content shows (text, XML fragment, array, or map).
 */
export function docJson(doc: Y.Doc): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of [...doc.share.keys()].sort()) {
    const root = doc.share.get(name)!;
    out[name] = doc.get(name, rootKind(root)).toJSON();
  }
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a root of any kind, as Y.Doc.share holds them
function rootKind(root: Y.AbstractType<any>): typeof Y.AbstractType<any> {
  if (root instanceof Y.Map || root instanceof Y.Text || root instanceof Y.Array || root instanceof Y.XmlFragment) {
    return root.constructor as never;
  }
  for (let item = root._start; item !== null; item = item.right) {
    const content = item.content;
    if (content instanceof Y.ContentString || content instanceof Y.ContentFormat || content instanceof Y.ContentEmbed) return Y.Text as never;
    if (content instanceof Y.ContentType) return (content.type instanceof Y.XmlElement || content.type instanceof Y.XmlText ? Y.XmlFragment : Y.Array) as never;
    if (!(content instanceof Y.ContentDeleted)) return Y.Array as never;
  }
  return (root._map.size > 0 || root._start === null ? Y.Map : Y.Array) as never;
}

/** JSON with object keys sorted, so two equal documents print the same whatever their history. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
